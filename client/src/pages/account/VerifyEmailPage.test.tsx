import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VerifyEmailDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError } from '../../test/sessionFixtures';

function verifyMock(result: () => object) {
  return {
    request: { query: VerifyEmailDocument, variables: { input: { token: 'tok-123' } } },
    result,
    // Room for a second call, so that sending the token twice would be seen, not masked.
    maxUsageCount: 5,
  };
}

describe('VerifyEmailPage', () => {
  it('confirms the email once on load, even in StrictMode', async () => {
    const result = vi.fn(() => ({
      data: { verifyEmail: { __typename: 'VerifyEmailPayload', email: 'ana@example.com' } },
    }));
    renderApp({
      path: '/verify-email?token=tok-123',
      // StrictMode subscribes twice, so the city query may be asked for twice.
      mocks: [cityMock('en', englishCity), cityMock('en', englishCity), verifyMock(result)],
      strictMode: true,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Email confirmed' })).toBeVisible();
    expect(screen.getByText('ana@example.com is confirmed. Thank you!')).toBeVisible();
    // Anonymous: the way onward is signing in.
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(result).toHaveBeenCalledTimes(1);
    expect(await axeViolations()).toEqual([]);
  });

  it('explains a used or expired link and offers to sign in', async () => {
    const result = vi.fn(() => ({
      errors: [
        serverError('This link has expired or was already used; ask for a new one', {
          code: 'BAD_USER_INPUT',
          reason: 'LINK_INVALID',
          field: 'token',
        }),
      ],
    }));
    renderApp({
      path: '/verify-email?token=tok-123',
      mocks: [cityMock('en', englishCity), verifyMock(result)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't confirm your email" }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has expired or was already used.',
    );
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('does not call the server without a token', async () => {
    renderApp({ path: '/verify-email', mocks: [cityMock('en', englishCity)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't confirm your email" }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete.');
  });
});
