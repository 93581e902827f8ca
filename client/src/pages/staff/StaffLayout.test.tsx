import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';
import {
  adminViewer,
  countsMock,
  insights,
  insightsMock,
  opportunitiesInReviewMock,
  pendingVerificationMock,
  staffViewer,
} from '../../test/staffFixtures';

function consoleNav() {
  return screen.getByRole('navigation', { name: 'Staff console' });
}

describe('StaffLayout (/staff)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/staff/reviews', mocks: [cityMock('en', englishCity)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  }, 30_000);

  it('tells a member without the staff role that the console is not for them', async () => {
    // No counts mock: asking for them would fail the test's unmatched request.
    renderApp({ path: '/staff/reviews', session: viewer, mocks: [cityMock('en', englishCity)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff only' })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Staff console' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).queryByRole('link', { name: 'Staff console' }),
    ).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('opens on the queue and lists the sections with what waits in each, for staff', async () => {
    const { router } = renderApp({
      path: '/staff',
      session: staffViewer,
      mocks: [cityMock('en', englishCity), countsMock()],
    });

    await waitFor(() => expect(router.state.location.pathname).toBe('/staff/queue'));
    const queue = await screen.findByRole('link', { name: 'Queue (4 waiting)' });
    expect(queue).toHaveAttribute('href', '/staff/queue');
    await waitFor(() => expect(queue).toHaveAttribute('aria-current', 'page'));
    const links = within(consoleNav()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/staff/queue',
      '/staff/reviews',
      '/staff/connectors',
      '/staff/insights',
    ]);
    // Opportunities and organizations both wait in "Reviews".
    expect(within(consoleNav()).getByRole('link', { name: 'Reviews (3 waiting)' })).toBeVisible();
    expect(
      within(consoleNav()).getByRole('link', { name: 'Connectors (3 waiting)' }),
    ).toBeVisible();
    expect(within(consoleNav()).getByRole('link', { name: 'Insights' })).toBeVisible();
    expect(within(consoleNav()).queryByRole('link', { name: /Audit log/ })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Staff console' }),
    ).toHaveAttribute('href', '/staff');
  }, 30_000);

  it('shows admins the audit log too', async () => {
    renderApp({
      path: '/staff/insights',
      session: adminViewer,
      mocks: [cityMock('en', englishCity), countsMock(), insightsMock(insights)],
    });
    const nav = await screen.findByRole('navigation', { name: 'Staff console' });
    expect(await within(nav).findByRole('link', { name: 'Audit log' })).toHaveAttribute(
      'href',
      '/staff/audit',
    );
  }, 30_000);

  it('moves between sections with the keyboard, and is axe-clean', async () => {
    const { user, router } = renderApp({
      path: '/staff/insights',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        insightsMock(insights),
        opportunitiesInReviewMock([]),
        pendingVerificationMock([]),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ecosystem insights' }),
    ).toBeVisible();
    const reviews = await within(consoleNav()).findByRole('link', { name: 'Reviews (3 waiting)' });

    reviews.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/staff/reviews');
    await waitFor(() => expect(reviews).toHaveAttribute('aria-current', 'page'));
    // As after a page load, focus starts at the top of `main`: the console's sections come first.
    expect(screen.getByRole('main')).toHaveFocus();
    await user.tab();
    expect(within(consoleNav()).getByRole('link', { name: 'Queue (4 waiting)' })).toHaveFocus();
    await user.tab();
    expect(reviews).toHaveFocus();
    expect(await screen.findByText('No opportunity is waiting for review.')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('names the sections in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/staff/reviews',
      session: staffViewer,
      mocks: [
        cityMock('es', englishCity),
        countsMock(),
        opportunitiesInReviewMock([]),
        pendingVerificationMock([]),
      ],
    });
    const nav = await screen.findByRole('navigation', { name: 'Consola del personal' });
    expect(
      await within(nav).findByRole('link', { name: 'Revisiones (3 pendientes)' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Revisiones' })).toBeVisible();
  }, 30_000);
});
