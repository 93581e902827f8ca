import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AcceptOrganizationInvitationDocument,
  DeclineOrganizationInvitationDocument,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { invitation, invitationsMock, memberSummary } from '../../test/organizationFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

const harbor = invitation('inv-1', 'Harbor Kitchen', {
  verified: true,
  role: 'ADMIN',
  invitedBy: memberSummary('member-9', 'bo-chen', 'Bo Chen'),
});
const roxbury = invitation('inv-2', 'Roxbury Makers');

function answerMock(
  query: typeof AcceptOrganizationInvitationDocument | typeof DeclineOrganizationInvitationDocument,
  invitationId: string,
  result: { data: Record<string, boolean> } | { errors: ReturnType<typeof serverError>[] },
) {
  return { request: { query, variables: { input: { invitationId } } }, result };
}

describe('InvitationsPage (/invitations)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/invitations', mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('lists each invitation with its organization, role, date and sender', async () => {
    renderApp({
      path: '/invitations',
      session: viewer,
      mocks: [cityMock('en', englishCity), invitationsMock([harbor, roxbury])],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
    const harborCard = await screen.findByRole('article', { name: 'Harbor Kitchen' });
    expect(within(harborCard).getByRole('link', { name: 'Harbor Kitchen' })).toHaveAttribute(
      'href',
      '/o/harbor-kitchen',
    );
    expect(within(harborCard).getByText('Verified')).toBeVisible();
    expect(
      within(harborCard).getByText('Invited on March 3, 2026 to join as admin.'),
    ).toBeVisible();
    expect(within(harborCard).getByText(/^Invited by/)).toHaveTextContent('Invited by Bo Chen.');
    expect(within(harborCard).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(
      within(harborCard).getByRole('button', {
        name: 'Accept the invitation from Harbor Kitchen',
      }),
    ).toBeVisible();
    const roxburyCard = screen.getByRole('article', { name: 'Roxbury Makers' });
    expect(within(roxburyCard).queryByText('Verified')).not.toBeInTheDocument();
    expect(within(roxburyCard).getByText(/to join as member\.$/)).toBeVisible();
    expect(within(roxburyCard).queryByText(/^Invited by/)).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('accepts, then links to the organization and takes it off the list', async () => {
    const { user } = renderApp({
      path: '/invitations',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        invitationsMock([harbor, roxbury]),
        answerMock(AcceptOrganizationInvitationDocument, 'inv-1', {
          data: { acceptOrganizationInvitation: true },
        }),
        { ...invitationsMock([roxbury]), maxUsageCount: 2 },
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Accept the invitation from Harbor Kitchen' }),
    );

    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('You joined Harbor Kitchen.');
    expect(outcome).toHaveFocus();
    expect(within(outcome).getByRole('link', { name: 'Go to Harbor Kitchen' })).toHaveAttribute(
      'href',
      '/o/harbor-kitchen',
    );
    expect(screen.queryByRole('article', { name: 'Harbor Kitchen' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Roxbury Makers' })).toBeVisible();
  });

  it('declines, and says when none are left', async () => {
    const { user } = renderApp({
      path: '/invitations',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        invitationsMock([roxbury]),
        answerMock(DeclineOrganizationInvitationDocument, 'inv-2', {
          data: { declineOrganizationInvitation: true },
        }),
        { ...invitationsMock([]), maxUsageCount: 2 },
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Decline the invitation from Roxbury Makers' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'You declined the invitation from Roxbury Makers.',
    );
    expect(screen.getByText('No invitations are waiting for you.')).toBeVisible();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('explains a refusal on the invitation it concerns', async () => {
    const { user } = renderApp({
      path: '/invitations',
      session: { ...viewer, emailVerified: false },
      mocks: [
        cityMock('en', englishCity),
        invitationsMock([harbor, roxbury]),
        answerMock(AcceptOrganizationInvitationDocument, 'inv-1', {
          errors: [
            serverError('Confirm your email address first, then accept the invitation', {
              code: 'FORBIDDEN',
              reason: 'EMAIL_NOT_VERIFIED',
            }),
          ],
        }),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Accept the invitation from Harbor Kitchen' }),
    );

    const harborCard = screen.getByRole('article', { name: 'Harbor Kitchen' });
    expect(await within(harborCard).findByRole('alert')).toHaveTextContent(
      'Confirm your email address first, then accept the invitation.',
    );
    expect(
      within(screen.getByRole('article', { name: 'Roxbury Makers' })).queryByRole('alert'),
    ).not.toBeInTheDocument();
  });

  it('is reached from the account menu, which counts what waits', async () => {
    const { user, router } = renderApp({
      session: viewer,
      mocks: [cityMock('en', englishCity), invitationsMock([harbor, roxbury])],
    });

    const header = screen.getByRole('banner');
    await user.click(
      await within(header).findByRole('button', {
        name: 'Ana López (invitations waiting: 2)',
      }),
    );
    const item = within(await screen.findByRole('menu')).getByRole('menuitem', {
      name: 'Invitations (waiting: 2)',
    });
    expect(item).toHaveAttribute('href', '/invitations');

    await user.click(item);
    expect(await screen.findByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/invitations');
  });

  it('speaks Spanish, with nothing waiting', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/invitations',
      session: viewer,
      mocks: [cityMock('es', spanishCity), invitationsMock([])],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Invitaciones' })).toBeVisible();
    expect(await screen.findByText('No tienes invitaciones pendientes.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ana López' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('writes the date and role in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/invitations',
      session: viewer,
      mocks: [cityMock('es', spanishCity), invitationsMock([harbor])],
    });

    expect(
      await screen.findByText('Invitación del 3 de marzo de 2026 para unirte como administrador.'),
    ).toBeVisible();
    expect(screen.getByText(/^Te invitó/)).toHaveTextContent('Te invitó Bo Chen.');
    expect(
      screen.getByRole('button', { name: 'Aceptar la invitación de Harbor Kitchen' }),
    ).toBeVisible();
  });
});
