import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'connections-passphrase';

const REQUEST =
  'mutation ($id: ID!, $note: String) { requestConnection(input: { memberId: $id, note: $note }) { id viewerConnection { state requestId canRequest } } }';
const ACCEPT =
  'mutation ($id: ID!) { acceptConnection(input: { requestId: $id }) { handle degree viewerConnection { state } } }';
const DECLINE = 'mutation ($id: ID!) { declineConnection(input: { requestId: $id }) }';
const WITHDRAW =
  'mutation ($id: ID!) { withdrawConnectionRequest(input: { requestId: $id }) { viewerConnection { state } } }';
const REMOVE = 'mutation ($id: ID!) { removeConnection(input: { memberId: $id }) { degree } }';
const BLOCK = 'mutation ($id: ID!) { blockMember(input: { memberId: $id }) }';
const UNBLOCK = 'mutation ($id: ID!) { unblockMember(input: { memberId: $id }) }';
const REQUESTS = `query ($direction: RequestDirection) { connectionRequests(direction: $direction) {
  nodes { id note sender { handle } recipient { handle } } } }`;
const PROFILE = `query ($handle: String!) { member(handle: $handle) { handle phone degree mutualConnectionCount
  viewerConnection { state requestId canRequest blocked } } }`;

interface Person {
  handle: string;
  id: string;
  session: TestSession;
}

describe('connections', () => {
  let app: TestApp;
  let db: DataSource;

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

  /** Connects two members directly in the database, for graph-shaped set-ups. */
  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function errorOf(who: Person, query: string, variables: Record<string, unknown>) {
    const response = await who.session.call(query, variables);
    return response.errors?.[0]?.extensions;
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  it('requests, accepts, and then shows CONNECTIONS-only fields to the new connection alone', async () => {
    const ana = await person('conn-ana');
    const bo = await person('conn-bo');
    const cy = await person('conn-cy');
    await ana.session.call(
      'mutation { updateProfile(input: { phone: "+1 617 555 0101", visibility: { phone: CONNECTIONS } }) { id } }',
    );

    const sent = await bo.session.call<{
      requestConnection: { viewerConnection: { state: string; requestId: string } };
    }>(REQUEST, { id: ana.id, note: '  We met at the food fair  ' });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.requestConnection.viewerConnection.state).toBe('REQUEST_SENT');
    const requestId = sent.data!.requestConnection.viewerConnection.requestId;

    const received = await ana.session.call<{
      connectionRequests: { nodes: { id: string; note: string; sender: { handle: string } }[] };
    }>(REQUESTS, { direction: 'RECEIVED' });
    expect(received.data!.connectionRequests.nodes).toEqual([
      {
        id: requestId,
        note: 'We met at the food fair',
        sender: { handle: 'conn-bo' },
        recipient: { handle: 'conn-ana' },
      },
    ]);
    const asAna = await ana.session.call<{ member: Record<string, unknown> }>(PROFILE, {
      handle: 'conn-bo',
    });
    expect(asAna.data!.member.viewerConnection).toEqual({
      state: 'REQUEST_RECEIVED',
      requestId,
      canRequest: false,
      blocked: false,
    });
    // Only the recipient may accept.
    expect(await errorOf(cy, ACCEPT, { id: requestId })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'requestId',
    });

    const accepted = await ana.session.call(ACCEPT, { id: requestId });
    expect(accepted.data).toEqual({
      acceptConnection: { handle: 'conn-bo', degree: 1, viewerConnection: { state: 'CONNECTED' } },
    });
    const asBo = await bo.session.call<{ member: Record<string, unknown> }>(PROFILE, {
      handle: 'conn-ana',
    });
    expect(asBo.data!.member).toMatchObject({ phone: '+1 617 555 0101', degree: 1 });
    const asCy = await cy.session.call<{ member: Record<string, unknown> }>(PROFILE, {
      handle: 'conn-ana',
    });
    expect(asCy.data!.member).toMatchObject({
      phone: null,
      degree: null,
      mutualConnectionCount: 0,
    });
    const asAnonymous = await app.graphql<{ member: Record<string, unknown> }>(PROFILE, {
      handle: 'conn-ana',
    });
    expect(asAnonymous.data!.member).toMatchObject({
      phone: null,
      degree: null,
      viewerConnection: null,
    });

    // Ended by either side, without telling the other: the field is hidden again.
    expect((await bo.session.call(REMOVE, { id: ana.id })).data).toEqual({
      removeConnection: { degree: null },
    });
    const after = await bo.session.call<{ member: Record<string, unknown> }>(PROFILE, {
      handle: 'conn-ana',
    });
    expect(after.data!.member.phone).toBeNull();
  });

  it('refuses bad requests with clear errors and writes nothing', async () => {
    const dee = await person('conn-dee');
    const eve = await person('conn-eve');
    expect(await errorOf(dee, REQUEST, { id: dee.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CANNOT_CONNECT_TO_SELF',
      field: 'memberId',
    });
    expect(await errorOf(dee, REQUEST, { id: eve.id, note: 'x'.repeat(301) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(await errorOf(dee, REQUEST, { id: 'not-an-id' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberId',
    });
    expect(
      await errorOf(dee, REQUEST, { id: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    const [{ count }] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM connection_request WHERE sender_id = $1',
      [dee.id],
    );
    expect(count).toBe(0);

    expect((await dee.session.call(REQUEST, { id: eve.id })).errors).toBeUndefined();
    expect(await errorOf(dee, REQUEST, { id: eve.id })).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUEST_PENDING',
    });
    // Eve asking back connects them at once: both wanted it.
    const back = await eve.session.call<{
      requestConnection: { viewerConnection: { state: string } };
    }>(REQUEST, { id: dee.id });
    expect(back.data!.requestConnection.viewerConnection.state).toBe('CONNECTED');
    expect(await errorOf(dee, REQUEST, { id: eve.id })).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_CONNECTED',
    });
  });

  it('does not tell the sender of a decline; the sender may withdraw', async () => {
    const fay = await person('conn-fay');
    const gus = await person('conn-gus');
    const sent = await fay.session.call<{
      requestConnection: { viewerConnection: { requestId: string } };
    }>(REQUEST, { id: gus.id });
    const requestId = sent.data!.requestConnection.viewerConnection.requestId;
    expect((await gus.session.call(DECLINE, { id: requestId })).data).toEqual({
      declineConnection: true,
    });

    const asFay = await fay.session.call<{ member: { viewerConnection: { state: string } } }>(
      PROFILE,
      { handle: 'conn-gus' },
    );
    expect(asFay.data!.member.viewerConnection.state).toBe('REQUEST_SENT');
    const sentList = await fay.session.call<{ connectionRequests: { nodes: unknown[] } }>(
      REQUESTS,
      { direction: 'SENT' },
    );
    expect(sentList.data!.connectionRequests.nodes).toHaveLength(1);
    const receivedList = await gus.session.call<{ connectionRequests: { nodes: unknown[] } }>(
      REQUESTS,
      { direction: 'RECEIVED' },
    );
    expect(receivedList.data!.connectionRequests.nodes).toHaveLength(0);

    expect((await fay.session.call(WITHDRAW, { id: requestId })).data).toEqual({
      withdrawConnectionRequest: { viewerConnection: { state: 'NONE' } },
    });
    expect(await errorOf(fay, WITHDRAW, { id: requestId })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it("respects the recipient's privacy setting, and a block reads like it", async () => {
    const hal = await person('conn-hal');
    const ivy = await person('conn-ivy');
    const jon = await person('conn-jon');
    const kai = await person('conn-kai');
    await ivy.session.call(
      'mutation { updateProfile(input: { privacy: { connectionRequests: NOBODY } }) { id } }',
    );
    const notAccepting = { code: 'FORBIDDEN', reason: 'REQUESTS_NOT_ACCEPTED', field: 'memberId' };
    expect(await errorOf(hal, REQUEST, { id: ivy.id })).toEqual(
      expect.objectContaining(notAccepting),
    );

    await jon.session.call(
      'mutation { updateProfile(input: { privacy: { connectionRequests: SECOND_DEGREE } }) { id } }',
    );
    const asHal = await hal.session.call<{ member: { viewerConnection: { canRequest: boolean } } }>(
      PROFILE,
      { handle: 'conn-jon' },
    );
    expect(asHal.data!.member.viewerConnection.canRequest).toBe(false);
    expect(await errorOf(hal, REQUEST, { id: jon.id })).toMatchObject(notAccepting);
    await connect(hal, kai);
    await connect(kai, jon);
    const sharing = await hal.session.call<{
      member: { viewerConnection: { canRequest: boolean } };
    }>(PROFILE, { handle: 'conn-jon' });
    expect(sharing.data!.member.viewerConnection.canRequest).toBe(true);
    expect((await hal.session.call(REQUEST, { id: jon.id })).errors).toBeUndefined();

    // Kai blocks Hal: Hal's request is refused exactly as a privacy setting would refuse it,
    // Kai's profile is gone for Hal, and their connection ended.
    expect((await kai.session.call(BLOCK, { id: hal.id })).data).toEqual({ blockMember: true });
    expect(await errorOf(hal, REQUEST, { id: kai.id })).toEqual(
      expect.objectContaining(notAccepting),
    );
    const hidden = await hal.session.call<{ member: unknown }>(PROFILE, { handle: 'conn-kai' });
    expect(hidden.data!.member).toBeNull();
    const [{ count }] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM connection WHERE member_id = $1 AND other_id = $2',
      [hal.id, kai.id],
    );
    expect(count).toBe(0);
    const asKai = await kai.session.call<{ member: unknown }>(PROFILE, { handle: 'conn-hal' });
    expect(asKai.data!.member).toBeNull();
    expect(await errorOf(kai, REQUEST, { id: hal.id })).toMatchObject({
      code: 'CONFLICT',
      reason: 'MEMBER_BLOCKED',
    });
    const blocked = await kai.session.call('{ blockedMembers { handle } }');
    expect(blocked.data).toEqual({ blockedMembers: [{ handle: 'conn-hal' }] });
    expect((await kai.session.call(UNBLOCK, { id: hal.id })).data).toEqual({
      unblockMember: true,
    });
    expect(
      (await hal.session.call<{ member: unknown }>(PROFILE, { handle: 'conn-kai' })).data!.member,
    ).not.toBeNull();
  });

  it('lets a new account send 20 requests a day, then says to wait', async () => {
    const newcomer = await person('conn-newcomer');
    const ids: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO member (email, handle, display_name) VALUES ($1, $2, $3) RETURNING id`,
        [`target-${i}@example.org`, `conn-target-${i}`, `Target ${i}`],
      );
      ids.push(row.id);
    }
    for (const id of ids.slice(0, 20)) {
      expect((await newcomer.session.call(REQUEST, { id })).errors).toBeUndefined();
    }
    expect(await errorOf(newcomer, REQUEST, { id: ids[20] })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DAILY_LIMIT_REACHED',
      activity: 'connectionRequests',
      limit: 20,
    });
  });

  it('computes degrees, mutual connections, suggestions with reasons, and introduction paths', async () => {
    // me — a — b — c — d, with a connector x beside a (me — x — b too), and e far away.
    const me = await person('graph-me');
    const a = await person('graph-a');
    const x = await person('graph-x', ['MEMBER', 'CONNECTOR']);
    const b = await person('graph-b');
    const c = await person('graph-c');
    const d = await person('graph-d');
    const e = await person('graph-e');
    for (const [p, q] of [
      [me, a],
      [me, x],
      [a, b],
      [x, b],
      [b, c],
      [c, d],
    ] as const) {
      await connect(p, q);
    }
    await me.session.call(
      'mutation { updateProfile(input: { sectors: ["72"], needs: [{ category: FUNDING, text: "A loan" }] }) { id } }',
    );
    await b.session.call(
      'mutation { updateProfile(input: { sectors: ["72"], offers: [{ category: FUNDING, text: "Microloans" }] }) { id } }',
    );

    const degrees: Record<string, number | null> = {};
    for (const who of [a, b, c, d, e]) {
      const response = await me.session.call<{ member: { degree: number | null } }>(PROFILE, {
        handle: who.handle,
      });
      degrees[who.handle] = response.data!.member.degree;
    }
    expect(degrees).toEqual({
      'graph-a': 1,
      'graph-b': 2,
      'graph-c': 3,
      'graph-d': null,
      'graph-e': null,
    });

    const mutual = await me.session.call<{ mutualConnections: { handle: string }[] }>(
      'query ($id: ID!) { mutualConnections(memberId: $id) { handle } }',
      { id: b.id },
    );
    // The connector first.
    expect(mutual.data!.mutualConnections.map((m) => m.handle)).toEqual(['graph-x', 'graph-a']);

    const suggestions = await me.session.call<{
      peopleYouMayKnow: {
        member: { handle: string };
        mutualConnectionCount: number;
        reasons: { code: string; text: string }[];
      }[];
    }>(
      '{ peopleYouMayKnow(first: 5) { member { handle } mutualConnectionCount reasons { code text } } }',
    );
    expect(suggestions.data!.peopleYouMayKnow).toEqual([
      {
        member: { handle: 'graph-b' },
        mutualConnectionCount: 2,
        reasons: [
          { code: 'MUTUAL_CONNECTIONS', text: '2 mutual connections' },
          { code: 'NEED_MATCHES_OFFER', text: 'You need funding; they offer it' },
          { code: 'SAME_SECTOR', text: 'Also in Accommodation and Food Services' },
        ],
      },
    ]);

    const PATH =
      'query ($id: ID!) { introductionPath(memberId: $id) { degree members { handle } } }';
    const toC = await me.session.call<{
      introductionPath: { degree: number; members: { handle: string }[] };
    }>(PATH, { id: c.id });
    // Through the connector x rather than a.
    expect(toC.data!.introductionPath).toEqual({
      degree: 3,
      members: [
        { handle: 'graph-me' },
        { handle: 'graph-x' },
        { handle: 'graph-b' },
        { handle: 'graph-c' },
      ],
    });
    const toB = await me.session.call<{ introductionPath: { members: { handle: string }[] } }>(
      PATH,
      { id: b.id },
    );
    expect(toB.data!.introductionPath.members.map((m) => m.handle)).toEqual([
      'graph-me',
      'graph-x',
      'graph-b',
    ]);
    expect((await me.session.call(PATH, { id: d.id })).data).toEqual({ introductionPath: null });

    // Dismissed and blocked members are no longer suggested; a blocked connector is no path.
    await me.session.call('mutation ($id: ID!) { dismissSuggestion(input: { memberId: $id }) }', {
      id: b.id,
    });
    const afterDismiss = await me.session.call<{ peopleYouMayKnow: unknown[] }>(
      '{ peopleYouMayKnow { member { handle } } }',
    );
    expect(afterDismiss.data!.peopleYouMayKnow).toEqual([]);
    await me.session.call(BLOCK, { id: x.id });
    const viaA = await me.session.call<{ introductionPath: { members: { handle: string }[] } }>(
      PATH,
      { id: c.id },
    );
    expect(viaA.data!.introductionPath.members.map((m) => m.handle)).toEqual([
      'graph-me',
      'graph-a',
      'graph-b',
      'graph-c',
    ]);
  });

  it('suggests through the 100 most recent connections, and counts shown mutuals in full', async () => {
    const hub = await person('hub-viewer');
    // 110 connections, a day apart: the 10 oldest are beyond the 100 most recent.
    const ids = (
      await db.query<{ id: string }[]>(
        `INSERT INTO member (email, handle, display_name)
         SELECT 'hub-' || i || '@example.org', 'hub-friend-' || i, 'Friend ' || i
         FROM generate_series(1, 110) AS i ORDER BY i RETURNING id`,
      )
    ).map((row) => row.id);
    const [target, hidden] = (
      await db.query<{ id: string }[]>(
        `INSERT INTO member (email, handle, display_name)
         VALUES ('hub-target@example.org', 'hub-target', 'Target'),
                ('hub-hidden@example.org', 'hub-hidden', 'Hidden') RETURNING id`,
      )
    ).map((row) => row.id);
    const edges: [string, string, number][] = ids.map((id, i) => [hub.id, id, i]);
    // The target knows the 10 oldest connections and 2 recent ones; `hidden` only old ones.
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 109]) edges.push([target, ids[i], 0]);
    for (const i of [0, 1, 2]) edges.push([hidden, ids[i], 0]);
    for (const [a, b, day] of edges) {
      await db.query(
        `INSERT INTO connection (member_id, other_id, created_at)
         VALUES ($1, $2, now() - make_interval(days => 200 - $3)),
                ($2, $1, now() - make_interval(days => 200 - $3))`,
        [a, b, day],
      );
    }
    const suggestions = await hub.session.call<{
      peopleYouMayKnow: {
        member: { handle: string; mutualConnectionCount: number; degree: number };
        mutualConnectionCount: number;
        reasons: { code: string; text: string }[];
      }[];
    }>(
      `{ peopleYouMayKnow(first: 5) { member { handle mutualConnectionCount degree }
         mutualConnectionCount reasons { code text } } }`,
    );
    expect(suggestions.data!.peopleYouMayKnow).toEqual([
      {
        member: { handle: 'hub-target', mutualConnectionCount: 12, degree: 2 },
        mutualConnectionCount: 12,
        reasons: [{ code: 'MUTUAL_CONNECTIONS', text: '12 mutual connections' }],
      },
    ]);
  });
});
