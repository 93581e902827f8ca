import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** `/join`: a placeholder until sign-up exists; it promises nothing it cannot do yet. */
export function JoinPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={{ base: 48, sm: 80 }}>
      <title>{t('joinPage.documentTitle')}</title>
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('joinPage.title')}</Title>
        <Text size="lg">{t('joinPage.body')}</Text>
        <Anchor component={Link} to="/" fw={600}>
          {t('joinPage.back')}
        </Anchor>
      </Stack>
    </Container>
  );
}
