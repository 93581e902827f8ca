import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './AppProviders';

export interface AppProps {
  apolloClient: ApolloClient;
  i18n: I18n;
  router: ReturnType<typeof createBrowserRouter>;
}

/** Everything is made once by the caller (main.tsx), so nothing is recreated on re-render. */
export function App({ apolloClient, i18n, router }: AppProps) {
  return (
    <ApolloProvider client={apolloClient}>
      <AppProviders i18n={i18n}>
        <RouterProvider router={router} />
      </AppProviders>
    </ApolloProvider>
  );
}
