import { Button, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../hooks/usePagedList';

interface PagedListViewProps<Node> {
  list: PagedList<Node>;
  /** Said when the list is empty. */
  empty: string;
  /** Said when the list could not be read. */
  loadError: string;
  /** The items, rendered once the first page is here. */
  children: (items: Node[]) => ReactNode;
}

/** A console list: loading, failed (with a retry), empty, or its items and "Load more". */
export function PagedListView<Node>({
  list,
  empty,
  loadError,
  children,
}: PagedListViewProps<Node>) {
  const { t } = useTranslation();
  if (!list.items && list.error) {
    return (
      <Group gap="sm" role="alert">
        <Text>{loadError}</Text>
        <Button variant="default" size="compact-sm" onClick={list.refetch}>
          {t('status.retry')}
        </Button>
      </Group>
    );
  }
  if (!list.items) {
    return (
      <Group justify="center" py="lg" role="status">
        <Loader size="sm" aria-hidden="true" />
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      </Group>
    );
  }
  if (list.items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="md">
      {children(list.items)}
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('staff.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
