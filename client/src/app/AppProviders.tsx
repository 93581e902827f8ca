import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionProvider } from '../modules/auth/components/SessionProvider';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  i18n: I18n;
  children: ReactNode;
  /** `test` turns off Mantine's transitions and portals. */
  mantineEnv?: 'default' | 'test';
}

/**
 * Theme, translations and the member's session; the GraphQL client (which the session uses) and
 * the router are supplied by the caller.
 */
export function AppProviders({ i18n, children, mantineEnv = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        // Only the light scheme has been checked for contrast.
        forceColorScheme="light"
        env={mantineEnv}
      >
        <SessionProvider>{children}</SessionProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
