import { setTimeout as sleep } from 'node:timers/promises';
import { jest } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { SpamSignals, type SpamSignal } from '../src/modules/standing/spam-signals.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { linkToken, TestSession, waitForMail } from './support/session.js';

/**
 * Standing and spam defense, with the city's real limits (the default city profile): staff
 * actions are moderation's, so the standing columns are set here directly with SQL.
 */
const PASSWORD = 'standing-test-passphrase';
const SIGN_UP = `mutation ($input: SignUpInput!) {
  signUp(input: $input) { accessToken viewer { id } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { accessToken } }`;
const REFRESH = 'mutation { refreshSession { accessToken } }';
const UNREAD = '{ unreadMessageCount }';
const VIEWER = '{ viewer { id } }';
const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId } }`;
const REQUEST_CONNECTION = `mutation ($id: ID!, $note: String) {
  requestConnection(input: { memberId: $id, note: $note }) { id } }`;
const PROPOSE = `mutation ($a: ID!, $b: ID!) {
  proposeIntroduction(input: { memberAId: $a, memberBId: $b, note: "You two should talk" }) { id } }`;
const REQUEST_INTRODUCTION = `mutation ($introducerId: ID!, $targetId: ID!) {
  requestIntroduction(input: { introducerId: $introducerId, targetId: $targetId, reason: "We work on the same thing" }) { id } }`;
const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { id status } }`;
const UPDATE_OPPORTUNITY = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { id } }`;
const PUBLISH_OPPORTUNITY = `mutation ($id: ID!) {
  publishOpportunity(input: { opportunityId: $id }) { id status } }`;
const EXPRESS_INTEREST = `mutation ($id: ID!, $message: String) {
  expressInterest(input: { opportunityId: $id, message: $message }) { id } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id } }`;
const UPDATE_ORGANIZATION = `mutation ($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { id } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { headline bio links { url } } }`;
const CANDIDATES = `query ($id: ID!) { candidatesForOpportunity(opportunityId: $id) { score } }`;

interface Person {
  id: string;
  handle: string;
  email: string;
  session: TestSession;
}

const extensionsOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

describe('standing and spam defense', () => {
  let app: TestApp;
  let db: DataSource;
  const clients: Client[] = [];
  const signals: SpamSignal[] = [];

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    db = app.app.get(DataSource);
    app.app.get(SpamSignals).subscribe((signal) => {
      signals.push(signal);
    });
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await app?.close();
  });

  /** A new, unverified member (as everyone is just after signing up). */
  async function person(handle: string): Promise<Person> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(SIGN_UP, {
      input: { email, handle, displayName: handle, password: PASSWORD },
    });
    expect(response.errors).toBeUndefined();
    return { id: response.data!.signUp.viewer.id, handle, email, session };
  }

  /** A member who verified their email and joined a month ago: no spam limits. */
  async function established(handle: string): Promise<Person> {
    const member = await person(handle);
    await age(member, 30, true);
    return member;
  }

  async function age(member: Person, days: number, verified: boolean): Promise<void> {
    await db.query(
      `UPDATE member SET created_at = now() - make_interval(days => $2),
         email_verified_at = CASE WHEN $3 THEN now() END WHERE id = $1`,
      [member.id, days, verified],
    );
  }

  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  }

  /** A graphql-ws client over a real WebSocket with the member's current access token. */
  function live(who: Person): Client {
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${who.session.accessToken}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  /** Starts a subscription and collects the errors it meets; `stop` ends it. */
  function subscribe(client: Client, query: string) {
    const errors: { extensions?: Record<string, unknown> }[] = [];
    let settle: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (settle = resolve));
    const stop = client.subscribe(
      { query },
      {
        next: (value) => {
          if (value.errors) errors.push(...value.errors);
        },
        error: (error) => {
          if (Array.isArray(error)) errors.push(...(error as typeof errors));
          else errors.push({ extensions: { code: String(error) } });
          settle();
        },
        complete: settle,
      },
    );
    return { errors, ended, stop };
  }

  async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting');
      await sleep(25);
    }
  }

  // ---------------------------------------------------------------- suspension

  describe('suspension', () => {
    it('refuses the access token a member already holds on the very next request, everywhere', async () => {
      const sam = await person('sus-sam');
      expect((await sam.session.call(UNREAD)).errors).toBeUndefined();
      await db.query(
        `UPDATE member SET suspended_at = now(), suspended_until = now() + interval '3 days',
           suspension_reason = 'Repeated spam' WHERE id = $1`,
        [sam.id],
      );

      const refused = await sam.session.call(UNREAD);
      expect(extensionsOf(refused)).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCOUNT_SUSPENDED',
      });
      expect(refused.errors![0].message).toMatch(
        /^Your account is suspended until \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Reason: Repeated spam$/,
      );
      const until = new Date(extensionsOf(refused)!.suspendedUntil as string).getTime();
      expect(until).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);

      // Mutations and each root field of a query are refused alike.
      const mutation = await sam.session.call(UPDATE_PROFILE, { input: { headline: 'Back!' } });
      expect(extensionsOf(mutation)).toMatchObject({ reason: 'ACCOUNT_SUSPENDED' });
      const twoFields = await sam.session.call('{ a: unreadMessageCount b: viewer { id } }');
      expect(twoFields.data).toBeNull();
      expect(new Set(twoFields.errors?.map((e) => e.extensions?.reason))).toEqual(
        new Set(['ACCOUNT_SUSPENDED']),
      );
      // Plain HTTP routes too.
      const http = await fetch(`${app.url}/api/profile/photo`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${sam.session.accessToken}` },
      });
      expect(http.status).toBe(403);
      expect(await http.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED' });

      // Public operations answer the token as anyone's.
      const anonymous = await sam.session.call<{ viewer: null }>(VIEWER);
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data!.viewer).toBeNull();
      expect(await count('member WHERE id = $1 AND headline = $2', [sam.id, 'Back!'])).toBe(0);
    });

    it('costs one read of the member per request, however many root fields it has', async () => {
      const ona = await person('once-ona');
      const query = jest.spyOn(db, 'query');
      try {
        const response = await ona.session.call(
          '{ a: unreadMessageCount b: unreadMessageCount viewer { id } }',
        );
        expect(response.errors).toBeUndefined();
        const reads = query.mock.calls.filter(
          ([sql]) => typeof sql === 'string' && /SELECT roles, suspended_until/.test(sql),
        );
        expect(reads).toHaveLength(1);
      } finally {
        query.mockRestore();
      }
    });

    it('refuses subscriptions over the WebSocket, on a connection opened before', async () => {
      const sue = await person('sus-sue');
      const query = 'subscription { notificationAdded { id } }';
      const client = live(sue);
      // Signed in and not suspended: it runs (no error, not ended, for a while).
      const before = subscribe(client, query);
      await sleep(1_000);
      expect(before.errors).toEqual([]);
      await db.query(`UPDATE member SET suspended_at = now() WHERE id = $1`, [sue.id]);
      // The same connection, the same token: the next subscription is refused.
      const after = subscribe(client, query);
      await Promise.race([after.ended, sleep(5_000)]);
      expect(after.errors.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED' }),
      ]);
      before.stop();
    });

    it('ends the live subscriptions a member holds open when staff suspend them', async () => {
      const tom = await person('sus-tom');
      const reporter = await established('sus-reporter');
      const staff = await established('sus-staff');
      await db.query(`UPDATE member SET roles = '{MEMBER,STAFF}' WHERE id = $1`, [staff.id]);
      await staff.session.call(SIGN_IN, { email: staff.email, password: PASSWORD });
      const client = live(tom);
      const notifications = subscribe(client, 'subscription { notificationAdded { id } }');
      const messages = subscribe(client, 'subscription { messageAdded { id } }');
      await sleep(500);
      const reported = await reporter.session.call(
        'mutation ($input: ReportContentInput!) { reportContent(input: $input) { id } }',
        { input: { targetType: 'MEMBER', targetId: tom.id, reason: 'SPAM' } },
      );
      expect(reported.errors).toBeUndefined();
      const [item] = await db.query<{ id: string }[]>(
        "SELECT id FROM moderation_case WHERE target_id = $1 AND status = 'OPEN'",
        [tom.id],
      );
      let ended = false;
      void Promise.all([notifications.ended, messages.ended]).then(() => (ended = true));
      await sleep(300);
      expect(ended).toBe(false);
      const suspended = await staff.session.call(
        'mutation ($input: ModerateCaseInput!) { moderateCase(input: $input) { id } }',
        { input: { caseId: item.id, action: 'SUSPEND', reason: 'Spam' } },
      );
      expect(suspended.errors).toBeUndefined();
      await until(() => ended);
      expect([...notifications.errors, ...messages.errors]).toEqual([]);
    });

    it('refuses sign-in and refresh; a password reset works but does not lift it', async () => {
      const ida = await person('sus-ida');
      await db.query(
        `UPDATE member SET suspended_at = now(), suspended_until = NULL WHERE id = $1`,
        [ida.id],
      );
      const signIn = await new TestSession(app).call(SIGN_IN, {
        email: ida.email,
        password: PASSWORD,
      });
      expect(extensionsOf(signIn)).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCOUNT_SUSPENDED',
        suspendedUntil: null,
      });
      expect(signIn.errors![0].message).toBe('Your account is suspended indefinitely.');
      expect(signIn.data).toBeNull();
      // Without the password, nothing about the account is told.
      const wrong = await new TestSession(app).call(SIGN_IN, {
        email: ida.email,
        password: 'not the password at all',
      });
      expect(extensionsOf(wrong)).toMatchObject({ reason: 'INVALID_CREDENTIALS' });

      const refresh = await ida.session.call(REFRESH, {}, { bearer: false });
      expect(extensionsOf(refresh)).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCOUNT_SUSPENDED',
      });

      await new TestSession(app).call(
        'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }',
        { email: ida.email },
      );
      const mail = await waitForMail(
        app,
        (m) => m.recipient === ida.email && /reset-password/.test(m.text),
      );
      const reset = await new TestSession(app).call(
        'mutation ($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }',
        { token: linkToken(mail), password: 'a brand new passphrase 77' },
      );
      expect(reset.data).toEqual({ resetPassword: true });
      const after = await new TestSession(app).call(SIGN_IN, {
        email: ida.email,
        password: 'a brand new passphrase 77',
      });
      expect(extensionsOf(after)).toMatchObject({ reason: 'ACCOUNT_SUSPENDED' });
      expect(await count('member WHERE id = $1 AND suspended_at IS NOT NULL', [ida.id])).toBe(1);
    });

    it('lets the member back in once the suspension has ended', async () => {
      const max = await person('sus-max');
      await db.query(
        `UPDATE member SET suspended_at = now(), suspended_until = now() + interval '1 hour' WHERE id = $1`,
        [max.id],
      );
      expect(extensionsOf(await max.session.call(UNREAD))).toMatchObject({
        reason: 'ACCOUNT_SUSPENDED',
      });
      await db.query(
        `UPDATE member SET suspended_until = now() - interval '1 minute' WHERE id = $1`,
        [max.id],
      );
      // The token held all along works again, as do refresh and sign-in.
      expect(await max.session.call(UNREAD)).toMatchObject({ data: { unreadMessageCount: 0 } });
      expect((await max.session.call(REFRESH, {}, { bearer: false })).errors).toBeUndefined();
      const signIn = await new TestSession(app).call(SIGN_IN, {
        email: max.email,
        password: PASSWORD,
      });
      expect(signIn.errors).toBeUndefined();
    });

    it('applies a change of roles at once, whatever the access token says', async () => {
      const poster = await established('roles-poster');
      const posted = await poster.session.call<{ createOpportunity: { id: string } }>(
        CREATE_OPPORTUNITY,
        { input: { kind: 'JOB', title: 'Baker, mornings', publish: true } },
      );
      const opportunityId = posted.data!.createOpportunity.id;
      const rae = await person('roles-rae');
      expect(extensionsOf(await rae.session.call(CANDIDATES, { id: opportunityId }))).toMatchObject(
        { code: 'FORBIDDEN' },
      );
      await db.query(`UPDATE member SET roles = '{MEMBER,STAFF}' WHERE id = $1`, [rae.id]);
      expect((await rae.session.call(CANDIDATES, { id: opportunityId })).errors).toBeUndefined();
      await db.query(`UPDATE member SET roles = '{MEMBER}' WHERE id = $1`, [rae.id]);
      expect(extensionsOf(await rae.session.call(CANDIDATES, { id: opportunityId }))).toMatchObject(
        { code: 'FORBIDDEN' },
      );
    });
  });

  // ---------------------------------------------------------------- restriction

  describe('restriction', () => {
    it('keeps a restricted member from posting and messaging, not from reading or their profile', async () => {
      const rex = await established('res-rex');
      const bo = await established('res-bo');
      const cy = await established('res-cy');
      const di = await established('res-di');
      await connect(rex, bo);
      await connect(rex, cy);
      await connect(bo, di);
      const fromBo = await bo.session.call<{ sendMessage: { conversationId: string } }>(SEND, {
        input: { recipientId: rex.id, body: 'Hello Rex' },
      });
      const conversationId = fromBo.data!.sendMessage.conversationId;
      const draft = await rex.session.call<{ createOpportunity: { id: string } }>(
        CREATE_OPPORTUNITY,
        { input: { kind: 'JOB', title: 'Written before the restriction' } },
      );
      const rexDraft = draft.data!.createOpportunity.id;
      const boPosted = await bo.session.call<{ createOpportunity: { id: string } }>(
        CREATE_OPPORTUNITY,
        { input: { kind: 'MENTORSHIP', title: 'Mentoring bakers', publish: true } },
      );
      const boOpportunity = boPosted.data!.createOpportunity.id;

      await db.query('UPDATE member SET restricted_at = now() WHERE id = $1', [rex.id]);

      const attempts: [string, string, Record<string, unknown>][] = [
        ['a new message', SEND, { input: { recipientId: cy.id, body: 'Buy now' } }],
        ['a reply', SEND, { input: { conversationId, body: 'Buy now' } }],
        ['a connection request with a note', REQUEST_CONNECTION, { id: di.id, note: 'Hi!' }],
        ['a connection request', REQUEST_CONNECTION, { id: di.id }],
        ['an introduction', PROPOSE, { a: bo.id, b: cy.id }],
        ['a request for one', REQUEST_INTRODUCTION, { introducerId: bo.id, targetId: di.id }],
        ['an opportunity', CREATE_OPPORTUNITY, { input: { kind: 'JOB', title: 'Spam' } }],
        ['an edit', UPDATE_OPPORTUNITY, { input: { opportunityId: rexDraft, title: 'Spam' } }],
        ['publishing', PUBLISH_OPPORTUNITY, { id: rexDraft }],
        ['interest with a message', EXPRESS_INTEREST, { id: boOpportunity, message: 'Buy now' }],
        [
          'an organization',
          CREATE_ORGANIZATION,
          { input: { slug: 'res-spam', name: 'Spam Inc', type: 'OTHER' } },
        ],
      ];
      for (const [what, query, variables] of attempts) {
        const response = await rex.session.call(query, variables);
        expect(`${what}: ${JSON.stringify(extensionsOf(response))}`).toBe(
          `${what}: ${JSON.stringify({
            code: 'FORBIDDEN',
            reason: 'ACCOUNT_RESTRICTED',
            message:
              'Your account is restricted: you cannot post or send messages. Contact the city staff if you think this is a mistake.',
          })}`,
        );
      }
      // Nothing of it was written.
      expect(await count('message WHERE sender_id = $1', [rex.id])).toBe(0);
      expect(await count('connection_request WHERE sender_id = $1', [rex.id])).toBe(0);
      expect(await count('introduction WHERE introducer_id = $1', [rex.id])).toBe(0);
      expect(await count('introduction_request WHERE requester_id = $1', [rex.id])).toBe(0);
      expect(await count('opportunity WHERE poster_id = $1', [rex.id])).toBe(1);
      expect(await count(`opportunity WHERE id = $1 AND status = 'DRAFT'`, [rexDraft])).toBe(1);
      expect(await count('organization WHERE slug = $1', ['res-spam'])).toBe(0);

      // Interest alone is an answer to what the poster asked for, not a message.
      expect((await rex.session.call(EXPRESS_INTEREST, { id: boOpportunity })).errors).toBe(
        undefined,
      );
      // Their profile stays theirs to edit, and they read as before.
      const profile = await rex.session.call(UPDATE_PROFILE, {
        input: { headline: 'Baker in Dorchester' },
      });
      expect(profile.data).toEqual({
        updateProfile: { headline: 'Baker in Dorchester', bio: '', links: [] },
      });
      const read = await rex.session.call<{ conversations: { nodes: unknown[] } }>(
        '{ conversations { nodes { id } } unreadMessageCount }',
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.conversations.nodes).toHaveLength(1);

      await db.query('UPDATE member SET restricted_at = NULL WHERE id = $1', [rex.id]);
      expect(
        (await rex.session.call(SEND, { input: { conversationId, body: 'Thanks Bo' } })).errors,
      ).toBeUndefined();
    });
  });

  // ---------------------------------------------------------------- daily limits

  describe('daily limits', () => {
    /** Rows as the activity leaves them, done by the member `hours` ago. */
    async function done(
      activity: 'messages' | 'connectionRequests' | 'opportunities' | 'introductions',
      member: Person,
      times: number,
      hours: number,
      other: { conversationId?: string; id?: string } = {},
    ): Promise<void> {
      const at = `now() - make_interval(hours => ${hours})`;
      const statements = {
        messages: [
          `INSERT INTO message (conversation_id, sender_id, body, created_at)
           SELECT $2, $1, 'earlier', ${at} FROM generate_series(1, $3)`,
          [member.id, other.conversationId, times],
        ],
        connectionRequests: [
          `INSERT INTO connection_request (sender_id, recipient_id, status, created_at)
           SELECT $1, $2, 'WITHDRAWN', ${at} FROM generate_series(1, $3)`,
          [member.id, other.id, times],
        ],
        opportunities: [
          `INSERT INTO opportunity (kind, title, poster_id, created_at)
           SELECT 'JOB', 'Earlier', $1, ${at} FROM generate_series(1, $2)`,
          [member.id, times],
        ],
        // Half proposed, half asked for: both count.
        introductions: [
          `WITH proposed AS (
             INSERT INTO introduction (introducer_id, member_a_id, member_b_id, note, status,
                                       expires_at, created_at)
             SELECT $1, $2, $2, 'earlier', 'DECLINED', now(), ${at}
             FROM generate_series(1, $3 / 2))
           INSERT INTO introduction_request (requester_id, introducer_id, target_id, reason,
                                             status, created_at)
           SELECT $1, $2, $2, 'earlier', 'DECLINED', ${at} FROM generate_series(1, $3 - $3 / 2)`,
          [member.id, other.id, times],
        ],
      } as const;
      const [sql, params] = statements[activity];
      await db.query(sql, [...params]);
    }

    it('count what a new member did in the last 24 hours, and refuse beyond the limit', async () => {
      const nia = await person('day-nia');
      const pal = await established('day-pal');
      await connect(nia, pal);
      const first = await nia.session.call<{ sendMessage: { conversationId: string } }>(SEND, {
        input: { recipientId: pal.id, body: 'Hello' },
      });
      const conversationId = first.data!.sendMessage.conversationId;
      // 48 more within the day (1 + 48 = 49 of 50), and more just outside it, which do not count.
      await done('messages', nia, 48, 23, { conversationId });
      await done('messages', nia, 30, 25, { conversationId });
      const message = { input: { conversationId, body: 'Fiftieth' } };
      expect((await nia.session.call(SEND, message)).errors).toBeUndefined();
      const refused = await nia.session.call(SEND, message);
      expect(extensionsOf(refused)).toEqual({
        code: 'FORBIDDEN',
        reason: 'DAILY_LIMIT_REACHED',
        activity: 'messages',
        limit: 50,
        message: 'New or unverified accounts may send 50 messages a day; please try again tomorrow',
      });
      expect(await count('message WHERE sender_id = $1', [nia.id])).toBe(80);
      // As the window moves on, room frees up.
      await db.query(
        `UPDATE message SET created_at = now() - interval '24 hours 1 minute'
         WHERE id IN (SELECT id FROM message WHERE sender_id = $1 AND body = 'earlier'
                      AND created_at > now() - interval '24 hours' LIMIT 1)`,
        [nia.id],
      );
      expect((await nia.session.call(SEND, message)).errors).toBeUndefined();
      expect(extensionsOf(await nia.session.call(SEND, message))).toMatchObject({
        reason: 'DAILY_LIMIT_REACHED',
      });
    });

    it('limit connection requests, opportunities and introductions as the city says', async () => {
      const ned = await person('day-ned');
      const target = await established('day-target');
      const [other1, other2, other3, other4] = await Promise.all(
        ['day-o1', 'day-o2', 'day-o3', 'day-o4'].map((handle) => established(handle)),
      );
      for (const other of [other1, other2, other3, other4]) await connect(ned, other);

      await done('connectionRequests', ned, 20, 12, { id: other1.id });
      expect(extensionsOf(await ned.session.call(REQUEST_CONNECTION, { id: target.id }))).toEqual(
        expect.objectContaining({ activity: 'connectionRequests', limit: 20 }),
      );

      await done('opportunities', ned, 2, 1);
      const opportunity = { input: { kind: 'EVENT', title: 'Open studio' } };
      expect((await ned.session.call(CREATE_OPPORTUNITY, opportunity)).errors).toBeUndefined();
      expect(extensionsOf(await ned.session.call(CREATE_OPPORTUNITY, opportunity))).toEqual(
        expect.objectContaining({
          reason: 'DAILY_LIMIT_REACHED',
          activity: 'opportunities',
          limit: 3,
        }),
      );

      await done('introductions', ned, 9, 20, { id: other1.id });
      expect((await ned.session.call(PROPOSE, { a: other1.id, b: other2.id })).errors).toBe(
        undefined,
      );
      expect(extensionsOf(await ned.session.call(PROPOSE, { a: other3.id, b: other4.id }))).toEqual(
        expect.objectContaining({ activity: 'introductions', limit: 10 }),
      );
      expect(
        extensionsOf(
          await ned.session.call(REQUEST_INTRODUCTION, {
            introducerId: other1.id,
            targetId: target.id,
          }),
        ),
      ).toEqual(expect.objectContaining({ activity: 'introductions', limit: 10 }));
    });

    it('apply to new accounts and to unverified ones, not to established members or connectors', async () => {
      const cases = [
        { handle: 'day-new-verified', days: 2, verified: true, limited: true },
        { handle: 'day-old-unverified', days: 60, verified: false, limited: true },
        { handle: 'day-old-verified', days: 8, verified: true, limited: false },
      ];
      for (const { handle, days, verified, limited } of cases) {
        const member = await person(handle);
        await age(member, days, verified);
        await done('opportunities', member, 3, 2);
        const response = await member.session.call(CREATE_OPPORTUNITY, {
          input: { kind: 'JOB', title: 'One more' },
        });
        expect(`${handle}: ${extensionsOf(response)?.reason ?? 'allowed'}`).toBe(
          `${handle}: ${limited ? 'DAILY_LIMIT_REACHED' : 'allowed'}`,
        );
      }
      const connector = await person('day-connector');
      await db.query(`UPDATE member SET roles = '{MEMBER,CONNECTOR}' WHERE id = $1`, [
        connector.id,
      ]);
      await done('opportunities', connector, 3, 2);
      expect(
        (
          await connector.session.call(CREATE_OPPORTUNITY, {
            input: { kind: 'JOB', title: 'Staff-vetted' },
          })
        ).errors,
      ).toBeUndefined();
    });
  });

  // ---------------------------------------------------------------- links

  describe('links', () => {
    it('allow a new member two links in all of their profile, naming the field that adds more', async () => {
      const lin = await person('links-lin');
      const links = (n: number) =>
        Array.from({ length: n }, (_, i) => ({
          label: `Site ${i}`,
          url: `https://lin${i}.example`,
        }));
      const tooMany = await lin.session.call(UPDATE_PROFILE, { input: { links: links(3) } });
      expect(extensionsOf(tooMany)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_LINKS',
        field: 'links',
        limit: 2,
      });
      expect((await lin.session.call(UPDATE_PROFILE, { input: { links: links(2) } })).errors).toBe(
        undefined,
      );
      const inBio = await lin.session.call(UPDATE_PROFILE, {
        input: { headline: 'Maker', bio: 'My shop: www.cheap-stuff.example' },
      });
      expect(extensionsOf(inBio)).toMatchObject({ reason: 'TOO_MANY_LINKS', field: 'bio' });
      const inHeadline = await lin.session.call(UPDATE_PROFILE, {
        input: { headline: 'Deals at casino.xyz' },
      });
      expect(extensionsOf(inHeadline)).toMatchObject({
        reason: 'TOO_MANY_LINKS',
        field: 'headline',
      });
      // Nothing half-written: the refused edit changed nothing.
      expect(await count(`member WHERE id = $1 AND headline = ''`, [lin.id])).toBe(1);
      // E-mail addresses are not links.
      expect(
        (await lin.session.call(UPDATE_PROFILE, { input: { bio: 'Write to lin@example.com' } }))
          .errors,
      ).toBeUndefined();

      // An edit that adds no links passes, even over a limit the city lowered later.
      await db.query(
        `UPDATE member SET bio = 'https://a.example https://b.example https://c.example' WHERE id = $1`,
        [lin.id],
      );
      expect(
        (await lin.session.call(UPDATE_PROFILE, { input: { headline: 'Still me' } })).errors,
      ).toBeUndefined();
      expect(
        extensionsOf(
          await lin.session.call(UPDATE_PROFILE, { input: { headline: 'see https://d.example' } }),
        ),
      ).toMatchObject({ reason: 'TOO_MANY_LINKS', field: 'headline' });

      const old = await established('links-old');
      expect(
        (
          await old.session.call(UPDATE_PROFILE, {
            input: { links: links(5), bio: 'https://more.example' },
          })
        ).errors,
      ).toBeUndefined();
    });

    it('count an organization’s website and description, and an opportunity’s description', async () => {
      const ola = await person('links-ola');
      const description = 'Visit https://one.example and https://two.example';
      const organization = {
        slug: 'links-ola-co',
        name: 'Ola Co',
        type: 'CORPORATION',
        website: 'https://ola.example',
      };
      expect(
        extensionsOf(
          await ola.session.call(CREATE_ORGANIZATION, { input: { ...organization, description } }),
        ),
      ).toMatchObject({ reason: 'TOO_MANY_LINKS', field: 'description' });
      expect(await count('organization WHERE slug = $1', ['links-ola-co'])).toBe(0);
      const created = await ola.session.call<{ createOrganization: { id: string } }>(
        CREATE_ORGANIZATION,
        { input: { ...organization, description: 'Bakery. https://menu.example' } },
      );
      const organizationId = created.data!.createOrganization.id;
      expect(
        extensionsOf(
          await ola.session.call(UPDATE_ORGANIZATION, {
            input: { id: organizationId, description: 'https://x.example and y.com' },
          }),
        ),
      ).toMatchObject({ reason: 'TOO_MANY_LINKS', field: 'description' });

      const posted = await ola.session.call(CREATE_OPPORTUNITY, {
        input: { kind: 'JOB', title: 'Baker', description: `${description} or www.three.example` },
      });
      expect(extensionsOf(posted)).toMatchObject({
        reason: 'TOO_MANY_LINKS',
        field: 'description',
      });
      const fine = await ola.session.call<{ createOpportunity: { id: string } }>(
        CREATE_OPPORTUNITY,
        { input: { kind: 'JOB', title: 'Baker', description } },
      );
      expect(fine.errors).toBeUndefined();
      expect(
        extensionsOf(
          await ola.session.call(UPDATE_OPPORTUNITY, {
            input: {
              opportunityId: fine.data!.createOpportunity.id,
              description: `${description} [apply](https://three.example)`,
            },
          }),
        ),
      ).toMatchObject({ reason: 'TOO_MANY_LINKS', field: 'description' });
    });
  });

  // ---------------------------------------------------------------- sign-up

  describe('sign-up', () => {
    const input = (handle: string, extra: Record<string, unknown> = {}) => ({
      input: {
        email: `${handle}@example.org`,
        handle,
        displayName: handle,
        password: PASSWORD,
        ...extra,
      },
    });

    it('refuses a form whose hidden honeypot field was filled, writing nothing', async () => {
      const response = await new TestSession(app).call(
        SIGN_UP,
        input('bot-honey', { website: 'https://spam.example' }),
      );
      expect(extensionsOf(response)).toEqual({
        code: 'FORBIDDEN',
        reason: 'SPAM_SUSPECTED',
        message: 'We could not create your account. Please try again later.',
      });
      expect(await count(`member WHERE handle = 'bot-honey'`, [])).toBe(0);
      expect(await count(`mail_outbox WHERE recipient = 'bot-honey@example.org'`, [])).toBe(0);
      // Left empty (as browsers send it), it is nothing.
      expect(
        (await new TestSession(app).call(SIGN_UP, input('human-honey', { website: '' }))).errors,
      ).toBeUndefined();
    });

    it('refuses a form sent sooner than a person fills it, and a forged or garbled token', async () => {
      const visitor = new TestSession(app);
      const token = (await visitor.call<{ signUpFormToken: string }>('{ signUpFormToken }')).data!
        .signUpFormToken;
      expect(token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);

      const fast = await visitor.call(SIGN_UP, input('bot-fast', { formToken: token }));
      expect(extensionsOf(fast)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FORM_FILLED_TOO_FAST',
        field: 'formToken',
      });
      const [issuedAt, signature] = token.split('.');
      const backdated = `${(parseInt(issuedAt, 36) - 60_000).toString(36)}.${signature}`;
      for (const forged of [backdated, `${token}x`, 'garbled']) {
        const response = await visitor.call(SIGN_UP, input('bot-forged', { formToken: forged }));
        expect(extensionsOf(response)).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'FORM_TOKEN_INVALID',
          field: 'formToken',
        });
      }
      expect(await count(`member WHERE handle IN ('bot-fast', 'bot-forged')`, [])).toBe(0);

      await sleep(3_100);
      const human = await visitor.call(SIGN_UP, input('human-form', { formToken: token }));
      expect(human.errors).toBeUndefined();
    });
  });

  // ---------------------------------------------------------------- signals

  describe('spam signals', () => {
    const of = (memberId: string) => signals.filter((signal) => signal.memberId === memberId);

    it('tell the moderation queue of a burst from a new member, once a day', async () => {
      const bea = await person('burst-bea');
      const pal = await established('burst-pal');
      await connect(bea, pal);
      for (let i = 1; i <= 9; i += 1) {
        await bea.session.call(SEND, { input: { recipientId: pal.id, body: `Offer ${i}` } });
      }
      await sleep(300);
      expect(of(bea.id)).toEqual([]);
      await bea.session.call(SEND, { input: { recipientId: pal.id, body: 'Offer 10' } });
      await until(() => of(bea.id).length > 0);
      expect(of(bea.id)).toEqual([
        {
          memberId: bea.id,
          activity: 'messages',
          note: '10 messages within 60 seconds from a new or unverified account',
        },
      ]);
      for (let i = 11; i <= 13; i += 1) {
        await bea.session.call(SEND, { input: { recipientId: pal.id, body: `Offer ${i}` } });
      }
      await sleep(300);
      expect(of(bea.id)).toHaveLength(1);
      expect(await count('spam_signal WHERE member_id = $1', [bea.id])).toBe(1);
      // The signal waits in the staff queue as a case of its own source.
      await until(
        async () =>
          (await count(
            "moderation_case WHERE target_id = $1 AND source = 'SPAM_DEFENSE' AND status = 'OPEN'",
            [bea.id],
          )) === 1,
      );

      // An established member writing as fast is no signal.
      const kim = await established('burst-kim');
      await connect(kim, pal);
      for (let i = 1; i <= 12; i += 1) {
        await kim.session.call(SEND, { input: { recipientId: pal.id, body: `Note ${i}` } });
      }
      await sleep(300);
      expect(of(kim.id)).toEqual([]);
    });

    it('tell it of a daily limit reached, after the refused transaction, once', async () => {
      const lou = await person('limit-lou');
      await db.query(
        `INSERT INTO opportunity (kind, title, poster_id) SELECT 'JOB', 'Spam', $1
         FROM generate_series(1, 3)`,
        [lou.id],
      );
      const attempt = () =>
        lou.session.call(CREATE_OPPORTUNITY, { input: { kind: 'JOB', title: 'More spam' } });
      expect(extensionsOf(await attempt())).toMatchObject({ reason: 'DAILY_LIMIT_REACHED' });
      await until(() => of(lou.id).length > 0);
      expect(of(lou.id)).toEqual([
        {
          memberId: lou.id,
          activity: 'opportunities',
          note: 'Reached the daily limit of 3 opportunities for new or unverified accounts',
        },
      ]);
      expect(extensionsOf(await attempt())).toMatchObject({ reason: 'DAILY_LIMIT_REACHED' });
      await sleep(300);
      expect(of(lou.id)).toHaveLength(1);
      expect(await count('opportunity WHERE poster_id = $1', [lou.id])).toBe(3);
    });
  });
});
