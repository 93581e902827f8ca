import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

describe('SiteHeader and the session', () => {
  it('offers "Sign in" and "Join" to an anonymous visitor', async () => {
    renderApp({ mocks: [cityMock('en', englishCity)] });

    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(within(header).getByRole('link', { name: 'Join' })).toHaveAttribute('href', '/join');
    expect(within(header).queryByRole('button', { name: 'Ana López' })).not.toBeInTheDocument();
  });

  it('shows the signed-in member by name, with their profile, "Account" and "Sign out" in a menu', async () => {
    const { user } = renderApp({ mocks: [cityMock('en', englishCity)], session: viewer });

    const header = screen.getByRole('banner');
    const menuButton = await within(header).findByRole('button', { name: 'Ana López' });
    expect(within(header).queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(within(header).queryByRole('link', { name: 'Join' })).not.toBeInTheDocument();
    // A confirmed email: no reminder.
    expect(screen.queryByText('Please confirm your email')).not.toBeInTheDocument();

    await user.click(menuButton);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'My profile' })).toHaveAttribute(
      'href',
      '/m/ana-lopez',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Edit profile' })).toHaveAttribute(
      'href',
      '/account/profile',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Account' })).toHaveAttribute(
      'href',
      '/account',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  });

  it('reminds a member to confirm their email until they dismiss it', async () => {
    const { user } = renderApp({
      mocks: [cityMock('en', englishCity)],
      session: { ...viewer, emailVerified: false },
    });

    expect(await screen.findByText('Please confirm your email')).toBeVisible();
    expect(screen.getByText(/We sent a link to ana@example.com/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Please confirm your email')).not.toBeInTheDocument();
  });
});
