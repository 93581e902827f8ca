import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';
import { DevMailboxNote } from './DevMailboxNote';

/** After sign-up: "we sent you a link, check your email (and spam)". */
export function WelcomeNote() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  return (
    <>
      <Text size="lg">
        {viewer
          ? t('welcomePage.body', { name: viewer.displayName, email: viewer.email })
          : t('welcomePage.bodyAnonymous')}
      </Text>
      <Text>{t('welcomePage.spam')}</Text>
      <DevMailboxNote />
    </>
  );
}
