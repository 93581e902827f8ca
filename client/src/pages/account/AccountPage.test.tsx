import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  ChangePasswordDocument,
  DeleteMyAccountDocument,
  ExportMyDataDocument,
  SignOutDocument,
  UnblockMemberDocument,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { blockedMembersMock } from '../../test/networkFixtures';
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
        blockedMembersMock([]),
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

  it("downloads the member's data as an indented JSON file named after them", async () => {
    const exported = { member: { handle: 'ana-lopez' }, statements: [] };
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const { user } = renderApp({
      path: '/account',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        blockedMembersMock([]),
        {
          request: { query: ExportMyDataDocument },
          result: { data: { exportMyData: JSON.stringify(exported) } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Download my data' }));

    const status = await screen.findByText(
      /^Downloaded as growhere-ana-lopez-\d{4}-\d\d-\d\d\.json\.$/,
    );
    expect(status).toHaveAttribute('role', 'status');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(/^growhere-ana-lopez-/);
    expect(clicked[0]!.href).toBe('blob:export');
    expect(await created[0]!.text()).toBe(JSON.stringify(exported, null, 2));
  });

  it('deletes the account only with the right password, then says so', async () => {
    const { user, router } = renderApp({
      path: '/account',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        blockedMembersMock([]),
        {
          request: { query: DeleteMyAccountDocument, variables: { input: { password: 'wrong' } } },
          result: {
            errors: [
              serverError('password is incorrect', {
                code: 'BAD_USER_INPUT',
                reason: 'WRONG_PASSWORD',
                field: 'password',
              }),
            ],
          },
        },
        {
          request: {
            query: DeleteMyAccountDocument,
            variables: { input: { password: 'the right one' } },
          },
          result: { data: { deleteMyAccount: true } },
        },
        {
          request: { query: SignOutDocument, variables: { input: { everywhere: false } } },
          result: { data: { signOut: true } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete my account…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account for good?' });
    expect(await axeViolations()).toEqual([]);
    const password = within(dialog).getByLabelText(/^Your password/, { selector: 'input' });
    await user.type(password, 'wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account' }));
    expect(await within(dialog).findByText('The password is incorrect.')).toBeVisible();
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await user.clear(password);
    await user.type(password, 'the right one');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account was deleted' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/account');
    // Signed out here too: the header offers to sign in again.
    expect((await screen.findAllByRole('link', { name: 'Sign in' }))[0]).toBeVisible();
  });

  it('lists the blocked members and unblocks one', async () => {
    const { user } = renderApp({
      path: '/account',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        blockedMembersMock([
          { id: 'member-2', handle: 'bo-chen', displayName: 'Bo Chen' },
          { id: 'member-3', handle: 'cy-diaz', displayName: 'Cy Diaz' },
        ]),
        {
          request: { query: UnblockMemberDocument, variables: { input: { memberId: 'member-2' } } },
          result: { data: { unblockMember: true } },
        },
      ],
    });

    const section = await screen.findByRole('region', { name: 'Blocked members' });
    expect(section).toHaveTextContent('They are not told.');
    expect(await within(section).findByText('Bo Chen')).toBeVisible();
    expect(within(section).getByText('@cy-diaz')).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Unblock Bo Chen' }));

    const notice = await within(section).findByRole('status');
    expect(notice).toHaveTextContent('Bo Chen is unblocked.');
    expect(notice).toHaveFocus();
    expect(within(section).queryByText('Bo Chen')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Unblock Cy Diaz' })).toBeVisible();
  });

  it('says so in Spanish when nobody is blocked', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/account',
      session: viewer,
      mocks: [cityMock('es', spanishCity), blockedMembersMock([])],
    });

    const section = await screen.findByRole('region', { name: 'Miembros bloqueados' });
    expect(await within(section).findByText('No has bloqueado a nadie.')).toBeVisible();
  });
});
