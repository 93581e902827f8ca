import { Badge, Button, Container, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DeleteAccountSection } from '../../modules/account/components/DeleteAccountSection';
import { ExportDataSection } from '../../modules/account/components/ExportDataSection';
import { ChangeEmailForm } from '../../modules/auth/components/ChangeEmailForm';
import { ChangePasswordForm } from '../../modules/auth/components/ChangePasswordForm';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useSession } from '../../modules/auth/hooks/useSession';
import { BlockedMembersSection } from '../../modules/connections/components/BlockedMembersSection';
import { ConnectorProgrammeSection } from '../../modules/connectors/components/ConnectorProgrammeSection';
import { NotificationSettingsSection } from '../../modules/notifications/components/NotificationSettingsSection';
import { PageMessage } from '../../modules/ui/PageMessage';

/** `/account`: members only. */
export function AccountPage() {
  const { t } = useTranslation();
  // Outside RequireSession: once the account is gone there is no session, and no sign-in page.
  const [deleted, setDeleted] = useState(false);
  if (deleted) {
    return (
      <PageMessage
        documentTitle={t('accountPage.deletedDocumentTitle')}
        title={t('accountPage.deletedTitle')}
      >
        {t('accountPage.deletedBody')}
      </PageMessage>
    );
  }
  return (
    <RequireSession>
      <Account onDeleted={() => setDeleted(true)} />
    </RequireSession>
  );
}

function Account({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const { viewer, signOut } = useSession();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  if (!viewer) return null;

  async function signOutEverywhere() {
    setSigningOut(true);
    try {
      await signOut({ everywhere: true });
    } catch {
      // Signed out locally whatever the server said.
    }
    await navigate('/', { replace: true });
  }

  return (
    <Container size={560} py={{ base: 32, sm: 64 }}>
      <title>{t('accountPage.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('accountPage.title')}</Title>
          <Text size="lg">
            {t('accountPage.summary', { name: viewer.displayName, handle: viewer.handle })}
          </Text>
          <Group gap="xs">
            <Text>
              {t('accountPage.emailLabel')} <strong>{viewer.email}</strong>
            </Text>
            <Badge color={viewer.emailVerified ? 'grow' : 'orange.9'} variant="light" tt="none">
              {viewer.emailVerified ? t('accountPage.verified') : t('accountPage.unverified')}
            </Badge>
          </Group>
        </Stack>
        <Divider />
        <ChangePasswordForm />
        <Divider />
        <ChangeEmailForm />
        <Divider />
        <Stack component="section" aria-labelledby="privacy-title" gap="md" align="flex-start">
          <Title id="privacy-title" order={2} fz="h3">
            {t('accountPage.privacyHeading')}
          </Title>
          <Text>{t('accountPage.privacyBody')}</Text>
          <Button component={Link} to="/account/profile" variant="default">
            {t('accountPage.privacyLink')}
          </Button>
        </Stack>
        <Divider />
        <ConnectorProgrammeSection isConnector={viewer.roles.includes('CONNECTOR')} />
        <Divider />
        <BlockedMembersSection />
        <Divider />
        <Stack component="section" aria-labelledby="reports-title" gap="md" align="flex-start">
          <Title id="reports-title" order={2} fz="h3">
            {t('accountPage.reportsHeading')}
          </Title>
          <Text>{t('accountPage.reportsBody')}</Text>
          <Button component={Link} to="/account/reports" variant="default">
            {t('accountPage.reportsLink')}
          </Button>
        </Stack>
        <Divider />
        <NotificationSettingsSection />
        <Divider />
        <Stack component="section" aria-labelledby="sessions-title" gap="md" align="flex-start">
          <Title id="sessions-title" order={2} fz="h3">
            {t('accountPage.sessionsHeading')}
          </Title>
          <Text>{t('accountPage.sessionsBody')}</Text>
          <Button
            color="red.8"
            variant="outline"
            loading={signingOut}
            onClick={() => void signOutEverywhere()}
          >
            {t('accountPage.signOutEverywhere')}
          </Button>
        </Stack>
        <Divider />
        <ExportDataSection handle={viewer.handle} />
        <Divider />
        <DeleteAccountSection
          onDeleted={async () => {
            onDeleted();
            // The server has already revoked every session; this forgets the one here.
            await signOut().catch(() => undefined);
          }}
        />
      </Stack>
    </Container>
  );
}
