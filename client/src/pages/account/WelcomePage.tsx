import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { DevMailboxNote } from '../../modules/auth/components/DevMailboxNote';
import { useSession } from '../../modules/auth/hooks/useSession';

/** `/welcome`: after sign-up, the member is asked to confirm their email. */
export function WelcomePage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  return (
    <AuthPageLayout documentTitle={t('welcomePage.documentTitle')} title={t('welcomePage.title')}>
      <Text size="lg">
        {viewer
          ? t('welcomePage.body', { name: viewer.displayName, email: viewer.email })
          : t('welcomePage.bodyAnonymous')}
      </Text>
      <Text>{t('welcomePage.spam')}</Text>
      <DevMailboxNote />
      <Anchor component={Link} to="/" fw={600}>
        {t('welcomePage.continue')}
      </Anchor>
    </AuthPageLayout>
  );
}
