import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cityMock, englishCity } from '../test/cityFixtures';
import { renderApp } from '../test/renderApp';

describe('App shell and routes', () => {
  it('has a skip link to main and the page landmarks', async () => {
    renderApp({ mocks: [cityMock('en', englishCity)] });
    await screen.findByRole('heading', { level: 1, name: 'Why Boston' });

    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('follows "Join GrowHere" to the sign-up form and moves focus to main', async () => {
    const { user, router } = renderApp({ mocks: [cityMock('en', englishCity)] });
    await screen.findByRole('heading', { level: 1, name: 'Why Boston' });

    const hero = screen.getByRole('region', { name: 'Why Boston' });
    await user.click(within(hero).getByRole('link', { name: 'Join GrowHere' }));

    expect(router.state.location.pathname).toBe('/join');
    expect(screen.getByRole('heading', { level: 1, name: 'Join GrowHere' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Display name' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Create account' })).toBeVisible();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Join' })).toHaveAttribute('aria-current', 'page');
  });

  it('answers an unknown path with a not-found page', async () => {
    renderApp({ mocks: [cityMock('en', englishCity)], path: '/no-such-page' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});
