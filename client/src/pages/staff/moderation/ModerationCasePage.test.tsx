import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deadlineFromDateInput } from '../../../modules/opportunities/format';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../../test/cityFixtures';
import {
  caseMock,
  moderateCaseMock,
  moderationCase,
  spammer,
  staffViewer,
} from '../../../test/moderationFixtures';
import { renderApp } from '../../../test/renderApp';
import { serverError, viewer } from '../../../test/sessionFixtures';

const reported = moderationCase('case-1');

function openCase(mocks: Parameters<typeof renderApp>[0]['mocks'] = []) {
  return renderApp({
    path: '/staff/queue/case-1',
    session: staffViewer,
    mocks: [cityMock('en', englishCity), caseMock('case-1', reported), ...mocks],
  });
}

function actions() {
  return screen.getByRole('region', { name: 'Actions' });
}

function actionNames() {
  return within(actions())
    .getAllByRole('button')
    .map((button) => button.textContent);
}

describe('ModerationCasePage (/staff/queue/:caseId)', () => {
  it('shows the content, its owner, their history and the reporters’ record', async () => {
    openCase();

    expect(await screen.findByRole('heading', { level: 1, name: 'Cheap Loans Now' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Moderation queue' })).toHaveAttribute(
      'href',
      '/staff/queue',
    );
    expect(screen.getByText('Hidden automatically')).toBeVisible();

    const content = screen.getByRole('region', { name: 'Content' });
    expect(content).toHaveTextContent('Fast cash, no questions asked. Visit loans.example');
    expect(
      within(content).getByRole('link', { name: 'Open “Cheap Loans Now” where it lives' }),
    ).toHaveAttribute('href', '/m/cheap-loans');

    const owner = screen.getByRole('region', { name: 'Owner' });
    expect(within(owner).getByRole('link', { name: '@cheap-loans' })).toHaveAttribute(
      'href',
      '/m/cheap-loans',
    );
    expect(owner).toHaveTextContent('cheap-loans@example.com');
    expect(owner).toHaveTextContent('Not confirmed');
    expect(owner).toHaveTextContent('JoinedMarch 1, 2026');
    expect(owner).toHaveTextContent('StandingIn good standing');
    expect(owner).toHaveTextContent('Reports against their content4');

    const history = screen.getByRole('region', { name: 'Earlier actions' });
    const entry = within(history).getByRole('listitem');
    expect(entry).toHaveTextContent('Warned');
    expect(entry).toHaveTextContent('by Dee Park');
    expect(entry).toHaveTextContent('Advertising in messages');

    const reports = screen.getByRole('region', { name: '2 reports' });
    const [fromAna, fromBo] = within(reports).getAllByRole('listitem') as [
      HTMLElement,
      HTMLElement,
    ];
    expect(fromAna).toHaveTextContent('Ana López');
    expect(fromAna).toHaveTextContent('Spam');
    expect(fromAna).toHaveTextContent('3 of 4 earlier reports upheld (75%).');
    expect(fromBo).toHaveTextContent('Fraud');
    expect(fromBo).toHaveTextContent('Asked me for my bank details.');
    expect(fromBo).toHaveTextContent('None of their earlier reports was reviewed yet.');

    expect(actionNames()).toEqual([
      'Dismiss',
      'Show again',
      'Warn the owner',
      'Suspend the owner',
      'Restrict the owner',
      'Delete the content',
    ]);
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('suspends the owner until a date, showing a refused date on its field', async () => {
    const refusedUntil = deadlineFromDateInput('2099-12-30') as string;
    const until = deadlineFromDateInput('2099-12-31') as string;
    const reason = 'Loan scam sent to many members.';
    const { user } = openCase([
      moderateCaseMock({ caseId: 'case-1', action: 'SUSPEND', reason, until: refusedUntil }, [
        serverError('until must be within a year', {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT',
          field: 'input.until',
        }),
      ]),
      moderateCaseMock(
        { caseId: 'case-1', action: 'SUSPEND', reason, until },
        moderationCase('case-1', {
          status: 'RESOLVED',
          resolution: 'SUSPEND',
          resolvedAt: '2026-03-05T15:00:00.000Z',
          owner: { ...spammer, suspendedUntil: until },
        }),
      ),
    ]);

    await screen.findByRole('heading', { level: 1, name: 'Cheap Loans Now' });
    const suspend = within(actions()).getByRole('button', { name: 'Suspend the owner' });
    suspend.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Cheap Loans Now?' });
    const reasonField = within(dialog).getByRole('textbox', { name: /^Reason/ });
    expect(reasonField).toHaveFocus();
    expect(reasonField).toHaveAccessibleDescription(
      expect.stringContaining('The member reads this reason.'),
    );
    expect(within(dialog).getByRole('radio', { name: 'Until a date' })).toBeChecked();
    const date = within(dialog).getByLabelText(/^Last day of the suspension/);

    // Neither a reason nor a date: both refused here, the first field takes the focus.
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(reasonField).toHaveAttribute('aria-invalid', 'true');
    expect(reasonField).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('Choose the last day of the suspension.'),
    );
    expect(await axeViolations()).toEqual([]);

    await user.type(reasonField, reason);
    await user.type(date, '2099-12-30');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription(
        expect.stringContaining('until must be within a year'),
      ),
    );
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveFocus();

    await user.clear(date);
    await user.type(date, '2099-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.activeElement).toHaveTextContent(
      'Cheap Loans Now is suspended until December 31, 2099.',
    );
    const owner = screen.getByRole('region', { name: 'Owner' });
    expect(owner).toHaveTextContent('StandingSuspended until December 31, 2099');
    expect(screen.getByRole('region', { name: 'About this case' })).toHaveTextContent(
      'Resolved: Suspended, March 5, 2026',
    );
    expect(actionNames()).toEqual([
      'Show again',
      'Warn the owner',
      'Lift the suspension',
      'Restrict the owner',
      'Delete the content',
    ]);
  }, 60_000);

  it('shows content again, warns with a reason, and deletes after confirming', async () => {
    const shown = moderationCase('case-1', { hidden: false, autoHidden: false });
    const { user } = openCase([
      moderateCaseMock({ caseId: 'case-1', action: 'UNHIDE' }, shown),
      moderateCaseMock(
        { caseId: 'case-1', action: 'WARN', reason: 'Do not advertise loans here.' },
        shown,
      ),
      moderateCaseMock(
        { caseId: 'case-1', action: 'DELETE_CONTENT', reason: 'Scam' },
        moderationCase('case-1', {
          hidden: false,
          autoHidden: false,
          status: 'RESOLVED',
          resolution: 'DELETE_CONTENT',
          resolvedAt: '2026-03-05T15:00:00.000Z',
          content: { ...shown.content, body: '', path: null, exists: false },
        }),
      ),
    ]);

    await screen.findByRole('heading', { level: 1, name: 'Cheap Loans Now' });
    await user.click(within(actions()).getByRole('button', { name: 'Show again' }));
    let dialog = await screen.findByRole('dialog', { name: 'Show “Cheap Loans Now” again?' });
    expect(within(dialog).getByRole('textbox', { name: 'Reason (optional)' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Show again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.activeElement).toHaveTextContent('The content is shown again.');
    expect(screen.queryByText('Hidden automatically')).not.toBeInTheDocument();
    expect(actionNames()).toContain('Hide');

    await user.click(within(actions()).getByRole('button', { name: 'Warn the owner' }));
    dialog = await screen.findByRole('dialog', { name: 'Warn Cheap Loans Now?' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Reason/ }),
      'Do not advertise loans here.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send warning' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent('Cheap Loans Now was warned.'),
    );

    await user.click(within(actions()).getByRole('button', { name: 'Delete the content' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete “Cheap Loans Now”?' });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    // Second thoughts first: nothing is deleted.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Content' })).toHaveTextContent('Fast cash');

    await user.click(within(actions()).getByRole('button', { name: 'Delete the content' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete “Cheap Loans Now”?' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Scam');
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Content' })).toHaveTextContent(
      'This content was deleted.',
    );
    expect(screen.getByText('Deleted')).toBeVisible();
    expect(actionNames()).toEqual(['Warn the owner', 'Suspend the owner', 'Restrict the owner']);
  }, 60_000);

  it('says when there is no such case', async () => {
    renderApp({
      path: '/staff/queue/case-404',
      session: staffViewer,
      mocks: [cityMock('en', englishCity), caseMock('case-404', null)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Case not found' })).toBeVisible();
  }, 30_000);

  it('tells a member who is not staff that it is not for them, in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/staff/queue/case-1',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        caseMock('case-1', [serverError('Staff only', { code: 'FORBIDDEN' })]),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Solo para el personal' }),
    ).toBeVisible();
  }, 30_000);
});
