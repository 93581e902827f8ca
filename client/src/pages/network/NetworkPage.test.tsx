import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AcceptConnectionDocument,
  DeclineConnectionDocument,
  DismissSuggestionDocument,
  RemoveConnectionDocument,
  RequestConnectionDocument,
  WithdrawConnectionRequestDocument,
  type NetworkMemberFieldsFragment,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import {
  anaInLists,
  bo,
  connectionRequest,
  connectionsMock,
  cy,
  dee,
  eve,
  networkPageMocks,
  reason,
  suggestion,
  viewerConnection,
  waitingRequestsMock,
} from '../../test/networkFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

const fromBo = connectionRequest(
  'request-1',
  bo,
  anaInLists,
  'We met at the Roxbury mixer. Coffee?',
);
const toDee = connectionRequest('request-2', anaInLists, dee, 'Loved your talk.');

const eveSuggested = suggestion({ ...eve, mutualConnectionCount: 2 }, [
  reason('MUTUAL_CONNECTIONS', '2 mutual connections', { count: 2 }),
  reason('NEED_MATCHES_OFFER', 'You need funding; they offer it', { category: 'FUNDING' }),
  reason('OFFER_MATCHES_NEED', 'They need mentorship; you offer it', {
    category: 'MENTORSHIP',
  }),
  reason('SAME_SECTOR', 'Also in Health Care and Social Assistance', { sector: '62' }),
  reason('SAME_NEIGHBORHOOD', 'In your neighborhood', { neighborhood: 'roxbury' }),
  reason('SPOKE_AT_SAME_EVENT', 'You both spoke at Startup Week'),
]);

/** What a mutation that answers with the member says about them. */
function memberAnswer(
  member: NetworkMemberFieldsFragment,
  connection: ReturnType<typeof viewerConnection>,
  degree: number | null,
) {
  return {
    __typename: 'Member' as const,
    id: member.id,
    degree,
    mutualConnectionCount: member.mutualConnectionCount,
    viewerConnection: connection,
  };
}

function mutationMock(
  query: DocumentNode,
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query, variables: { input } }, result };
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('NetworkPage (/network)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/network', mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows invitations, sent requests, people you may know and connections', async () => {
    renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({
          received: [fromBo],
          sent: [toDee],
          connections: [cy],
          suggestions: [eveSuggested],
        }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'My network' })).toBeVisible();

    const invitation = await within(section('Invitations')).findByRole('article', {
      name: 'Bo Chen',
    });
    expect(within(invitation).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(invitation).toHaveTextContent('Connector for manufacturing');
    expect(invitation).toHaveTextContent('Sent on March 3, 2026 · 3 mutual connections');
    expect(within(invitation).getByText(/We met at the Roxbury mixer/)).toHaveTextContent(
      'Note from Bo Chen: We met at the Roxbury mixer. Coffee?',
    );
    expect(
      within(invitation).getByRole('button', { name: 'Accept the request from Bo Chen' }),
    ).toBeVisible();
    expect(
      within(invitation).getByRole('button', { name: 'Ignore the request from Bo Chen' }),
    ).toHaveTextContent('Ignore');
    expect(section('Invitations')).toHaveTextContent('nobody is told');

    const sent = section('Sent');
    expect(await within(sent).findByRole('link', { name: 'Dee Díaz' })).toHaveAttribute(
      'href',
      '/m/dee-diaz',
    );
    expect(sent).toHaveTextContent('Your note: Loved your talk.');
    expect(
      within(sent).getByRole('button', { name: 'Withdraw your request to Dee Díaz' }),
    ).toHaveTextContent('Withdraw');

    const card = await within(section('People you may know')).findByRole('article', {
      name: 'Eve Park',
    });
    expect(
      within(within(card).getByRole('list', { name: 'Why suggested' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2 mutual connections',
      'Offers what you need: Funding',
      'Needs what you offer: Mentorship',
      'Also in Health care',
      'Also in Roxbury',
      // A reason this client does not know yet: the server's own words.
      'You both spoke at Startup Week',
    ]);
    expect(within(card).getByRole('button', { name: 'Connect with Eve Park' })).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Not interested: Eve Park' })).toBeVisible();

    const connections = section('Your connections');
    expect(await within(connections).findByRole('link', { name: 'Cy Diaz' })).toHaveAttribute(
      'href',
      '/m/cy-diaz',
    );
    expect(
      within(connections).getByRole('button', { name: 'Remove Cy Diaz from your connections' }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when every section is empty', async () => {
    renderApp({
      path: '/network',
      session: viewer,
      mocks: [cityMock('en', englishCity), ...networkPageMocks()],
    });

    await screen.findByRole('heading', { level: 1, name: 'My network' });
    expect(
      await within(section('Invitations')).findByText('No invitations are waiting for you.'),
    ).toBeVisible();
    expect(
      await within(section('Sent')).findByText('You have no requests waiting for an answer.'),
    ).toBeVisible();
    expect(
      await within(section('People you may know')).findByText(/^No suggestions right now/),
    ).toBeVisible();
    expect(
      await within(section('Your connections')).findByText(/^No connections yet/),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('accepts an invitation, then lists the new connection', async () => {
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({ received: [fromBo] }),
        mutationMock(
          AcceptConnectionDocument,
          { requestId: 'request-1' },
          { data: { acceptConnection: memberAnswer(bo, viewerConnection('CONNECTED'), 1) } },
        ),
        ...networkPageMocks({ connections: [bo] }),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Accept the request from Bo Chen' }),
    );

    const notice = await within(section('Invitations')).findByRole('status');
    expect(notice).toHaveTextContent('You and Bo Chen are now connected.');
    expect(notice).toHaveFocus();
    expect(screen.queryByRole('article', { name: 'Bo Chen' })).not.toBeInTheDocument();
    expect(
      within(section('Invitations')).getByText('No invitations are waiting for you.'),
    ).toBeVisible();
    expect(
      within(section('Your connections')).getByRole('link', { name: 'Bo Chen' }),
    ).toBeVisible();
  });

  it('ignores an invitation without telling the sender', async () => {
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({ received: [fromBo] }),
        mutationMock(
          DeclineConnectionDocument,
          { requestId: 'request-1' },
          { data: { declineConnection: true } },
        ),
        ...networkPageMocks(),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Ignore the request from Bo Chen' }),
    );

    const notice = await within(section('Invitations')).findByRole('status');
    expect(notice).toHaveTextContent('Request ignored. Bo Chen is not told.');
    expect(notice).not.toHaveTextContent(/declin|reject/i);
    expect(screen.queryByRole('article', { name: 'Bo Chen' })).not.toBeInTheDocument();
  });

  it('explains a refusal on the invitation it concerns', async () => {
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({ received: [fromBo] }),
        mutationMock(
          AcceptConnectionDocument,
          { requestId: 'request-1' },
          {
            errors: [
              serverError('No such connection request waiting for you', {
                code: 'NOT_FOUND',
                reason: 'REQUEST_NOT_FOUND',
                field: 'requestId',
              }),
            ],
          },
        ),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Accept the request from Bo Chen' }),
    );

    expect(
      await within(screen.getByRole('article', { name: 'Bo Chen' })).findByRole('alert'),
    ).toHaveTextContent(
      'This request is no longer waiting. It may have been withdrawn or answered.',
    );
  });

  it('withdraws a sent request', async () => {
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({ sent: [toDee] }),
        mutationMock(
          WithdrawConnectionRequestDocument,
          { requestId: 'request-2' },
          { data: { withdrawConnectionRequest: memberAnswer(dee, viewerConnection(), 2) } },
        ),
        ...networkPageMocks(),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Withdraw your request to Dee Díaz' }),
    );

    const notice = await within(section('Sent')).findByRole('status');
    expect(notice).toHaveTextContent('Your request to Dee Díaz was withdrawn.');
    expect(notice).toHaveFocus();
    expect(within(section('Sent')).queryByRole('link', { name: 'Dee Díaz' })).toBeNull();
  });

  it('connects with someone suggested, with a note, and marks the request sent', async () => {
    const note = 'Both in Roxbury, want to talk funding?';
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({ suggestions: [eveSuggested] }),
        mutationMock(
          RequestConnectionDocument,
          { memberId: eve.id, note },
          {
            data: {
              requestConnection: memberAnswer(
                { ...eve, mutualConnectionCount: 2 },
                viewerConnection('REQUEST_SENT', { requestId: 'request-9', canRequest: false }),
                2,
              ),
            },
          },
        ),
        ...networkPageMocks({ suggestions: [eveSuggested] }).slice(0, 2),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Connect with Eve Park' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect with Eve Park' });
    expect(await axeViolations()).toEqual([]);
    await user.type(within(dialog).getByRole('textbox', { name: 'Add a note (optional)' }), note);
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    const suggestions = section('People you may know');
    expect(await within(suggestions).findByRole('status')).toHaveTextContent(
      'Request sent to Eve Park.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const card = within(suggestions).getByRole('article', { name: 'Eve Park' });
    expect(within(card).getByText('Request sent')).toBeVisible();
    expect(within(card).queryByRole('button', { name: 'Connect with Eve Park' })).toBeNull();
  });

  it('drops a suggestion the member is not interested in', async () => {
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks({
          suggestions: [
            eveSuggested,
            suggestion(cy, [reason('MUTUAL_CONNECTIONS', '', { count: 1 })]),
          ],
        }),
        mutationMock(
          DismissSuggestionDocument,
          { memberId: eve.id },
          { data: { dismissSuggestion: true } },
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Not interested: Eve Park' }));

    const suggestions = section('People you may know');
    expect(await within(suggestions).findByRole('status')).toHaveTextContent(
      "Eve Park won't be suggested to you again.",
    );
    expect(within(suggestions).queryByRole('article', { name: 'Eve Park' })).toBeNull();
    expect(within(suggestions).getByRole('article', { name: 'Cy Diaz' })).toHaveTextContent(
      '1 mutual connection',
    );
  });

  it('removes a connection after confirming, and loads more with the cursor', async () => {
    const { user } = renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        ...networkPageMocks().slice(0, 2),
        connectionsMock([cy], { endCursor: 'cursor-1', hasNextPage: true }),
        ...networkPageMocks().slice(3),
        connectionsMock([dee], { after: 'cursor-1', endCursor: 'cursor-2' }),
        mutationMock(
          RemoveConnectionDocument,
          { memberId: cy.id },
          { data: { removeConnection: memberAnswer(cy, viewerConnection(), 2) } },
        ),
        ...networkPageMocks({ connections: [dee] }),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'My network' });
    const connections = section('Your connections');
    await user.click(
      await within(connections).findByRole('button', { name: 'Load more connections' }),
    );
    expect(await within(connections).findByRole('link', { name: 'Dee Díaz' })).toBeVisible();
    expect(within(connections).getByRole('link', { name: 'Cy Diaz' })).toBeVisible();
    expect(within(connections).queryByRole('button', { name: 'Load more connections' })).toBeNull();

    await user.click(
      within(connections).getByRole('button', { name: 'Remove Cy Diaz from your connections' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove Cy Diaz from your connections?',
    });
    expect(dialog).toHaveTextContent('Cy Diaz is not told');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Remove connection' }));

    const notice = await within(connections).findByRole('status');
    expect(notice).toHaveTextContent('Cy Diaz is no longer one of your connections.');
    expect(within(connections).queryByRole('link', { name: 'Cy Diaz' })).toBeNull();
    expect(within(connections).getByRole('link', { name: 'Dee Díaz' })).toBeVisible();
  });

  it('is in the header for members, with how many invitations wait', async () => {
    const { user, router } = renderApp({
      session: viewer,
      mocks: [cityMock('en', englishCity), waitingRequestsMock(2), ...networkPageMocks()],
    });

    const link = await within(screen.getByRole('navigation', { name: 'Main' })).findByRole('link', {
      name: 'My network (invitations waiting: 2)',
    });
    expect(link).toHaveAttribute('href', '/network');

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'My network' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/network');
    expect(link).toHaveAttribute('aria-current', 'page');
  });

  it('writes the reasons in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/network',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        waitingRequestsMock(1),
        ...networkPageMocks({ received: [fromBo], suggestions: [eveSuggested] }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mi red' })).toBeVisible();
    const card = await within(section('Personas que quizá conozcas')).findByRole('article', {
      name: 'Eve Park',
    });
    expect(
      within(within(card).getByRole('list', { name: 'Por qué aparece aquí' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2 conexiones en común',
      'Ofrece lo que necesitas: Financiación',
      'Necesita lo que ofreces: Mentoría',
      'También en Atención médica',
      'También en Roxbury',
      'You both spoke at Startup Week',
    ]);
    expect(within(card).getByRole('button', { name: 'Conectar con Eve Park' })).toBeVisible();
    expect(within(card).getByRole('button', { name: 'No me interesa: Eve Park' })).toBeVisible();
    const invitation = within(section('Invitaciones')).getByRole('article', { name: 'Bo Chen' });
    expect(invitation).toHaveTextContent('Enviada el 3 de marzo de 2026 · 3 conexiones en común');
    expect(
      within(invitation).getByRole('button', { name: 'Ignorar la solicitud de Bo Chen' }),
    ).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'Mi red (invitaciones pendientes: 1)' }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });
});
