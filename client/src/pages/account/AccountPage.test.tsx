import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangePasswordDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

describe('AccountPage', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/account', mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows a wrong current password on its field', async () => {
    const input = { currentPassword: 'not my password', newPassword: 'a much longer one' };
    const { user } = renderApp({
      path: '/account',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        {
          request: { query: ChangePasswordDocument, variables: { input } },
          result: {
            errors: [
              serverError('currentPassword is incorrect', {
                code: 'BAD_USER_INPUT',
                reason: 'WRONG_PASSWORD',
                field: 'currentPassword',
              }),
            ],
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    await user.type(
      screen.getByLabelText(/^Current password/, { selector: 'input' }),
      input.currentPassword,
    );
    await user.type(
      screen.getByLabelText(/^New password/, { selector: 'input' }),
      input.newPassword,
    );
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const current = screen.getByLabelText(/^Current password/, { selector: 'input' });
    // Generous: typing two long passwords is slow when the whole suite runs in parallel.
    expect(
      await screen.findByText('The password is incorrect.', undefined, { timeout: 4000 }),
    ).toBeVisible();
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeVisible();
  });
});
