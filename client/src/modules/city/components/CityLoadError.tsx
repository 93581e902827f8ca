import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cityErrorKind } from '../errors';

interface CityLoadErrorProps {
  error: ErrorLike;
  onRetry: () => void;
}

export function CityLoadError({ error, onRetry }: CityLoadErrorProps) {
  const { t } = useTranslation();
  const message =
    cityErrorKind(error) === 'network' ? t('status.errorNetwork') : t('status.errorServer');
  return (
    <Container size="sm" py={{ base: 48, sm: 80 }}>
      <Stack gap="md">
        <Title order={1} fz="h2">
          {t('status.errorTitle')}
        </Title>
        <Alert color="red" variant="light" role="alert">
          <Stack gap="md" align="flex-start">
            <Text>{message}</Text>
            <Button color="red.8" onClick={onRetry}>
              {t('status.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    </Container>
  );
}
