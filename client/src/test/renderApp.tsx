import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { OperationTypeNode } from 'graphql';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../app/apollo';
import { AppProviders } from '../app/AppProviders';
import { createI18n } from '../app/i18n';
import { routes } from '../app/routes';
import type { ViewerFieldsFragment } from '../generated/graphql';
import { noWaitingRequestsMock } from './networkFixtures';
import { quietMessagesMocks } from './messageFixtures';
import { quietNotificationsMocks } from './notificationFixtures';
import { quietOpportunitiesMocks } from './opportunityFixtures';
import { noInvitationsMock } from './organizationFixtures';
import { refreshMock } from './sessionFixtures';

interface RenderAppOptions {
  mocks: readonly MockLink.MockedResponse[];
  path?: string;
  /**
   * Who the start-up `refreshSession` restores: a member, or null (the default) for an anonymous
   * visitor. `false` adds no refresh mock, for tests that supply their own.
   */
  session?: ViewerFieldsFragment | null | false;
  /** Render in React's StrictMode, which runs every effect twice, as `npm run dev` does. */
  strictMode?: boolean;
  /** Answers subscriptions (a test's `LiveMessagesLink`, say) in place of `mocks`. */
  subscriptions?: ApolloLink;
}

/** The real routes and providers, with GraphQL answered by `mocks` (unmatched requests fail). */
export function renderApp({
  mocks,
  path = '/',
  session = null,
  strictMode = false,
  subscriptions,
}: RenderAppOptions) {
  const i18n = createI18n();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const allMocks = [
    ...(session === false ? mocks : [refreshMock(session), ...mocks]),
    noInvitationsMock,
    ...quietMessagesMocks,
    ...quietNotificationsMocks,
    noWaitingRequestsMock,
    ...quietOpportunitiesMocks,
  ];
  const app = (
    <MockedProvider
      mocks={subscriptions ? undefined : allMocks}
      link={
        subscriptions &&
        ApolloLink.split(
          (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
          subscriptions,
          new MockLink(allMocks),
        )
      }
      cache={createCache()}
    >
      <AppProviders i18n={i18n} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>
  );
  const view = render(strictMode ? <StrictMode>{app}</StrictMode> : app);
  return { ...view, i18n, router, user };
}
