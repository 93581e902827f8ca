import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from '../app/AppProviders';
import { createI18n } from '../app/i18n';
import { routes } from '../app/routes';
import type { CityMock } from './cityFixtures';

interface RenderAppOptions {
  mocks: readonly CityMock[];
  path?: string;
}

/** The real routes and providers, with GraphQL answered by `mocks` (unmatched requests fail). */
export function renderApp({ mocks, path = '/' }: RenderAppOptions) {
  const i18n = createI18n();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <MockedProvider mocks={mocks}>
      <AppProviders i18n={i18n} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { ...view, i18n, router, user };
}
