import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NetworkSectionProps {
  id: string;
  title: string;
  intro?: string;
  /** What was just done here; it takes the focus, as the button used is often gone. */
  notice: string | undefined;
  /** Undefined while loading; the section's list otherwise. */
  items: readonly unknown[] | undefined;
  failed: boolean;
  empty: string;
  /** "Load more …", when another page waits after the cursor. */
  more?: { label: string; hasNextPage: boolean; loading: boolean; onLoad: () => void };
  children: ReactNode;
}

/** One section of the network page: its heading, what just happened, the list or why not. */
export function NetworkSection({
  id,
  title,
  intro,
  notice,
  items,
  failed,
  empty,
  more,
  children,
}: NetworkSectionProps) {
  const { t } = useTranslation();
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  let body: ReactNode;
  if (items === undefined && failed) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {t('status.errorServer')}
      </Alert>
    );
  } else if (items === undefined) {
    body = (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      </Group>
    );
  } else if (items.length === 0) {
    body = <Text c="dimmed">{empty}</Text>;
  } else {
    body = children;
  }

  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Stack gap={4}>
        <Title id={id} order={2} fz="h3">
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
      </Stack>
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} color="grow" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {body}
      {more?.hasNextPage && items && items.length > 0 && (
        <Group justify="center">
          <Button variant="default" loading={more.loading} onClick={more.onLoad}>
            {more.label}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
