import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { authPayload, serverError, viewer } from '../../test/sessionFixtures';

const input = { email: 'ana@example.com', password: 'not the password' };

function signInMock(result: object) {
  return { request: { query: SignInDocument, variables: { input } }, result };
}

async function signIn(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  await user.type(screen.getByRole('textbox', { name: 'Email' }), input.email);
  await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), input.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('says the credentials are wrong and lets the member type the password again', async () => {
    const { user, router } = renderApp({
      path: '/sign-in',
      mocks: [
        cityMock('en', englishCity),
        signInMock({
          errors: [
            serverError('Email or password is incorrect', {
              code: 'UNAUTHENTICATED',
              reason: 'INVALID_CREDENTIALS',
            }),
          ],
        }),
      ],
    });

    await signIn(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email or password is incorrect.');
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText(/^Password/, { selector: 'input' })).toHaveValue('');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('explains a lock-out', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        cityMock('en', englishCity),
        signInMock({
          errors: [
            serverError('Too many failed sign-ins. Try again in 14 minutes.', {
              code: 'TOO_MANY_REQUESTS',
              reason: 'ACCOUNT_LOCKED',
            }),
          ],
        }),
      ],
    });

    await signIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed sign-ins. Wait a few minutes and try again, or reset your password.',
    );
  });

  it('signs in and goes back to the page that asked for it', async () => {
    const { user, router } = renderApp({
      path: '/account',
      mocks: [cityMock('en', englishCity), signInMock({ data: { signIn: authPayload(viewer) } })],
    });

    // Anonymous: /account sends the visitor to sign in first.
    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/account');
    expect(screen.getByText('Signed in as Ana López (@ana-lopez)')).toBeVisible();
  });
});
