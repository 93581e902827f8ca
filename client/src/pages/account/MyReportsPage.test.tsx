import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { myReportsMock, report } from '../../test/moderationFixtures';
import { blockedMembersMock } from '../../test/networkFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const waiting = report('report-3', {
  targetType: 'MESSAGE',
  targetId: 'msg-9',
  targetLabel: 'Send me your bank details and I will…',
  reason: 'FRAUD',
  note: 'Asked for my bank details.',
  createdAt: '2026-03-05T15:00:00.000Z',
});
const upheld = report('report-2', {
  targetType: 'OPPORTUNITY',
  targetId: 'opp-9',
  targetLabel: 'Guaranteed loans',
  status: 'UPHELD',
  createdAt: '2026-03-04T15:00:00.000Z',
  resolvedAt: '2026-03-06T15:00:00.000Z',
});
const dismissed = report('report-1', {
  targetLabel: 'Bo Chen',
  reason: 'HARASSMENT',
  status: 'DISMISSED',
  createdAt: '2026-03-02T15:00:00.000Z',
  resolvedAt: '2026-03-03T15:00:00.000Z',
});

describe('MyReportsPage (/account/reports)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({
      path: '/account/reports',
      mocks: [cityMock('en', englishCity)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  }, 30_000);

  it('is linked from the account page, and lists each report with where it stands', async () => {
    const { user, router } = renderApp({
      path: '/account',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        blockedMembersMock([]),
        myReportsMock([waiting, upheld], { endCursor: 'cursor-2', hasNextPage: true }),
        myReportsMock([dismissed], { after: 'cursor-2' }),
      ],
    });

    const section = await screen.findByRole('region', { name: 'Your reports' });
    await user.click(within(section).getByRole('link', { name: 'My reports' }));
    expect(router.state.location.pathname).toBe('/account/reports');
    expect(await screen.findByRole('heading', { level: 1, name: 'My reports' })).toBeVisible();

    const list = await screen.findByRole('list', { name: 'My reports' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Send me your bank details and I will…',
    );
    expect(first).toHaveTextContent('Message');
    expect(first).toHaveTextContent('Waiting for review');
    expect(first).toHaveTextContent('Reason: Fraud');
    expect(first).toHaveTextContent('Asked for my bank details.');
    expect(first).toHaveTextContent('Reported March 5, 2026');
    expect(first).not.toHaveTextContent('reviewed');
    expect(second).toHaveTextContent('Opportunity');
    expect(second).toHaveTextContent('Action taken');
    expect(second).toHaveTextContent('Reported March 4, 2026 · reviewed March 6, 2026');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Show more reports' }));
    expect(await within(list).findByText('Bo Chen')).toBeVisible();
    const third = within(list).getAllByRole('listitem')[2] as HTMLElement;
    expect(third).toHaveTextContent('Member profile');
    expect(third).toHaveTextContent('No action taken');
    expect(third).toHaveTextContent('Reason: Harassment');
    expect(screen.queryByRole('button', { name: 'Show more reports' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your account' })).toHaveAttribute('href', '/account');
  }, 60_000);

  it('says when nothing was reported, in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/account/reports',
      session: viewer,
      mocks: [cityMock('es', spanishCity), myReportsMock([])],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mis denuncias' })).toBeVisible();
    expect(await screen.findByText('No has denunciado nada.')).toBeVisible();
  }, 30_000);

  it('offers to try again when the list cannot be loaded', async () => {
    const { user } = renderApp({
      path: '/account/reports',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        {
          request: myReportsMock([]).request,
          error: new Error('offline'),
        },
        myReportsMock([waiting]),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load your reports.");
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Send me your bank details and I will…')).toBeVisible();
  }, 30_000);
});
