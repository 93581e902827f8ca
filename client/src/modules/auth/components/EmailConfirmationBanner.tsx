import { Alert, Container } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';

/** Reminds a member who has not confirmed their email yet; dismissed until the next load. */
export function EmailConfirmationBanner() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [dismissedFor, setDismissedFor] = useState<string>();
  if (!viewer || viewer.emailVerified || dismissedFor === viewer.id) return null;
  return (
    <Container size="lg" pt="sm">
      <Alert
        color="yellow"
        variant="light"
        title={t('emailBanner.title')}
        withCloseButton
        closeButtonLabel={t('emailBanner.dismiss')}
        onClose={() => setDismissedFor(viewer.id)}
      >
        {t('emailBanner.body', { email: viewer.email })}
      </Alert>
    </Container>
  );
}
