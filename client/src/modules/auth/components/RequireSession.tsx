import { Center, Loader, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';

/** Shows its children to members only; anonymous visitors go to sign-in and come back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <Center py={80} aria-busy="true">
        <div role="status">
          <Loader size="sm" aria-hidden="true" />
          <VisuallyHidden component="h1">{t('auth.loadingSession')}</VisuallyHidden>
        </div>
      </Center>
    );
  }
  if (status === 'anonymous') {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
