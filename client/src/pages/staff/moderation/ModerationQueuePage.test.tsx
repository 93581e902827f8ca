import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModerationQueueFilter } from '../../../generated/graphql';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../../test/cityFixtures';
import {
  caseSummary,
  moderateCasesMock,
  moderationPerson,
  queueCountsMock,
  queueMock,
  staffViewer,
} from '../../../test/moderationFixtures';
import { renderApp } from '../../../test/renderApp';
import { serverError, viewer } from '../../../test/sessionFixtures';

const profile = caseSummary('case-1');
const message = caseSummary('case-2', {
  targetType: 'MESSAGE',
  targetId: 'msg-9',
  autoHidden: false,
  hidden: false,
  reasons: ['HARASSMENT'],
  reportCount: 1,
  content: {
    __typename: 'ModeratedContent',
    title: 'You will regret this…',
    body: 'You will regret this.',
    path: null,
    createdAt: '2026-03-02T15:00:00.000Z',
    exists: true,
  },
  owner: moderationPerson('member-8', 'angry-al', 'Al Grey'),
});
const burst = caseSummary('case-3', {
  targetType: 'OPPORTUNITY',
  targetId: 'opp-9',
  source: 'SPAM_DEFENSE',
  autoHidden: false,
  hidden: false,
  reasons: [],
  reportCount: 0,
  content: {
    __typename: 'ModeratedContent',
    title: 'Guaranteed loans',
    body: '',
    path: '/opportunities/opp-9',
    createdAt: null,
    exists: true,
  },
});
const OPEN = { status: 'OPEN' } as const;

function cases() {
  return screen.getByRole('list', { name: 'Cases' });
}

function rows() {
  return within(cases()).getAllByRole('listitem');
}

describe('ModerationQueuePage (/staff/queue)', () => {
  it('lists the open cases with their context, counts them and pages on', async () => {
    const { user } = renderApp({
      path: '/staff/queue',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        queueCountsMock(3, 1),
        queueMock(OPEN, [profile, message], {
          endCursor: 'cursor-2',
          hasNextPage: true,
          totalCount: 3,
        }),
        queueMock(OPEN, [burst], { after: 'cursor-2', totalCount: 3 }),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Moderation queue' }),
    ).toBeVisible();
    expect(await screen.findByText('3 open cases')).toBeVisible();
    expect(screen.getByText('1 hidden automatically')).toBeVisible();
    await screen.findByRole('list', { name: 'Cases' });
    expect(screen.getByText('3 cases')).toBeVisible();

    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Cheap Loans Now' })).toHaveAttribute(
      'href',
      '/staff/queue/case-1',
    );
    expect(first).toHaveTextContent('Member profile');
    expect(first).toHaveTextContent('Hidden automatically');
    expect(first).toHaveTextContent('Belongs to Cheap Loans Now (@cheap-loans)');
    expect(first).toHaveTextContent('2 reports · Spam, Fraud');
    expect(first).toHaveTextContent(/Opened .+ ago/);
    expect(second).toHaveTextContent('Message');
    expect(second).toHaveTextContent('1 report · Harassment');
    expect(second).not.toHaveTextContent('Hidden');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Show more cases' }));
    await within(cases()).findByRole('link', { name: 'Guaranteed loans' });
    const third = rows()[2] as HTMLElement;
    expect(third).toHaveTextContent('Flagged by spam defense');
    expect(third).toHaveTextContent('0 reports');
    expect(screen.queryByRole('button', { name: 'Show more cases' })).not.toBeInTheDocument();
  }, 60_000);

  it('filters by status, kind, reason, age, auto-hiding and source, kept in the address', async () => {
    const narrowed: ModerationQueueFilter = {
      status: 'OPEN',
      targetTypes: ['MESSAGE'],
      reasons: ['HARASSMENT'],
      olderThanHours: 24,
    };
    const { user, router } = renderApp({
      path: '/staff/queue?kind=message&reason=harassment',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        queueCountsMock(3, 1),
        queueMock({ status: 'OPEN', targetTypes: ['MESSAGE'], reasons: ['HARASSMENT'] }, [message]),
        queueMock(narrowed, [message]),
        queueMock({ ...narrowed, autoHidden: true }, []),
        queueMock({ ...narrowed, autoHidden: true, source: 'SPAM_DEFENSE' }, []),
        queueMock({ status: 'OPEN' }, [profile, message]),
        queueMock({ status: 'RESOLVED' }, [
          caseSummary('case-0', {
            status: 'RESOLVED',
            resolution: 'DISMISS',
            resolvedAt: '2026-03-02T15:00:00.000Z',
          }),
        ]),
      ],
    });

    const filters = await screen.findByRole('region', { name: 'Filters' });
    expect(within(filters).getByRole('checkbox', { name: 'Message' })).toBeChecked();
    expect(within(filters).getByRole('checkbox', { name: 'Harassment' })).toBeChecked();
    expect(within(filters).getByRole('checkbox', { name: 'Spam' })).not.toBeChecked();
    await within(await screen.findByRole('list', { name: 'Cases' })).findByText(
      'You will regret this…',
    );
    expect(rows()).toHaveLength(1);

    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Waiting for' }),
      'At least 1 day',
    );
    expect(router.state.location.search).toBe('?kind=message&reason=harassment&older=24');
    await user.click(within(filters).getByRole('checkbox', { name: 'Hidden automatically only' }));
    expect(await screen.findByText('No case matches these filters.')).toBeVisible();
    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Source' }),
      'Flagged by spam defense',
    );
    expect(router.state.location.search).toBe(
      '?kind=message&reason=harassment&older=24&autoHidden=1&source=spam_defense',
    );
    expect(await screen.findByText('No case matches these filters.')).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    await within(await screen.findByRole('list', { name: 'Cases' })).findByText('Cheap Loans Now');
    expect(rows()).toHaveLength(2);
    expect(
      within(filters).queryByRole('button', { name: 'Clear filters' }),
    ).not.toBeInTheDocument();

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Resolved');
    expect(router.state.location.search).toBe('?status=resolved');
    expect(await screen.findByText(/Resolved: Dismissed/)).toBeVisible();
  }, 60_000);

  it('acts on the cases selected, after a confirm step that asks for a reason', async () => {
    const { user } = renderApp({
      path: '/staff/queue',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        queueCountsMock(3, 1),
        queueMock(OPEN, [profile, message, burst]),
        moderateCasesMock(
          { caseIds: ['case-1', 'case-3'], action: 'SUSPEND', reason: 'Loan scam wave' },
          [
            caseSummary('case-1', { status: 'RESOLVED', resolution: 'SUSPEND' }),
            caseSummary('case-3', { status: 'RESOLVED', resolution: 'SUSPEND' }),
          ],
        ),
        // Read again after the action: what was resolved has left the open queue.
        queueMock(OPEN, [message]),
        queueCountsMock(1, 0),
      ],
    });

    await within(await screen.findByRole('list', { name: 'Cases' })).findByText('Guaranteed loans');
    const toolbar = screen.getByRole('group', { name: 'Act on several cases' });
    expect(within(toolbar).getByText('0 selected')).toBeVisible();
    expect(within(toolbar).queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();

    // By keyboard: Space ticks a case.
    within(rows()[0] as HTMLElement)
      .getByRole('checkbox', { name: 'Select: Cheap Loans Now' })
      .focus();
    await user.keyboard(' ');
    expect(within(toolbar).getByText('1 selected')).toBeVisible();
    const all = within(toolbar).getByRole('checkbox', { name: 'Select all shown' });
    expect(all).toHaveAttribute('data-indeterminate', 'true');
    await user.click(all);
    expect(within(toolbar).getByText('3 selected')).toBeVisible();
    expect(all).toBeChecked();
    await user.click(
      within(rows()[1] as HTMLElement).getByRole('checkbox', {
        name: 'Select: You will regret this…',
      }),
    );
    expect(within(toolbar).getByText('2 selected')).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    // Second thoughts change nothing.
    await user.click(within(toolbar).getByRole('button', { name: 'Dismiss' }));
    let dialog = await screen.findByRole('dialog', { name: 'Dismiss 2 cases?' });
    expect(within(dialog).getByRole('textbox', { name: 'Reason (optional)' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(toolbar).getByText('2 selected')).toBeVisible();

    await user.click(within(toolbar).getByRole('button', { name: 'Suspend owners' }));
    dialog = await screen.findByRole('dialog', { name: 'Suspend the owners of 2 cases?' });
    expect(dialog).toHaveTextContent('signed out everywhere at once');
    const confirm = within(dialog).getByRole('button', { name: 'Suspend owners of 2 cases' });
    await user.click(confirm);
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Give a reason for this action.'),
    );
    expect(reason).toHaveFocus();
    await user.type(reason, 'Loan scam wave');
    await user.click(
      within(dialog).getByRole('radio', { name: 'Indefinitely, until staff lift it' }),
    );
    expect(within(dialog).queryByLabelText(/Last day of the suspension/)).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await user.click(confirm);

    await screen.findByText('The owners of 2 cases are suspended.');
    expect(document.activeElement).toHaveTextContent('The owners of 2 cases are suspended.');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(cases()).getByText('You will regret this…')).toBeVisible();
    expect(within(toolbar).getByText('0 selected')).toBeVisible();
    expect(await screen.findByText('1 open case')).toBeVisible();
  }, 60_000);

  it('shows the server refusing a bulk action on the field at fault', async () => {
    const { user } = renderApp({
      path: '/staff/queue',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        queueCountsMock(3, 1),
        queueMock(OPEN, [profile, message]),
        moderateCasesMock({ caseIds: ['case-1', 'case-2'], action: 'HIDE', reason: 'x' }, [
          serverError('reason is too short', {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            field: 'input.reason',
          }),
        ]),
      ],
    });

    await within(await screen.findByRole('list', { name: 'Cases' })).findByText('Cheap Loans Now');
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide the content of 2 cases?' });
    const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
    await user.type(reason, 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Hide 2 cases' }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('reason is too short'));
    expect(reason).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeVisible();
  }, 60_000);

  it('tells a member who is not staff that the queue is not for them, in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/staff/queue',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        {
          request: queueCountsMock(0, 0).request,
          result: { errors: [serverError('Staff only', { code: 'FORBIDDEN' })] },
        },
        {
          request: queueMock(OPEN, []).request,
          result: { errors: [serverError('Staff only', { code: 'FORBIDDEN' })] },
        },
      ],
    });
    // The staff console itself turns the member away before the queue asks the server.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Solo para el personal' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Cola de moderación' })).toBeNull();
  }, 30_000);
});
