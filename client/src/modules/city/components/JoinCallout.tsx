import { Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function JoinCallout({ cityName }: { cityName: string }) {
  const { t } = useTranslation();
  return (
    <Container component="section" aria-labelledby="join-title" size="lg" py="xl">
      <Paper radius="lg" p={{ base: 'lg', sm: 48 }} bg="grow.9" c="white">
        <Stack gap="md" align="flex-start" maw={640}>
          <Title id="join-title" order={2} c="white">
            {t('join.heading')}
          </Title>
          <Text c="white">{t('join.body', { city: cityName })}</Text>
          <Button component={Link} to="/join" size="md" variant="white" c="grow.9">
            {t('join.cta')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
