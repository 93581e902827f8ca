import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dayEnd, dayStart } from '../../modules/staff/dates';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import {
  adminViewer,
  auditActionsMock,
  auditEntry,
  auditLogMock,
  countsMock,
  staffViewer,
} from '../../test/staffFixtures';

const suspended = auditEntry('audit-1');
const verified = auditEntry('audit-2', {
  occurredAt: '2026-03-04T10:00:00.000Z',
  action: 'ORGANIZATION_VERIFIED',
  targetType: 'ORGANIZATION',
  targetId: 'org-bakery',
  reason: null,
  before: null,
  after: 'not json',
  actor: null,
  actorName: 'Former staff member',
});
const actions = ['MEMBER_SUSPENDED', 'ORGANIZATION_VERIFIED', 'OPPORTUNITY_APPROVED'];

function table() {
  return screen.getByRole('table', { name: 'Staff actions, newest first' });
}

describe('AuditLogPage (/staff/audit)', () => {
  it('is for admins only', async () => {
    renderApp({
      path: '/staff/audit',
      session: staffViewer,
      mocks: [cityMock('en', englishCity), countsMock()],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Admins only' })).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  }, 20_000);

  it('shows who did what, and opens an entry to its before and after', async () => {
    const { user } = renderApp({
      path: '/staff/audit',
      session: adminViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        auditActionsMock(actions),
        auditLogMock([suspended, verified]),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await screen.findByRole('table');
    const rows = within(table()).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['When', 'Who', 'Action', 'Target', 'Reason', 'Details']);
    const first = rows[1]!;
    expect(within(first).getByRole('link', { name: 'Sam Ortiz' })).toHaveAttribute(
      'href',
      '/m/sam-staff',
    );
    expect(first).toHaveTextContent('MEMBER_SUSPENDED');
    expect(first).toHaveTextContent('MEMBERmember-9');
    expect(first).toHaveTextContent('Spam wave');
    expect(within(first).getByText(/Mar 5, 2026/, { selector: 'time' })).toHaveAttribute(
      'datetime',
      '2026-03-05T14:30:00.000Z',
    );
    // An actor no longer a member: their name as it was recorded.
    expect(screen.getByText('Former staff member')).toBeVisible();
    // The table scrolls within its own region on a phone, and the keyboard can scroll it.
    expect(screen.getByRole('region', { name: 'Staff actions, newest first' })).toHaveAttribute(
      'tabindex',
      '0',
    );
    expect(await axeViolations()).toEqual([]);

    const show = within(first).getByRole('button', { name: /^Show changes for MEMBER_SUSPENDED/ });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    const details = document.getElementById(show.getAttribute('aria-controls')!)!;
    expect(details).not.toBeVisible();
    show.focus();
    await user.keyboard('{Enter}');
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(details).toBeVisible();
    expect(within(details).getByText(/"suspendedAt": null/)).toBeVisible();
    expect(within(details).getByText(/"suspendedUntil": null/)).toHaveTextContent(
      '"suspendedAt": "2026-03-05T14:30:00.000Z"',
    );
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('{Enter}');
    expect(details).not.toBeVisible();

    // Not JSON, or nothing: shown as it is.
    await user.click(
      within(rows[2]!).getByRole('button', { name: /^Show changes for ORGANIZATION_VERIFIED/ }),
    );
    expect(screen.getByText('Nothing recorded.')).toBeVisible();
    expect(screen.getByText('not json')).toBeVisible();
  }, 40_000);

  it('filters by action, target and days, kept in the address', async () => {
    const { user, router } = renderApp({
      path: '/staff/audit',
      session: adminViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        auditActionsMock(actions),
        auditLogMock([suspended, verified]),
        auditLogMock([suspended], {
          filter: {
            actions: ['MEMBER_SUSPENDED'],
            targetType: 'MEMBER',
            from: dayStart('2026-03-01'),
            to: dayEnd('2026-03-31'),
          },
        }),
      ],
    });
    await screen.findByRole('table');
    const filters = screen.getByRole('search', { name: 'Filter the audit log' });

    await user.click(within(filters).getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'MEMBER_SUSPENDED' }));
    await user.type(within(filters).getByRole('combobox', { name: 'Target type' }), 'MEMBER');
    await user.keyboard('{Escape}');
    const from = within(filters).getByLabelText('From');
    const to = within(filters).getByLabelText('To');
    // Backwards: refused on the end of the range.
    fireEvent.change(from, { target: { value: '2026-03-31' } });
    fireEvent.change(to, { target: { value: '2026-03-01' } });
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    expect(await within(filters).findByText('The end comes before the start.')).toBeVisible();
    await waitFor(() => expect(to).toHaveFocus());

    fireEvent.change(from, { target: { value: '2026-03-01' } });
    fireEvent.change(to, { target: { value: '2026-03-31' } });
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(2));
    expect(screen.queryByText('Former staff member')).not.toBeInTheDocument();
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      action: 'MEMBER_SUSPENDED',
      targetType: 'MEMBER',
      from: '2026-03-01',
      to: '2026-03-31',
    });
  }, 40_000);

  it('narrows to one actor from an entry, and loads more', async () => {
    const { user, router } = renderApp({
      path: '/staff/audit',
      session: adminViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        auditActionsMock(actions),
        auditLogMock([suspended], { hasNextPage: true }),
        auditLogMock([verified], { after: 'audit-page-2' }),
        auditLogMock([suspended], { filter: { actorId: 'member-7' } }),
      ],
    });
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Former staff member')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: /^Show changes/ })[0]!);
    await user.click(screen.getByRole('button', { name: 'Only actions by Sam Ortiz' }));
    await waitFor(() => expect(router.state.location.search).toBe('?actorId=member-7'));
    expect(await screen.findByRole('textbox', { name: /^Actor \(member ID\)/ })).toHaveValue(
      'member-7',
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Staff actions, newest first' })).toHaveFocus(),
    );
    expect(within(table()).getAllByRole('row')).toHaveLength(2);
  }, 40_000);

  it('downloads the filtered log as CSV with the session token', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:audit';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('id,action\n1,MEMBER_SUSPENDED\n', { status: 200 }))
      .mockResolvedValueOnce(new Response('nope', { status: 500 }));
    const { user } = renderApp({
      path: '/staff/audit?action=MEMBER_SUSPENDED&from=2026-03-01',
      session: adminViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        auditActionsMock(actions),
        auditLogMock([suspended], {
          filter: { actions: ['MEMBER_SUSPENDED'], from: dayStart('2026-03-01') },
        }),
      ],
    });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const status = await screen.findByText(/^Downloaded as audit-log-\d{4}-\d\d-\d\d\.csv\.$/);
    expect(status).toHaveAttribute('role', 'status');
    const [path, init] = fetchSpy.mock.calls[0]!;
    expect(path).toBe(
      `/admin/audit-log.csv?action=MEMBER_SUSPENDED&from=${encodeURIComponent(dayStart('2026-03-01'))}`,
    );
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer token-for-member-8');
    expect(clicked[0]!.download).toMatch(/^audit-log-\d{4}-\d\d-\d\d\.csv$/);
    expect(clicked[0]!.href).toBe('blob:audit');
    expect(await created[0]!.text()).toBe('id,action\n1,MEMBER_SUSPENDED\n');

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't export the audit log. Please try again.",
    );
  }, 30_000);

  it('speaks Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/staff/audit',
      session: adminViewer,
      mocks: [
        cityMock('es', englishCity),
        countsMock(),
        auditActionsMock(actions),
        auditLogMock([]),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Registro de auditoría' }),
    ).toBeVisible();
    expect(await screen.findByText('Ninguna entrada coincide con estos filtros.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Descargar CSV' })).toBeVisible();
  }, 20_000);
});
