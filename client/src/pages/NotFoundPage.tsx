import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={{ base: 48, sm: 80 }}>
      <title>{t('notFound.documentTitle')}</title>
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text size="lg">{t('notFound.body')}</Text>
        <Anchor component={Link} to="/" fw={600}>
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </Container>
  );
}
