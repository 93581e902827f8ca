import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthPageLayout } from '../../modules/auth/components/AuthPageLayout';
import { WelcomeNote } from '../../modules/auth/components/WelcomeNote';

/** `/welcome`: the member is asked to confirm their email (also the end of `/onboarding`). */
export function WelcomePage() {
  const { t } = useTranslation();
  return (
    <AuthPageLayout documentTitle={t('welcomePage.documentTitle')} title={t('welcomePage.title')}>
      <WelcomeNote />
      <Anchor component={Link} to="/" fw={600}>
        {t('welcomePage.continue')}
      </Anchor>
    </AuthPageLayout>
  );
}
