import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { authProblems, problemMessage } from '../../modules/auth/errors';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useVerifyEmail } from '../../modules/auth/hooks/useVerifyEmail';

/** `/verify-email?token=…`: the link from the confirmation mail. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  if (!token) {
    return (
      <AuthPageLayout
        documentTitle={t('verifyEmailPage.documentTitle')}
        title={t('verifyEmailPage.errorTitle')}
      >
        <FormAlert>{t('verifyEmailPage.missingToken')}</FormAlert>
        <Onward />
      </AuthPageLayout>
    );
  }
  return <Verification token={token} />;
}

function Verification({ token }: { token: string }) {
  const { t } = useTranslation();
  const state = useVerifyEmail(token);
  const { status: sessionStatus, reloadViewer } = useSession();

  // The header's banner and the account page should learn that the email is now confirmed.
  const confirmed = state.status === 'confirmed';
  useEffect(() => {
    if (confirmed && sessionStatus === 'signedIn') reloadViewer().catch(() => undefined);
  }, [confirmed, sessionStatus, reloadViewer]);

  if (state.status === 'checking') {
    return (
      <Stack component="section" align="center" py={{ base: 48, sm: 80 }} aria-busy="true">
        <title>{t('verifyEmailPage.documentTitle')}</title>
        <div role="status">
          <Group gap="sm">
            <Loader size="sm" aria-hidden="true" />
            <Title order={1} fz="h3">
              {t('verifyEmailPage.checking')}
            </Title>
          </Group>
        </div>
      </Stack>
    );
  }
  if (state.status === 'confirmed') {
    return (
      <AuthPageLayout
        documentTitle={t('verifyEmailPage.documentTitle')}
        title={t('verifyEmailPage.successTitle')}
      >
        <Text size="lg" role="status">
          {t('verifyEmailPage.successBody', { email: state.email })}
        </Text>
        <Onward />
      </AuthPageLayout>
    );
  }
  const problem = authProblems(state.error)[0];
  return (
    <AuthPageLayout
      documentTitle={t('verifyEmailPage.documentTitle')}
      title={t('verifyEmailPage.errorTitle')}
    >
      <FormAlert>{problem ? problemMessage(t, problem) : t('auth.errors.server')}</FormAlert>
      <Onward />
    </AuthPageLayout>
  );
}

/** Where to go next: the account page for a member, sign-in for everyone else. */
function Onward() {
  const { t } = useTranslation();
  const { status } = useSession();
  return (
    <Group gap="lg">
      {status === 'signedIn' ? (
        <Anchor component={Link} to="/account" fw={600}>
          {t('verifyEmailPage.toAccount')}
        </Anchor>
      ) : (
        <Anchor component={Link} to="/sign-in" fw={600}>
          {t('verifyEmailPage.signIn')}
        </Anchor>
      )}
      <Anchor component={Link} to="/" fw={600}>
        {t('verifyEmailPage.home')}
      </Anchor>
    </Group>
  );
}
