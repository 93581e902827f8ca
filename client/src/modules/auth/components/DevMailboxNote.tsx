import { Anchor, Text } from '@mantine/core';
import { Trans } from 'react-i18next';

/** In development builds only: where the server's development outbox shows the mail it sent. */
export function DevMailboxNote() {
  if (!import.meta.env.DEV) return null;
  return (
    <Text size="sm" c="dimmed">
      <Trans
        i18nKey="auth.devMailbox"
        // Served by the API (proxied by Vite), not a client route: a plain link.
        components={{ mailbox: <Anchor href="/dev/mail" fz="sm" /> }}
      />
    </Text>
  );
}
