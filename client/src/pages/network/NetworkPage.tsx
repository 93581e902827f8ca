import { Alert, Anchor, Container, Divider, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import type { BlockedNotice } from '../../modules/connections/components/ConnectionActions';
import { ConnectionsSection } from '../../modules/connections/components/ConnectionsSection';
import { InvitationsSection } from '../../modules/connections/components/InvitationsSection';
import { SentRequestsSection } from '../../modules/connections/components/SentRequestsSection';
import { SuggestionsSection } from '../../modules/connections/components/SuggestionsSection';

/**
 * `/network`: members only. Invitations waiting for an answer, requests sent, people you may
 * know, and your connections; each section loads, fails and says what was done on its own.
 */
export function NetworkPage() {
  return (
    <RequireSession>
      <Network />
    </RequireSession>
  );
}

function isBlockedNotice(state: unknown): state is BlockedNotice {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as Partial<BlockedNotice>).blocked === 'string'
  );
}

function Network() {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const blocked = isBlockedNotice(state) ? state.blocked : undefined;
  const blockedRef = useRef<HTMLDivElement>(null);

  // Arriving from a profile just blocked: the notice says it is done, and takes the focus once
  // the layout has given it to `main`, as it does after every navigation.
  useEffect(() => {
    if (!blocked) return;
    const timer = window.setTimeout(() => blockedRef.current?.focus());
    return () => window.clearTimeout(timer);
  }, [blocked]);

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('networkPage.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('networkPage.title')}</Title>
          <Text c="dimmed">{t('networkPage.intro')}</Text>
          <Anchor component={Link} to="/introductions" fw={600}>
            {t('introductions.navLink')}
          </Anchor>
        </Stack>
        {blocked && (
          <Alert ref={blockedRef} tabIndex={-1} color="grow" variant="light" role="status">
            <Trans
              i18nKey="networkPage.blocked"
              values={{ name: blocked }}
              components={{
                settings: <Anchor component={Link} to="/account" inherit underline="always" />,
              }}
            />
          </Alert>
        )}
        <InvitationsSection />
        <Divider />
        <SentRequestsSection />
        <Divider />
        <SuggestionsSection />
        <Divider />
        <ConnectionsSection />
      </Stack>
    </Container>
  );
}
