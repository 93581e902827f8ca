import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AcceptConnectionDocument,
  BlockMemberDocument,
  RemoveConnectionDocument,
  RequestConnectionDocument,
  WithdrawConnectionRequestDocument,
  type ConnectionState,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { boAsMember, memberMock } from '../../test/memberFixtures';
import {
  anaInLists,
  bo,
  cy,
  dee,
  eve,
  introductionPathMock,
  mutualConnectionsMock,
  networkPageMocks,
} from '../../test/networkFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

/** What Ana's profile of Bo asks for besides the profile: mutual connections, the path. */
const mutualMock = mutualConnectionsMock(bo.id, [cy, dee, eve]);
const pathMock = introductionPathMock(bo.id, [anaInLists, { ...cy, isConnector: true }, bo]);

/** What a mutation that answers with Bo says about where Ana now stands. */
function boAnswer(state: ConnectionState, degree: number | null, requestId: string | null = null) {
  return {
    __typename: 'Member' as const,
    id: bo.id,
    degree,
    mutualConnectionCount: 5,
    viewerConnection: {
      __typename: 'ViewerConnection' as const,
      state,
      requestId,
      canRequest: state === 'NONE',
      blocked: false,
    },
  };
}

function mutationMock(
  query: DocumentNode,
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query, variables: { input } }, result };
}

async function profileHeading() {
  return screen.findByRole('heading', { level: 1, name: 'Bo Chen' });
}

describe('MemberPage network (/m/:handle)', () => {
  it("shows the degree, the mutual connections and how you're connected", async () => {
    renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAsMember()),
        mutualMock,
        pathMock,
      ],
    });

    await profileHeading();
    expect(screen.getByText('2nd')).toBeVisible();
    expect(screen.getByText('2nd-degree connection')).toBeInTheDocument();

    const network = screen.getByRole('region', { name: "How you're connected" });
    const path = await within(network).findByRole('list', {
      name: 'The shortest way from you to Bo Chen:',
    });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual(['You', '→Cy DiazConnector', '→Bo Chen']);
    expect(within(path).getByRole('link', { name: 'Cy Diaz' })).toHaveAttribute(
      'href',
      '/m/cy-diaz',
    );
    expect(
      await within(network).findByText(/^5 mutual connections/, { selector: 'p' }),
    ).toHaveTextContent('5 mutual connections: Cy Diaz, Dee Díaz, Eve Park, and 2 more');
    expect(within(network).getByRole('link', { name: 'Dee Díaz' })).toHaveAttribute(
      'href',
      '/m/dee-diaz',
    );

    expect(screen.getByRole('button', { name: 'Connect' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'More actions for Bo Chen' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Edit profile' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('counts the note, refuses one too long, and shows the server refusing the request', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAsMember()),
        mutualMock,
        pathMock,
        mutationMock(
          RequestConnectionDocument,
          { memberId: bo.id, note: 'Hello' },
          {
            errors: [
              serverError('This member is not accepting connection requests from you', {
                code: 'FORBIDDEN',
                reason: 'REQUESTS_NOT_ACCEPTED',
                field: 'memberId',
              }),
            ],
          },
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Connect' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect with Bo Chen' });
    const note = within(dialog).getByRole('textbox', { name: 'Add a note (optional)' });
    expect(note).toHaveFocus();
    expect(note).toHaveAccessibleDescription('300 of 300 characters left');
    expect(await axeViolations()).toEqual([]);

    await user.type(note, 'Hello');
    expect(note).toHaveAccessibleDescription('295 of 300 characters left');

    await user.paste('x'.repeat(300));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('5 characters too many: keep it to 300.')).toBeVisible();
    // Not sent: there is no answer for it, and the note keeps the focus.
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(note).toHaveFocus();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(note);
    await user.type(note, 'Hello');
    expect(note).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This member is not accepting connection requests from you.',
    );
    expect(screen.getByRole('dialog', { name: 'Connect with Bo Chen' })).toBeVisible();
  });

  it('sends a request without a note, then withdraws it', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAsMember()),
        mutualMock,
        pathMock,
        mutationMock(
          RequestConnectionDocument,
          { memberId: bo.id },
          { data: { requestConnection: boAnswer('REQUEST_SENT', 2, 'request-9') } },
        ),
        mutationMock(
          WithdrawConnectionRequestDocument,
          { requestId: 'request-9' },
          { data: { withdrawConnectionRequest: boAnswer('NONE', 2) } },
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Connect' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect with Bo Chen' });
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    const sent = await screen.findByRole('status');
    expect(sent).toHaveTextContent('Request sent to Bo Chen.');
    expect(sent).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Request sent')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Withdraw your request to Bo Chen' }));

    const withdrawn = await screen.findByRole('status');
    expect(withdrawn).toHaveTextContent('Your request to Bo Chen was withdrawn.');
    expect(withdrawn).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeVisible();
  });

  it('explains why there is no Connect button when Bo does not accept requests', async () => {
    renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAsMember({ canRequest: false })),
        mutualMock,
        pathMock,
      ],
    });

    await profileHeading();
    expect(screen.getByText('Not accepting connection requests')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'More actions for Bo Chen' })).toBeVisible();
  });

  it('accepts the request Bo sent, then shows him connected', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock(
          'bo-chen',
          boAsMember({ state: 'REQUEST_RECEIVED', requestId: 'request-1', canRequest: false }),
        ),
        mutualMock,
        pathMock,
        mutationMock(
          AcceptConnectionDocument,
          { requestId: 'request-1' },
          { data: { acceptConnection: boAnswer('CONNECTED', 1) } },
        ),
        // What only connections may see is read again.
        memberMock('bo-chen', boAsMember({ state: 'CONNECTED', canRequest: false }, 1)),
      ],
    });

    await profileHeading();
    expect(screen.getByText('Bo Chen asked to connect with you.')).toBeVisible();
    expect(screen.getByText(/nobody is told/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ignore the request from Bo Chen' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Accept the request from Bo Chen' }));

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('You and Bo Chen are now connected.');
    expect(notice).toHaveFocus();
    expect(screen.getByText('Connected')).toBeVisible();
    expect(screen.getByText('1st-degree connection')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove Bo Chen from your connections' }),
    ).toHaveTextContent('Remove connection');
    expect(screen.queryByRole('list', { name: /shortest way/ })).not.toBeInTheDocument();
  });

  it('removes the connection only after confirming', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAsMember({ state: 'CONNECTED', canRequest: false }, 1)),
        mutualMock,
        mutationMock(
          RemoveConnectionDocument,
          { memberId: bo.id },
          { data: { removeConnection: boAnswer('NONE', 2) } },
        ),
        memberMock('bo-chen', boAsMember()),
        // Two hops away again: the path is shown, and read.
        pathMock,
      ],
    });

    const remove = await screen.findByRole('button', {
      name: 'Remove Bo Chen from your connections',
    });
    await user.click(remove);
    let dialog = await screen.findByRole('dialog', {
      name: 'Remove Bo Chen from your connections?',
    });
    expect(dialog).toHaveTextContent('Bo Chen is not told');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeVisible();

    await user.click(remove);
    dialog = await screen.findByRole('dialog', { name: 'Remove Bo Chen from your connections?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove connection' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Bo Chen is no longer one of your connections.',
    );
    expect(screen.getByRole('button', { name: 'Connect' })).toBeVisible();
    expect(
      await screen.findByRole('list', { name: 'The shortest way from you to Bo Chen:' }),
    ).toBeVisible();
  });

  it('blocks after a confirmation that says nobody is told, then goes to the network page', async () => {
    const { user, router } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAsMember({ state: 'CONNECTED', canRequest: false }, 1)),
        mutualMock,
        mutationMock(BlockMemberDocument, { memberId: bo.id }, { data: { blockMember: true } }),
        ...networkPageMocks(),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'More actions for Bo Chen' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Block…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Block Bo Chen?' });
    expect(dialog).toHaveTextContent(/the connection ends/);
    expect(dialog).toHaveTextContent('Nobody is told, Bo Chen included.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Block' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My network' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/network');
    const notice = screen
      .getAllByRole('status')
      .find((status) => status.textContent?.includes('You blocked'));
    expect(notice).toHaveTextContent('You blocked Bo Chen. Nobody was told.');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(within(notice!).getByRole('link', { name: 'account settings' })).toHaveAttribute(
      'href',
      '/account',
    );
  });

  it('speaks Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        memberMock('bo-chen', boAsMember()),
        mutualMock,
        pathMock,
      ],
    });

    await profileHeading();
    expect(screen.getByText('2.º')).toBeVisible();
    expect(screen.getByText('Conexión de 2.º grado')).toBeInTheDocument();
    const network = screen.getByRole('region', { name: 'Cómo están conectados' });
    // The count shows first; the names follow when mutual connections load.
    await waitFor(() =>
      expect(
        within(network).getByText(/^5 conexiones en común/, { selector: 'p' }),
      ).toHaveTextContent('5 conexiones en común: Cy Diaz, Dee Díaz, Eve Park y 2 más'),
    );
    expect(
      await within(network).findByRole('list', {
        name: 'El camino más corto desde ti hasta Bo Chen:',
      }),
    ).toHaveTextContent('Tú');
    expect(screen.getByRole('button', { name: 'Conectar' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Más acciones para Bo Chen' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });
});
