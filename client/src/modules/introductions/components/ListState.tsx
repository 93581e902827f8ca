import { Button, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ListStateProps {
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** What to say when the list is empty; undefined while it is not. */
  empty: string | undefined;
  children: ReactNode;
}

/** A list of the introductions page: loading, failed (with a retry), empty, or its items. */
export function ListState({ loading, error, onRetry, empty, children }: ListStateProps) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <Group justify="center" py="lg" role="status">
        <Loader size="sm" aria-hidden="true" />
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      </Group>
    );
  }
  if (error) {
    return (
      <Group gap="sm" role="alert">
        <Text>{t('introductions.loadError')}</Text>
        <Button variant="default" size="compact-sm" onClick={onRetry}>
          {t('introductions.retry')}
        </Button>
      </Group>
    );
  }
  if (empty) return <Text c="dimmed">{empty}</Text>;
  return <Stack gap="md">{children}</Stack>;
}
