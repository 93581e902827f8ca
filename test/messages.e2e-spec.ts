import { createClient, type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'messages-passphrase';
const SEND = `mutation ($input: SendMessageInput!) {
  sendMessage(input: $input) { id conversationId body isOwn sender { handle } } }`;
const CONVERSATIONS = `{ conversations { nodes { id kind unreadCount canSend
  others { handle } lastMessage { body isOwn } } } }`;

interface Person {
  handle: string;
  id: string;
  session: TestSession;
}

type Sent = { sendMessage: { id: string; conversationId: string; body: string } };

describe('messages', () => {
  let app: TestApp;
  let db: DataSource;
  const clients: Client[] = [];

  async function person(handle: string, roles?: string[]): Promise<Person> {
    const session = new TestSession(app);
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: { email: `${handle}@example.org`, handle, displayName: handle, password: PASSWORD },
      },
    );
    const id = response.data!.signUp.viewer.id;
    if (roles) await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
    return { handle, id, session };
  }

  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  /** A graphql-ws client over a real WebSocket, signed in as `who` (or anonymous). */
  function live(who?: Person): Client {
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: who ? { authorization: `Bearer ${who.session.accessToken}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  /** Collects what a subscription delivers; `ready` resolves once the server has it running. */
  function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
    const received: T[] = [];
    const errors: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      client.subscribe<T>(
        { query, variables },
        {
          next: (value) => {
            if (value.errors) errors.push(...value.errors);
            else if (value.data) received.push(value.data);
          },
          error: (error) => {
            // Errors before the subscription starts arrive as a list of GraphQL errors.
            if (Array.isArray(error)) errors.push(...(error as unknown[]));
            else errors.push(error);
            resolve();
          },
          complete: resolve,
        },
      );
    });
    return { received, errors, done };
  }

  async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await app?.close();
  });

  it('lets connections write, counts unread, pages back through history, and marks read', async () => {
    const ana = await person('msg-ana');
    const bo = await person('msg-bo');
    await connect(ana, bo);

    const first = await ana.session.call<Sent>(SEND, {
      input: { recipientId: bo.id, body: '  Hello Bo!  ' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendMessage).toMatchObject({ body: 'Hello Bo!', isOwn: true });
    const conversationId = first.data!.sendMessage.conversationId;
    // Writing to the member again lands in the same conversation.
    const second = await ana.session.call<Sent>(SEND, {
      input: { recipientId: bo.id, body: 'Are you free on Friday?' },
    });
    expect(second.data!.sendMessage.conversationId).toBe(conversationId);

    const asBo = await bo.session.call(CONVERSATIONS);
    expect(asBo.data).toEqual({
      conversations: {
        nodes: [
          {
            id: conversationId,
            kind: 'DIRECT',
            unreadCount: 2,
            canSend: true,
            others: [{ handle: 'msg-ana' }],
            lastMessage: { body: 'Are you free on Friday?', isOwn: false },
          },
        ],
      },
    });
    expect((await bo.session.call('{ unreadMessageCount }')).data).toEqual({
      unreadMessageCount: 2,
    });

    for (let i = 0; i < 5; i += 1) {
      await bo.session.call(SEND, { input: { conversationId, body: `Reply ${i}` } });
    }
    const PAGE = `query ($id: ID!, $before: String) {
      messages(conversationId: $id, first: 3, before: $before) { nodes { body } pageInfo { hasNextPage endCursor } } }`;
    const bodies: string[] = [];
    let before: string | null = null;
    type Page = {
      messages: {
        nodes: { body: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    for (;;) {
      const page: GraphQLResponse<Page> = await ana.session.call<Page>(PAGE, {
        id: conversationId,
        before,
      });
      bodies.push(...page.data!.messages.nodes.map((n) => n.body));
      if (!page.data!.messages.pageInfo.hasNextPage) break;
      before = page.data!.messages.pageInfo.endCursor;
    }
    expect(bodies).toEqual([
      'Reply 4',
      'Reply 3',
      'Reply 2',
      'Reply 1',
      'Reply 0',
      'Are you free on Friday?',
      'Hello Bo!',
    ]);

    const read = await bo.session.call(
      'mutation ($id: ID!) { markConversationRead(input: { conversationId: $id }) { unreadCount } }',
      { id: conversationId },
    );
    expect(read.data).toEqual({ markConversationRead: { unreadCount: 0 } });

    // Outsiders see nothing of it, and cannot write to it.
    const eve = await person('msg-eve');
    const peek = await eve.session.call(PAGE, { id: conversationId });
    expect(peek.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'conversationId',
    });
    const intrude = await eve.session.call(SEND, { input: { conversationId, body: 'Hi' } });
    expect(intrude.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("follows the recipient's message setting, refuses blocked members alike, and checks input", async () => {
    const cy = await person('msg-cy');
    const dee = await person('msg-dee');
    const eli = await person('msg-eli');
    const refused = { code: 'FORBIDDEN', reason: 'MESSAGING_NOT_ALLOWED', field: 'recipientId' };

    // Default: second degree only. A stranger may not write; a friend of a friend may.
    const stranger = await cy.session.call(SEND, { input: { recipientId: dee.id, body: 'Hi' } });
    expect(stranger.errors?.[0].extensions).toMatchObject(refused);
    await connect(cy, eli);
    await connect(eli, dee);
    expect(
      (await cy.session.call(SEND, { input: { recipientId: dee.id, body: 'Eli said hi' } })).errors,
    ).toBeUndefined();

    await dee.session.call(
      'mutation { updateProfile(input: { privacy: { messages: NOBODY } }) { id } }',
    );
    const nobody = await cy.session.call(SEND, { input: { recipientId: dee.id, body: 'Again' } });
    expect(nobody.errors?.[0].extensions).toMatchObject(refused);

    // Connected, then blocked: refused with the same words, and the conversation says so.
    await connect(cy, dee);
    expect(
      (
        await cy.session.call(SEND, {
          input: { recipientId: dee.id, body: 'Now we are connected' },
        })
      ).errors,
    ).toBeUndefined();
    await dee.session.call('mutation ($id: ID!) { blockMember(input: { memberId: $id }) }', {
      id: cy.id,
    });
    const blocked = await cy.session.call(SEND, { input: { recipientId: dee.id, body: 'Hello?' } });
    expect(blocked.errors?.[0].extensions).toMatchObject(refused);

    const bad: [Record<string, unknown>, string][] = [
      [{ recipientId: eli.id, body: '   ' }, 'body'],
      [{ recipientId: eli.id, body: 'x'.repeat(5001) }, 'body'],
      [{ body: 'Nowhere' }, 'conversationId'],
      [{ recipientId: cy.id, body: 'Myself' }, 'recipientId'],
    ];
    for (const [input, field] of bad) {
      const response = await cy.session.call(SEND, { input });
      expect(`${field}: ${String(response.errors?.[0].extensions?.field)}`).toBe(
        `${field}: ${field}`,
      );
    }
  });

  it('opens a conversation of three when an introduction completes, with the note first', async () => {
    const carla = await person('msg-carla', ['MEMBER', 'CONNECTOR']);
    const femi = await person('msg-femi');
    const priya = await person('msg-priya');
    const proposed = await carla.session.call<{ proposeIntroduction: { id: string } }>(
      'mutation ($a: ID!, $b: ID!) { proposeIntroduction(input: { memberAId: $a, memberBId: $b, note: "Kitchen space!" }) { id } }',
      { a: femi.id, b: priya.id },
    );
    const id = proposed.data!.proposeIntroduction.id;
    const ANSWER =
      'mutation ($id: ID!) { answerIntroduction(input: { introductionId: $id, accept: true }) { status } }';
    await femi.session.call(ANSWER, { id });
    await priya.session.call(ANSWER, { id });

    const asFemi = await femi.session.call<{
      conversations: {
        nodes: { kind: string; others: { handle: string }[]; lastMessage: { body: string } }[];
      };
    }>(CONVERSATIONS);
    const [conversation] = asFemi.data!.conversations.nodes;
    expect(conversation.kind).toBe('INTRODUCTION');
    expect(conversation.others.map((o) => o.handle).sort()).toEqual(['msg-carla', 'msg-priya']);
    expect(conversation.lastMessage.body).toBe('Kitchen space!');
  });

  it('delivers new messages live over a WebSocket to the participants alone', async () => {
    const gus = await person('msg-gus');
    const hal = await person('msg-hal');
    const ivy = await person('msg-ivy');
    await connect(gus, hal);

    const SUBSCRIBE = 'subscription { messageAdded { body isOwn sender { handle } } }';
    const toHal = subscribe<{ messageAdded: { body: string; isOwn: boolean } }>(
      live(hal),
      SUBSCRIBE,
    );
    const toIvy = subscribe<{ messageAdded: unknown }>(live(ivy), SUBSCRIBE);
    const anonymous = subscribe(live(), SUBSCRIBE);
    await anonymous.done;
    expect(
      anonymous.errors.map(
        (error) => (error as { extensions?: { code?: string } }).extensions?.code,
      ),
    ).toEqual(['UNAUTHENTICATED']);

    // Keep sending until the subscription (set up asynchronously) has seen one.
    let sent = 0;
    await until(() => {
      if (toHal.received.length === 0 && sent < 40) {
        sent += 1;
        void gus.session.call(SEND, { input: { recipientId: hal.id, body: `Live ${sent}` } });
      }
      return toHal.received.length > 0;
    });
    expect(toHal.received[0].messageAdded).toMatchObject({
      isOwn: false,
      sender: { handle: 'msg-gus' },
    });
    expect(toHal.received[0].messageAdded.body).toMatch(/^Live \d+$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toIvy.received).toEqual([]);
  });
});
