import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PageMessageProps {
  documentTitle: string;
  title: string;
  children: ReactNode;
  /** Shown as an alert (a failed load) rather than plain text (not found). */
  alert?: boolean;
}

/** A whole page that only says something: not found, or could not load. */
export function PageMessage({ documentTitle, title, children, alert = false }: PageMessageProps) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={{ base: 48, sm: 80 }}>
      <title>{documentTitle}</title>
      <Stack gap="md" align="flex-start">
        <Title order={1}>{title}</Title>
        <Text size="lg" role={alert ? 'alert' : undefined}>
          {children}
        </Text>
        <Anchor component={Link} to="/" fw={600}>
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </Container>
  );
}
