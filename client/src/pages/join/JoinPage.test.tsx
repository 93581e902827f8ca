import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignUpDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { authPayload, serverError, viewer } from '../../test/sessionFixtures';

const input = {
  displayName: 'Ana López',
  handle: 'ana-lopez',
  email: 'ana@example.com',
  password: 'correct horse battery',
  locale: 'en',
};

async function fillIn(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'Display name' }), input.displayName);
  await user.type(screen.getByRole('textbox', { name: 'Handle' }), input.handle);
  await user.type(screen.getByRole('textbox', { name: 'Email' }), input.email);
  await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), input.password);
}

describe('JoinPage (sign-up)', () => {
  it('creates the account, signs the member in and starts the onboarding', async () => {
    const { user, router } = renderApp({
      path: '/join',
      mocks: [
        cityMock('en', englishCity),
        {
          request: { query: SignUpDocument, variables: { input } },
          result: { data: { signUp: authPayload({ ...viewer, emailVerified: false }) } },
        },
      ],
    });
    await screen.findByRole('link', { name: 'Sign in' });

    await fillIn(user);
    expect(screen.getByRole('textbox', { name: 'Handle' })).toHaveAccessibleDescription(
      'Your handle will be @ana-lopez.',
    );
    expect(screen.getByRole('combobox', { name: 'Language for messages' })).toHaveValue('en');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up your profile' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/onboarding');
    expect(screen.getByRole('button', { name: 'Ana López' })).toBeVisible();
  });

  it('shows a field error from the server on its field and focuses it', async () => {
    const { user, router } = renderApp({
      path: '/join',
      mocks: [
        cityMock('en', englishCity),
        {
          request: { query: SignUpDocument, variables: { input } },
          result: {
            errors: [
              serverError('This handle is taken', {
                code: 'CONFLICT',
                reason: 'HANDLE_TAKEN',
                field: 'handle',
              }),
            ],
          },
        },
      ],
    });
    await screen.findByRole('link', { name: 'Sign in' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const handle = screen.getByRole('textbox', { name: 'Handle' });
    expect(await screen.findByText('This handle is taken. Try another one.')).toBeVisible();
    expect(handle).toHaveAttribute('aria-invalid', 'true');
    expect(handle).toHaveAccessibleDescription(
      expect.stringContaining('This handle is taken. Try another one.'),
    );
    expect(handle).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute('aria-invalid');
    expect(router.state.location.pathname).toBe('/join');
  });

  it('checks the form before sending it, focusing the first invalid field', async () => {
    const { user } = renderApp({ path: '/join', mocks: [cityMock('en', englishCity)] });
    await screen.findByRole('link', { name: 'Sign in' });

    await user.type(screen.getByRole('textbox', { name: 'Display name' }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: 'Handle' }), 'A!');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const handle = screen.getByRole('textbox', { name: 'Handle' });
    expect(handle).toHaveFocus();
    expect(handle).toHaveAccessibleDescription(
      expect.stringContaining('Use 3 to 30 lowercase letters, digits or hyphens.'),
    );
    const password = screen.getByLabelText(/^Password/, { selector: 'input' });
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 12 characters.'),
    );
  });

  it('has no axe violations, with errors shown too', async () => {
    const { user } = renderApp({ path: '/join', mocks: [cityMock('en', englishCity)] });
    await screen.findByRole('link', { name: 'Sign in' });
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await axeViolations()).toEqual([]);
  });
});
