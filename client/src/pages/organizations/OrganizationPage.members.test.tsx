import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CancelOrganizationInvitationDocument,
  InviteToOrganizationDocument,
  LeaveOrganizationDocument,
  RemoveOrganizationMemberDocument,
  TransferOrganizationOwnershipDocument,
  type OrganizationFieldsFragment,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import {
  anaAsOwner as ana,
  boAsAdmin as bo,
  cyAsMember as cy,
  deeInvited,
  evaInvited,
  harborKitchenTeam,
  organizationMock,
} from '../../test/organizationFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

type PendingInvitations = NonNullable<OrganizationFieldsFragment['pendingInvitations']>;

/**
 * Harbor Kitchen's team as `viewerRole` sees it (Ana López, the session's member, owns it): like
 * the server, pending invitations only for its owners and admins.
 */
function asViewer(
  viewerRole: OrganizationFieldsFragment['viewerRole'],
  members = harborKitchenTeam.members,
  pendingInvitations: PendingInvitations = [evaInvited, deeInvited],
): OrganizationFieldsFragment {
  const manages = viewerRole === 'OWNER' || viewerRole === 'ADMIN';
  return {
    ...harborKitchenTeam,
    viewerRole,
    members,
    pendingInvitations: manages ? pendingInvitations : null,
  };
}

function people(name = 'People') {
  return screen.getByRole('region', { name });
}

/** Each row as it reads (without its buttons and Mantine's responsive CSS). */
function textsOf(list: HTMLElement) {
  return within(list)
    .getAllByRole('listitem')
    .map((row) => {
      const copy = row.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('style, button').forEach((node) => node.remove());
      return copy.textContent;
    });
}

/** The list of the organization's people (pending invitations are listed apart). */
function team(name = 'People') {
  const [list] = within(people(name)).getAllByRole('list');
  if (!list) throw new Error('The people section has no list');
  return list;
}

/** Each person of the organization, as their row reads. */
function rowTexts() {
  return textsOf(team());
}

function pendingInvitations() {
  return screen.getByRole('region', { name: 'Pending invitations' });
}

function handleOrEmail() {
  return screen.getByRole('textbox', { name: /^Handle or email/ });
}

describe('OrganizationPage people (/o/:slug)', () => {
  it('lists everyone with their role, and offers a visitor nothing to change', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', asViewer(null))],
    });

    await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' });
    expect(rowTexts()).toEqual([
      'Ana LópezOwnerFounder of Harbor Kitchen',
      'Bo ChenAdmin',
      'Cy DiazMember',
    ]);
    expect(within(people()).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(within(people()).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invite someone' })).not.toBeInTheDocument();
  });

  it('lets the owner remove and hand over to the others, invite, and leave', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', asViewer('OWNER'))],
    });

    await screen.findByRole('region', { name: 'Invite someone' });
    expect(rowTexts()[0]).toBe('Ana LópezOwnerYouFounder of Harbor Kitchen');
    expect(within(people()).queryByRole('button', { name: /Ana López$/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Bo Chen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Transfer ownership to Bo Chen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Cy Diaz' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Transfer ownership to Cy Diaz' })).toBeVisible();
    expect(screen.getByText('You are part of this organization as owner.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Leave organization' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('lets an admin remove members and admins but not the owner, and not hand over', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: { ...viewer, id: bo.member.id, handle: 'bo-chen', displayName: 'Bo Chen' },
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', asViewer('ADMIN'))],
    });

    await screen.findByRole('region', { name: 'Invite someone' });
    expect(screen.queryByRole('button', { name: 'Remove Ana López' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Bo Chen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Cy Diaz' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Transfer ownership/ })).not.toBeInTheDocument();
  });

  it('invites a member by handle as an admin, then says so and lists the invitation', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER', undefined, [])),
        {
          request: {
            query: InviteToOrganizationDocument,
            variables: { input: { organizationId: 'org-1', role: 'ADMIN', handle: 'dee-diaz' } },
          },
          result: { data: { inviteToOrganization: true } },
        },
        organizationMock(
          'harbor-kitchen',
          asViewer('OWNER', undefined, [{ ...deeInvited, role: 'ADMIN' }]),
        ),
      ],
    });

    expect(
      await within(await screen.findByRole('region', { name: 'Pending invitations' })).findByText(
        'No invitations are waiting for an answer.',
      ),
    ).toBeVisible();
    await user.type(handleOrEmail(), '@Dee-Diaz');
    await user.click(screen.getByRole('radio', { name: /^Admin/ }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('Invitation sent to @dee-diaz.')).toBeVisible();
    expect(handleOrEmail()).toHaveValue('');
    expect(screen.getByRole('radio', { name: /^Member/ })).toBeChecked();
    expect(textsOf(pendingInvitations())).toEqual([
      'Dee DíazAdminInvited by Ana López on March 3, 2026.',
    ]);
  });

  it('invites anyone by email', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('ADMIN')),
        {
          request: {
            query: InviteToOrganizationDocument,
            variables: {
              input: { organizationId: 'org-1', role: 'MEMBER', email: 'dee@example.com' },
            },
          },
          result: { data: { inviteToOrganization: true } },
        },
        organizationMock('harbor-kitchen', asViewer('ADMIN')),
      ],
    });

    await user.type(
      await screen.findByRole('textbox', { name: /^Handle or email/ }),
      ' Dee@Example.com ',
    );
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('Invitation sent to dee@example.com.')).toBeVisible();
  });

  it('shows what the server refused on the field it names', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER')),
        {
          request: {
            query: InviteToOrganizationDocument,
            variables: { input: { organizationId: 'org-1', role: 'MEMBER', handle: 'nobody' } },
          },
          result: {
            errors: [
              serverError('No member has this handle', {
                code: 'NOT_FOUND',
                reason: 'MEMBER_NOT_FOUND',
                field: 'handle',
              }),
            ],
          },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: /^Handle or email/ }), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const message = 'No member has this handle. Check the spelling, or invite them by email.';
    expect(await screen.findByText(message)).toBeVisible();
    expect(handleOrEmail()).toHaveAttribute('aria-invalid', 'true');
    expect(handleOrEmail()).toHaveAccessibleDescription(expect.stringContaining(message));
    // The focus moves to the field in an effect after the error renders.
    await waitFor(() => expect(handleOrEmail()).toHaveFocus());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the field before asking the server', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', asViewer('OWNER'))],
    });

    await user.click(await screen.findByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText("Enter a member's handle or an email address.")).toBeVisible();

    await user.type(handleOrEmail(), 'dee@nowhere');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Enter an email address, like name@example.com.')).toBeVisible();
    expect(handleOrEmail()).toHaveAttribute('aria-invalid', 'true');
  });

  it('removes a member after confirming, and leaves them be on cancel', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER')),
        {
          request: {
            query: RemoveOrganizationMemberDocument,
            variables: { input: { organizationId: 'org-1', memberId: 'member-3' } },
          },
          result: { data: { removeOrganizationMember: asViewer('OWNER', [ana, bo]) } },
        },
      ],
    });

    const remove = await screen.findByRole('button', { name: 'Remove Cy Diaz' });
    await user.click(remove);
    let dialog = await screen.findByRole('dialog', { name: 'Remove Cy Diaz?' });
    expect(
      within(dialog).getByText(
        'Cy Diaz will no longer be part of Harbor Kitchen. You can invite them again later.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(people()).getByRole('link', { name: 'Cy Diaz' })).toBeVisible();

    await user.click(remove);
    dialog = await screen.findByRole('dialog', { name: 'Remove Cy Diaz?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Cy Diaz is no longer part of Harbor Kitchen.');
    expect(notice).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(people()).queryByRole('link', { name: 'Cy Diaz' })).not.toBeInTheDocument();
  });

  it('hands ownership over after a confirmation naming the new owner', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER')),
        {
          request: {
            query: TransferOrganizationOwnershipDocument,
            variables: { input: { organizationId: 'org-1', memberId: 'member-3' } },
          },
          result: {
            data: {
              transferOrganizationOwnership: asViewer('ADMIN', [
                { ...ana, role: 'ADMIN' },
                bo,
                { ...cy, role: 'OWNER' },
              ]),
            },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Transfer ownership to Cy Diaz' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Cy Diaz the owner?' });
    expect(within(dialog).getByText(/^Cy Diaz will own Harbor Kitchen\./)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Transfer ownership' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Cy Diaz now owns Harbor Kitchen. You stay on as an admin.',
    );
    expect(rowTexts()).toEqual([
      'Ana LópezAdminYouFounder of Harbor Kitchen',
      'Bo ChenAdmin',
      'Cy DiazOwner',
    ]);
    // Now an admin: no more handing over, and the new owner cannot be removed.
    expect(screen.queryByRole('button', { name: /^Transfer ownership/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Cy Diaz' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Bo Chen' })).toBeVisible();
  });

  it('lets a member leave, then reads the organization again', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: { ...viewer, id: cy.member.id, handle: 'cy-diaz', displayName: 'Cy Diaz' },
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('MEMBER')),
        {
          request: {
            query: LeaveOrganizationDocument,
            variables: { input: { organizationId: 'org-1' } },
          },
          result: { data: { leaveOrganization: true } },
        },
        organizationMock('harbor-kitchen', asViewer(null, [ana, bo])),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Leave organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave Harbor Kitchen?' });
    expect(
      within(dialog).queryByText(/^You are its only owner/, { exact: false }),
    ).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));

    expect(await screen.findByRole('status')).toHaveTextContent('You left Harbor Kitchen.');
    expect(screen.queryByRole('button', { name: 'Leave organization' })).not.toBeInTheDocument();
    expect(within(people()).queryByRole('link', { name: 'Cy Diaz' })).not.toBeInTheDocument();
  });

  it('explains in the dialog why the only owner cannot leave', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER')),
        {
          request: {
            query: LeaveOrganizationDocument,
            variables: { input: { organizationId: 'org-1' } },
          },
          result: {
            errors: [
              serverError('An organization must keep an owner: transfer ownership first', {
                code: 'CONFLICT',
                reason: 'LAST_OWNER',
                field: 'organizationId',
              }),
            ],
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Leave organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave Harbor Kitchen?' });
    expect(
      within(dialog).getByText(
        'You are its only owner. Transfer ownership to someone else first, then you can leave.',
      ),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'An organization must keep an owner. Transfer ownership to someone else before you leave.',
    );
    expect(screen.getByRole('dialog', { name: 'Leave Harbor Kitchen?' })).toBeVisible();
    expect(within(team()).getByRole('link', { name: 'Ana López' })).toBeVisible();
  });

  it('shows owners and admins the pending invitations, with who sent each', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', asViewer('OWNER'))],
    });

    const list = await screen.findByRole('region', { name: 'Pending invitations' });
    expect(textsOf(list)).toEqual([
      'eva@example.comAdminInvited by Bo Chen on March 5, 2026.',
      'Dee DíazMemberInvited by Ana López on March 3, 2026.',
    ]);
    expect(within(list).getByRole('link', { name: 'Dee Díaz' })).toHaveAttribute(
      'href',
      '/m/dee-diaz',
    );
    expect(within(list).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(within(list).queryByRole('link', { name: 'eva@example.com' })).not.toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: 'Cancel the invitation to eva@example.com' }),
    ).toBeVisible();
    expect(
      within(list).getByRole('button', { name: 'Cancel the invitation to Dee Díaz' }),
    ).toBeVisible();
    // Rows of invitations are not people of the organization.
    expect(rowTexts()).toHaveLength(3);
    expect(await axeViolations()).toEqual([]);
  });

  it('says when the sender is gone', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: { ...viewer, id: bo.member.id, handle: 'bo-chen', displayName: 'Bo Chen' },
      mocks: [
        cityMock('en', englishCity),
        organizationMock(
          'harbor-kitchen',
          asViewer('ADMIN', undefined, [{ ...evaInvited, invitedBy: null }]),
        ),
      ],
    });

    expect(textsOf(await screen.findByRole('region', { name: 'Pending invitations' }))).toEqual([
      'eva@example.comAdminInvited on March 5, 2026.',
    ]);
  });

  it('shows a member no pending invitations', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: { ...viewer, id: cy.member.id, handle: 'cy-diaz', displayName: 'Cy Diaz' },
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', asViewer('MEMBER'))],
    });

    expect(await screen.findByRole('button', { name: 'Leave organization' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Pending invitations' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Cancel the invitation/ }),
    ).not.toBeInTheDocument();
  });

  it('cancels an invitation after confirming, and keeps it on second thoughts', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER')),
        {
          request: {
            query: CancelOrganizationInvitationDocument,
            variables: { input: { invitationId: 'inv-dee' } },
          },
          result: {
            data: {
              cancelOrganizationInvitation: asViewer('OWNER', undefined, [evaInvited]),
            },
          },
        },
      ],
    });

    const cancel = await screen.findByRole('button', {
      name: 'Cancel the invitation to Dee Díaz',
    });
    await user.click(cancel);
    let dialog = await screen.findByRole('dialog', { name: 'Cancel the invitation to Dee Díaz?' });
    expect(
      within(dialog).getByText(
        'Dee Díaz will no longer be able to join Harbor Kitchen with it. You can invite them again later.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(textsOf(pendingInvitations())).toHaveLength(2);

    await user.click(cancel);
    dialog = await screen.findByRole('dialog', { name: 'Cancel the invitation to Dee Díaz?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel invitation' }));

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('The invitation to Dee Díaz is cancelled.');
    expect(notice).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(textsOf(pendingInvitations())).toEqual([
      'eva@example.comAdminInvited by Bo Chen on March 5, 2026.',
    ]);
  });

  it('explains in the dialog an invitation answered meanwhile', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', asViewer('OWNER')),
        {
          request: {
            query: CancelOrganizationInvitationDocument,
            variables: { input: { invitationId: 'inv-eva' } },
          },
          result: {
            errors: [
              serverError('No such invitation', {
                code: 'NOT_FOUND',
                reason: 'INVITATION_NOT_FOUND',
                field: 'invitationId',
              }),
            ],
          },
        },
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Cancel the invitation to eva@example.com' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Cancel the invitation to eva@example.com?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel invitation' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This invitation is no longer open. It may have been answered or withdrawn.',
    );
  });

  it('speaks Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [cityMock('es', spanishCity), organizationMock('harbor-kitchen', asViewer('OWNER'))],
    });

    expect(await screen.findByRole('region', { name: 'Invitar a alguien' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Quitar a Bo Chen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Transferir la propiedad a Bo Chen' })).toBeVisible();
    expect(screen.getByText('Formas parte de esta organización como propietario.')).toBeVisible();
    expect(screen.getByRole('radio', { name: /^Administrador/ })).toBeVisible();
    expect(within(team('Personas')).getByRole('link', { name: 'Bo Chen' })).toBeVisible();
    const pending = screen.getByRole('region', { name: 'Invitaciones pendientes' });
    expect(
      within(pending).getByText(
        (_, node) =>
          node?.textContent === 'Invitación de Ana López del 3 de marzo de 2026.' &&
          node.tagName === 'P',
      ),
    ).toBeVisible();
    expect(
      within(pending).getByRole('button', { name: 'Cancelar la invitación a Dee Díaz' }),
    ).toBeVisible();
  });
});
