import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { NotificationsService } from '../src/modules/notifications/notifications.service.js';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/app.factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { allMail, TestSession, waitForMail, type DevMail } from './support/session.js';

const PASSWORD = 'notifications-passphrase';
/** With REDIS_URL set, live notifications go through Redis, and the WebSocket test uses two processes. */
const REDIS_URL = process.env.REDIS_URL;
const FIELDS = `id type subjectId path messageCount requestAnswer introductionId
  organizationName organizationSlug createdAt readAt actor { handle }`;
const LIST = `query ($first: Int, $after: String) {
  notifications(first: $first, after: $after) { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const MARK =
  'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }';
const SETTINGS = '{ notificationSettings { preferences { type channel } dailyDigest } }';
const UPDATE_SETTINGS = `mutation ($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) { preferences { type channel } dailyDigest } }`;
const REQUEST = `mutation ($id: ID!) { requestConnection(input: { memberId: $id }) { id } }`;
const ACCEPT = 'mutation ($id: ID!) { acceptConnection(input: { requestId: $id }) { id } }';
const DECLINE = 'mutation ($id: ID!) { declineConnection(input: { requestId: $id }) }';
const PROPOSE = `mutation ($a: ID!, $b: ID!) {
  proposeIntroduction(input: { memberAId: $a, memberBId: $b, note: "You should meet." }) { id } }`;
const ANSWER = `mutation ($id: ID!, $accept: Boolean!) {
  answerIntroduction(input: { introductionId: $id, accept: $accept }) { status } }`;

interface Person {
  handle: string;
  id: string;
  email: string;
  session: TestSession;
}

interface Note {
  id: string;
  type: string;
  subjectId: string | null;
  path: string;
  messageCount: number | null;
  requestAnswer: string | null;
  introductionId: string | null;
  organizationName: string | null;
  organizationSlug: string | null;
  createdAt: string;
  readAt: string | null;
  actor: { handle: string } | null;
}

type Page = {
  notifications: { nodes: Note[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

describe('notifications', () => {
  let app: TestApp;
  let db: DataSource;
  let service: NotificationsService;
  const clients: Client[] = [];

  async function person(handle: string, options: { roles?: string[]; locale?: string } = {}) {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: {
          email,
          handle,
          displayName: handle,
          password: PASSWORD,
          locale: options.locale ?? 'en',
        },
      },
    );
    const id = response.data!.signUp.viewer.id;
    if (options.roles) {
      await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, options.roles]);
    }
    return { handle, id, email, session } satisfies Person;
  }

  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function notes(who: Person, first = 50): Promise<Note[]> {
    const response = await who.session.call<Page>(LIST, { first });
    expect(response.errors).toBeUndefined();
    return response.data!.notifications.nodes;
  }

  async function unread(who: Person): Promise<number> {
    const response = await who.session.call<{ unreadNotificationCount: number }>(
      '{ unreadNotificationCount }',
    );
    return response.data!.unreadNotificationCount;
  }

  async function requestConnection(from: Person, to: Person): Promise<string> {
    const response = await from.session.call(REQUEST, { id: to.id });
    expect(response.errors).toBeUndefined();
    const [row] = await db.query<{ id: string }[]>(
      `SELECT id FROM connection_request WHERE sender_id = $1 AND recipient_id = $2
       ORDER BY created_at DESC LIMIT 1`,
      [from.id, to.id],
    );
    return row.id;
  }

  /** Every mail queued for a member, oldest first (the dev outbox lists only the latest 100). */
  function mailTo(who: Person): Promise<Pick<DevMail, 'id' | 'subject' | 'text'>[]> {
    return db.query(
      'SELECT id, subject, text FROM mail_outbox WHERE recipient = $1 ORDER BY created_at, id',
      [who.email],
    );
  }

  /** Messages in a conversation, through the service the messages module calls. */
  async function messages(conversationId: string, senderId: string, recipientIds: string[]) {
    const added = await db.transaction((manager) =>
      service.messageReceived(manager, conversationId, recipientIds, senderId),
    );
    await service.publish(added);
    return added;
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000', ...(REDIS_URL ? { REDIS_URL } : {}) });
    db = app.app.get(DataSource);
    service = app.app.get(NotificationsService);
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await app?.close();
  });

  it('tells the recipient of a request and the sender of an acceptance, and nobody of a decline', async () => {
    const ana = await person('note-ana');
    const ben = await person('note-ben');
    const requestId = await requestConnection(ana, ben);

    const [requested] = await notes(ben);
    expect(requested).toMatchObject({
      type: 'CONNECTION_REQUESTED',
      actor: { handle: 'note-ana' },
      subjectId: requestId,
      path: '/network',
      readAt: null,
    });
    expect(await unread(ben)).toBe(1);
    expect(await notes(ana)).toEqual([]);
    // IN_APP by default: no mail beyond the sign-up confirmation.
    expect(
      (await allMail(app)).filter((mail) => mail.recipient === ben.email).map((m) => m.subject),
    ).toEqual(['Confirm your email for GrowHere']);

    await ben.session.call(ACCEPT, { id: requestId });
    expect(await notes(ana)).toMatchObject([
      { type: 'CONNECTION_ACCEPTED', actor: { handle: 'note-ben' }, subjectId: requestId },
    ]);

    // A decline is private: the sender hears nothing.
    const cara = await person('note-cara');
    const dan = await person('note-dan');
    const declined = await requestConnection(cara, dan);
    expect((await dan.session.call(DECLINE, { id: declined })).errors).toBeUndefined();
    expect(await notes(cara)).toEqual([]);
    expect((await notes(dan)).map((n) => n.type)).toEqual(['CONNECTION_REQUESTED']);

    // A withdrawn request takes its notification with it.
    const eve = await person('note-eve');
    const withdrawn = await requestConnection(eve, cara);
    expect(await unread(cara)).toBe(1);
    await eve.session.call(
      'mutation ($id: ID!) { withdrawConnectionRequest(input: { requestId: $id }) { id } }',
      { id: withdrawn },
    );
    expect(await notes(cara)).toEqual([]);

    // Asking someone who had asked first connects at once: they hear it was accepted.
    const gil = await person('note-gil');
    const hal = await person('note-hal');
    const first = await requestConnection(gil, hal);
    await hal.session.call(REQUEST, { id: gil.id });
    expect(await notes(gil)).toMatchObject([
      { type: 'CONNECTION_ACCEPTED', actor: { handle: 'note-hal' }, subjectId: first },
    ]);
    expect((await notes(hal)).map((n) => n.type)).toEqual(['CONNECTION_REQUESTED']);
  });

  it('tells both sides of a proposal (by mail), all three of a completion, and nobody of a decline', async () => {
    const carla = await person('note-carla', { roles: ['MEMBER', 'CONNECTOR'] });
    const femi = await person('note-femi');
    const priya = await person('note-priya', { locale: 'es' });
    const proposed = await carla.session.call<{ proposeIntroduction: { id: string } }>(PROPOSE, {
      a: femi.id,
      b: priya.id,
    });
    const introductionId = proposed.data!.proposeIntroduction.id;
    for (const side of [femi, priya]) {
      expect(await notes(side)).toMatchObject([
        {
          type: 'INTRODUCTION_PROPOSED',
          actor: { handle: 'note-carla' },
          subjectId: introductionId,
          path: '/introductions',
        },
      ]);
    }
    // EMAIL by default, in each member's language, linking to the page.
    const english = await waitForMail(
      app,
      (mail) => mail.recipient === femi.email && mail.subject !== 'Confirm your email for GrowHere',
    );
    expect(english.subject).toBe('note-carla proposed an introduction for you');
    expect(english.text).toContain(`${app.config.linkBaseUrl}/introductions`);
    const spanish = await waitForMail(
      app,
      (mail) => mail.recipient === priya.email && mail.subject.includes('presentación'),
    );
    expect(spanish.subject).toBe('note-carla propuso una presentación para ti');
    expect(spanish.text).toContain('Hola note-priya');

    await femi.session.call(ANSWER, { id: introductionId, accept: true });
    // One acceptance is not news to anyone.
    expect(await unread(carla)).toBe(0);
    const done = await priya.session.call<{ answerIntroduction: { status: string } }>(ANSWER, {
      id: introductionId,
      accept: true,
    });
    expect(done.data!.answerIntroduction.status).toBe('COMPLETED');
    const completed = (who: Person) =>
      notes(who).then((list) => list.filter((n) => n.type === 'INTRODUCTION_COMPLETED'));
    expect(await completed(femi)).toMatchObject([
      { actor: { handle: 'note-priya' }, subjectId: introductionId },
    ]);
    expect(await completed(priya)).toMatchObject([{ actor: { handle: 'note-femi' } }]);
    expect(await completed(carla)).toMatchObject([{ actor: { handle: 'note-priya' } }]);

    // A declined introduction: the introducer and the other side hear nothing of it.
    const gus = await person('note-gus');
    const ada = await person('note-ada');
    const bo = await person('note-bo');
    await connect(gus, ada);
    await connect(gus, bo);
    const other = await gus.session.call<{ proposeIntroduction: { id: string } }>(PROPOSE, {
      a: ada.id,
      b: bo.id,
    });
    const otherId = other.data!.proposeIntroduction.id;
    await ada.session.call(ANSWER, { id: otherId, accept: true });
    await bo.session.call(ANSWER, { id: otherId, accept: false });
    expect(await notes(gus)).toEqual([]);
    expect((await notes(ada)).map((n) => n.type)).toEqual(['INTRODUCTION_PROPOSED']);
  });

  it('tells the introducer of a request, and the requester of the answer', async () => {
    const asker = await person('note-asker');
    const broker = await person('note-broker');
    const target = await person('note-target');
    const other = await person('note-other');
    await connect(asker, broker);
    await connect(broker, target);
    await connect(broker, other);
    const REQUEST_INTRO = `mutation ($introducer: ID!, $target: ID!) {
      requestIntroduction(input: { introducerId: $introducer, targetId: $target, reason: "Hiring" }) { id } }`;
    const asked = await asker.session.call<{ requestIntroduction: { id: string } }>(REQUEST_INTRO, {
      introducer: broker.id,
      target: target.id,
    });
    const requestId = asked.data!.requestIntroduction.id;
    expect(await notes(broker)).toMatchObject([
      { type: 'INTRODUCTION_REQUESTED', actor: { handle: 'note-asker' }, subjectId: requestId },
    ]);
    await waitForMail(
      app,
      (mail) =>
        mail.recipient === broker.email &&
        mail.subject === 'note-asker asked you for an introduction',
    );

    await broker.session.call(
      'mutation ($id: ID!) { forwardIntroductionRequest(input: { requestId: $id }) { id } }',
      { id: requestId },
    );
    const forwarded = await notes(asker);
    const introductionId = forwarded.find((n) => n.type === 'INTRODUCTION_PROPOSED')?.subjectId;
    expect(introductionId).toBeTruthy();
    expect(forwarded.find((n) => n.type === 'INTRODUCTION_REQUEST_ANSWERED')).toMatchObject({
      actor: { handle: 'note-broker' },
      subjectId: requestId,
      requestAnswer: 'FORWARDED',
      introductionId,
    });
    expect((await notes(target)).map((n) => n.type)).toEqual(['INTRODUCTION_PROPOSED']);

    const again = await asker.session.call<{ requestIntroduction: { id: string } }>(REQUEST_INTRO, {
      introducer: broker.id,
      target: other.id,
    });
    await broker.session.call(
      'mutation ($id: ID!) { declineIntroductionRequest(input: { requestId: $id, note: "Not now" }) { id } }',
      { id: again.data!.requestIntroduction.id },
    );
    expect((await notes(asker))[0]).toMatchObject({
      type: 'INTRODUCTION_REQUEST_ANSWERED',
      requestAnswer: 'DECLINED',
      introductionId: null,
    });
  });

  it('tells a member invited to an organization, by handle or by their own address', async () => {
    const owner = await person('note-org-owner');
    const byHandle = await person('note-org-handle');
    const byEmail = await person('note-org-email');
    await owner.session.call(
      'mutation { createOrganization(input: { name: "Note Bakery", slug: "note-bakery", type: SMALL_BUSINESS }) { id } }',
    );
    const { data } = await owner.session.call<{ organization: { id: string } }>(
      '{ organization(slug: "note-bakery") { id } }',
    );
    const INVITE =
      'mutation ($input: InviteToOrganizationInput!) { inviteToOrganization(input: $input) }';
    const organizationId = data!.organization.id;
    await owner.session.call(INVITE, { input: { organizationId, handle: byHandle.handle } });
    await owner.session.call(INVITE, { input: { organizationId, email: byEmail.email } });
    await owner.session.call(INVITE, {
      input: { organizationId, email: 'note-nobody@example.org' },
    });

    const [invitation] = await db.query<{ id: string }[]>(
      'SELECT id FROM organization_invitation WHERE email = $1',
      [byHandle.email],
    );
    expect(await notes(byHandle)).toMatchObject([
      {
        type: 'ORGANIZATION_INVITATION',
        actor: { handle: 'note-org-owner' },
        subjectId: invitation.id,
        path: '/invitations',
        organizationName: 'Note Bakery',
        organizationSlug: 'note-bakery',
      },
    ]);
    expect((await notes(byEmail)).map((n) => n.type)).toEqual(['ORGANIZATION_INVITATION']);
    for (const who of [byHandle, byEmail]) {
      const mail = await waitForMail(
        app,
        (m) => m.recipient === who.email && m.subject.includes('Note Bakery'),
      );
      expect(mail.subject).toBe('note-org-owner invited you to join Note Bakery');
      expect(mail.text).toContain(`${app.config.linkBaseUrl}/invitations`);
    }
    // Someone without an account still gets the invitation by mail.
    const outside = await waitForMail(app, (m) => m.recipient === 'note-nobody@example.org');
    expect(outside.subject).toBe('You are invited to join Note Bakery on GrowHere');
  });

  it('follows each member’s settings: OFF writes nothing, EMAIL mails in their language', async () => {
    const ivy = await person('note-ivy', { locale: 'es' });
    const jon = await person('note-jon');
    const settings = await ivy.session.call<{
      notificationSettings: {
        preferences: { type: string; channel: string }[];
        dailyDigest: boolean;
      };
    }>(SETTINGS);
    expect(settings.data!.notificationSettings).toEqual({
      dailyDigest: true,
      preferences: [
        { type: 'CONNECTION_REQUESTED', channel: 'IN_APP' },
        { type: 'CONNECTION_ACCEPTED', channel: 'IN_APP' },
        { type: 'INTRODUCTION_PROPOSED', channel: 'EMAIL' },
        { type: 'INTRODUCTION_COMPLETED', channel: 'IN_APP' },
        { type: 'INTRODUCTION_REQUESTED', channel: 'EMAIL' },
        { type: 'INTRODUCTION_REQUEST_ANSWERED', channel: 'IN_APP' },
        { type: 'ORGANIZATION_INVITATION', channel: 'EMAIL' },
        { type: 'MESSAGE_RECEIVED', channel: 'IN_APP' },
        { type: 'OPPORTUNITY_INTEREST', channel: 'EMAIL' },
        { type: 'MATCH_DIGEST', channel: 'OFF' },
        { type: 'OPPORTUNITY_REVIEWED', channel: 'EMAIL' },
        { type: 'ORGANIZATION_VERIFICATION_DECIDED', channel: 'EMAIL' },
        { type: 'CONNECTOR_APPLICATION_DECIDED', channel: 'EMAIL' },
      ],
    });

    const updated = await jon.session.call<{
      updateNotificationSettings: { preferences: { type: string; channel: string }[] };
    }>(UPDATE_SETTINGS, {
      input: { preferences: [{ type: 'CONNECTION_REQUESTED', channel: 'OFF' }] },
    });
    expect(updated.data!.updateNotificationSettings.preferences[0]).toEqual({
      type: 'CONNECTION_REQUESTED',
      channel: 'OFF',
    });
    const requestId = await requestConnection(ivy, jon);
    expect(await notes(jon)).toEqual([]);
    const [{ count }] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM notification WHERE member_id = $1',
      [jon.id],
    );
    expect(count).toBe(0);

    await ivy.session.call(UPDATE_SETTINGS, {
      input: { preferences: [{ type: 'CONNECTION_ACCEPTED', channel: 'EMAIL' }] },
    });
    await jon.session.call(ACCEPT, { id: requestId });
    expect((await notes(ivy)).map((n) => n.type)).toEqual(['CONNECTION_ACCEPTED']);
    const mail = await waitForMail(
      app,
      (m) => m.recipient === ivy.email && m.subject === 'note-jon aceptó tu solicitud de conexión',
    );
    expect(mail.text).toContain(`${app.config.linkBaseUrl}/network`);
    expect(mail.text).toContain(`${app.config.linkBaseUrl}/account`);

    const repeated = await ivy.session.call(UPDATE_SETTINGS, {
      input: {
        preferences: [
          { type: 'MESSAGE_RECEIVED', channel: 'OFF' },
          { type: 'MESSAGE_RECEIVED', channel: 'EMAIL' },
        ],
      },
    });
    expect(repeated.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TYPE_REPEATED',
      field: 'preferences',
    });
    const digestOff = await ivy.session.call<{
      updateNotificationSettings: { dailyDigest: boolean };
    }>(UPDATE_SETTINGS, { input: { dailyDigest: false } });
    expect(digestOff.data!.updateNotificationSettings.dailyDigest).toBe(false);
    // The earlier choice stays.
    const kept = await ivy.session.call<{
      notificationSettings: { preferences: { type: string; channel: string }[] };
    }>(SETTINGS);
    expect(kept.data!.notificationSettings.preferences).toContainEqual({
      type: 'CONNECTION_ACCEPTED',
      channel: 'EMAIL',
    });
  });

  it('collapses unread messages of a conversation into one notification', async () => {
    const kim = await person('note-kim');
    const lee = await person('note-lee');
    const max = await person('note-max');
    const conversation = randomUUID();
    for (let i = 0; i < 3; i += 1) await messages(conversation, kim.id, [kim.id, lee.id]);
    const [one] = await notes(lee);
    expect(await notes(lee)).toHaveLength(1);
    expect(one).toMatchObject({
      type: 'MESSAGE_RECEIVED',
      subjectId: conversation,
      path: `/messages/${conversation}`,
      messageCount: 3,
      actor: { handle: 'note-kim' },
    });
    // The sender is never told of their own message.
    expect(await notes(kim)).toEqual([]);

    // Another participant writes: still one, with the latest sender and time.
    await messages(conversation, max.id, [kim.id, lee.id, max.id]);
    const [moved] = await notes(lee);
    expect(moved).toMatchObject({ id: one.id, messageCount: 4, actor: { handle: 'note-max' } });
    expect(moved.createdAt >= one.createdAt).toBe(true);
    expect(await notes(kim)).toMatchObject([{ messageCount: 1, actor: { handle: 'note-max' } }]);

    // Another conversation is another notification; once read, a new message starts afresh.
    const elsewhere = randomUUID();
    await messages(elsewhere, kim.id, [lee.id]);
    expect(await unread(lee)).toBe(2);
    await lee.session.call(MARK, { input: { ids: [one.id] } });
    await messages(conversation, kim.id, [lee.id]);
    const after = await notes(lee);
    expect(after.map((n) => [n.subjectId, n.messageCount, n.readAt === null])).toEqual([
      [conversation, 1, true],
      [elsewhere, 1, true],
      [conversation, 4, false],
    ]);

    // The messages module marks the conversation read when the member reads it.
    await db.transaction((manager) => service.markConversationRead(manager, lee.id, conversation));
    expect(await unread(lee)).toBe(1);

    // EMAIL for messages: one mail per unread run, not one per message.
    await lee.session.call(UPDATE_SETTINGS, {
      input: { preferences: [{ type: 'MESSAGE_RECEIVED', channel: 'EMAIL' }] },
    });
    const third = randomUUID();
    for (let i = 0; i < 3; i += 1) await messages(third, kim.id, [lee.id]);
    const mails = (await mailTo(lee)).filter((m) => m.subject === 'note-kim sent you a message');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`${app.config.linkBaseUrl}/messages/${third}`);
    // OFF: nothing at all.
    await lee.session.call(UPDATE_SETTINGS, {
      input: { preferences: [{ type: 'MESSAGE_RECEIVED', channel: 'OFF' }] },
    });
    expect(await messages(randomUUID(), kim.id, [lee.id])).toEqual([]);
  });

  it('counts and marks only the owner’s notifications, pages newest first, and hides blocked actors', async () => {
    const owner = await person('note-owner');
    const senders: Person[] = [];
    for (const handle of ['note-s1', 'note-s2', 'note-s3', 'note-s4']) {
      senders.push(await person(handle));
    }
    for (const sender of senders) await requestConnection(sender, owner);
    expect(await unread(owner)).toBe(4);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<Page> = await owner.session.call<Page>(LIST, {
        first: 3,
        after,
      });
      seen.push(...page.data!.notifications.nodes.map((n) => n.actor!.handle));
      if (!page.data!.notifications.pageInfo.hasNextPage) break;
      after = page.data!.notifications.pageInfo.endCursor;
    }
    expect(seen).toEqual(['note-s4', 'note-s3', 'note-s2', 'note-s1']);

    const list = await notes(owner);
    const stranger = senders[0];
    // Another member can neither see nor mark them.
    expect((await notes(stranger)).map((n) => n.id)).not.toContain(list[0].id);
    const foreign = await stranger.session.call(MARK, { input: { ids: [list[0].id] } });
    expect(foreign.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOTIFICATION_NOT_FOUND',
      field: 'ids',
    });
    expect(await unread(owner)).toBe(4);
    const badId = await owner.session.call(MARK, { input: { ids: ['not-an-id'] } });
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const anonymous = await app.graphql('{ unreadNotificationCount }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const marked = await owner.session.call<{ markNotificationsRead: number }>(MARK, {
      input: { ids: [list[0].id, list[1].id] },
    });
    expect(marked.data!.markNotificationsRead).toBe(2);
    const readNow = await notes(owner);
    expect(
      readNow
        .filter((n) => n.readAt !== null)
        .map((n) => n.id)
        .sort(),
    ).toEqual([list[0].id, list[1].id].sort());

    // A blocked member's notifications are left out of the list and the count.
    await owner.session.call('mutation ($id: ID!) { blockMember(input: { memberId: $id }) }', {
      id: senders[0].id,
    });
    expect((await notes(owner)).map((n) => n.actor!.handle)).toEqual([
      'note-s4',
      'note-s3',
      'note-s2',
    ]);
    expect(await unread(owner)).toBe(1);

    const all = await owner.session.call<{ markNotificationsRead: number }>(MARK, { input: {} });
    expect(all.data!.markNotificationsRead).toBe(0);
    expect(await unread(owner)).toBe(0);
  });

  it('sends a daily digest of what is unread and unmailed, grouped by type, newest first, once', async () => {
    const reader = await person('note-reader');
    const quiet = await person('note-quiet');
    const others: Person[] = [];
    for (const handle of ['note-d1', 'note-d2', 'note-d3']) others.push(await person(handle));
    await requestConnection(others[0], reader);
    await requestConnection(others[1], reader);
    const conversation = randomUUID();
    await messages(conversation, others[2].id, [reader.id]);
    await messages(conversation, others[2].id, [reader.id]);
    await requestConnection(others[2], reader);
    // Fix their times an hour apart, oldest first: d1's request, d2's, the messages, d3's request.
    await db.query(
      `UPDATE notification n SET created_at = now() - make_interval(hours => o.age)
       FROM (VALUES ($2::uuid, 'CONNECTION_REQUESTED', 5), ($3::uuid, 'CONNECTION_REQUESTED', 4),
                    ($4::uuid, 'MESSAGE_RECEIVED', 3), ($4::uuid, 'CONNECTION_REQUESTED', 2))
            AS o(actor, type, age)
       WHERE n.member_id = $1 AND n.actor_id = o.actor AND n.type = o.type`,
      [reader.id, others[0].id, others[1].id, others[2].id],
    );
    // One read already: it is not in the digest.
    await requestConnection(quiet, reader);
    await reader.session.call(MARK, { input: { ids: [(await notes(reader))[0].id] } });
    // A member who turned the digest off gets none.
    await quiet.session.call(UPDATE_SETTINGS, { input: { dailyDigest: false } });
    await requestConnection(others[0], quiet);

    // Someone whose only notification is minutes old: they may still see it in the app.
    const fresh = await person('note-fresh');
    await requestConnection(others[1], fresh);

    const digests = async (who: Person) =>
      (await mailTo(who)).filter((m) => m.subject.startsWith('GrowHere:'));
    const now = new Date();
    // Two processes sweeping at once send one digest.
    await Promise.all([service.sendDigests(now), service.sendDigests(now)]);
    expect(await digests(reader)).toHaveLength(1);
    const [digest] = await digests(reader);
    expect(digest.subject).toBe('GrowHere: 4 things you have not seen yet');
    const lines = digest.text
      .split('\n')
      .filter((line) => /^\S/.test(line) || line.startsWith('- '));
    expect(
      lines.slice(lines.indexOf('Connection requests'), lines.indexOf('Messages') + 2),
    ).toEqual([
      'Connection requests',
      `- note-d3 wants to connect with you: ${app.config.linkBaseUrl}/network`,
      `- note-d2 wants to connect with you: ${app.config.linkBaseUrl}/network`,
      `- note-d1 wants to connect with you: ${app.config.linkBaseUrl}/network`,
      'Messages',
      `- 2 new messages, the latest from note-d3: ${app.config.linkBaseUrl}/messages/${conversation}`,
    ]);
    expect(digest.text).not.toContain('note-quiet');
    expect(await digests(quiet)).toEqual([]);
    expect(await digests(fresh)).toEqual([]);
    await waitForMail(app, (m) => m.id === digest.id);
    // Idempotent: again the same day, or the next day with nothing new, sends nothing.
    await service.sendDigests(now);
    await service.sendDigests(new Date(now.getTime() + 25 * 60 * 60 * 1000));
    expect(await digests(reader)).toHaveLength(1);
    // By then the fresh one had its hour: it went out.
    expect((await digests(fresh)).map((m) => m.subject)).toEqual([
      'GrowHere: 1 thing you have not seen yet',
    ]);

    // Something new the next day makes the next digest, with only what is new.
    await messages(randomUUID(), others[1].id, [reader.id]);
    await db.query(
      "UPDATE notification SET created_at = now() - interval '2 hours' WHERE member_id = $1 AND mailed_at IS NULL",
      [reader.id],
    );
    await service.sendDigests(new Date(now.getTime() + 2 * 60 * 60 * 1000));
    expect(await digests(reader)).toHaveLength(1);
    await service.sendDigests(new Date(now.getTime() + 26 * 60 * 60 * 1000));
    expect(await digests(reader)).toHaveLength(2);
    const next = (await digests(reader))[1];
    expect(next.subject).toBe('GrowHere: 1 thing you have not seen yet');
    expect(next.text).toContain('- note-d2 sent you a message');
    expect(next.text).not.toContain('note-d1');
  });

  it('delivers notificationAdded live over a WebSocket to the recipient alone', async () => {
    // With Redis, subscribers connect to a second API process on the same database, and hear
    // of mutations made through the first.
    let second: NestExpressApplication | undefined;
    let wsBase = app.url;
    if (REDIS_URL) {
      second = await createApp(app.config, app.database.url);
      await second.listen(0, '127.0.0.1');
      wsBase = await second.getUrl();
    }
    try {
      await liveNotifications(wsBase);
    } finally {
      for (const client of clients.splice(0)) await client.dispose();
      await second?.close();
    }
  });

  async function liveNotifications(wsBase: string): Promise<void> {
    const nia = await person('note-nia');
    const oli = await person('note-oli');
    const pat = await person('note-pat');
    const SUBSCRIBE =
      'subscription { notificationAdded { id type subjectId messageCount actor { handle } } }';
    type Added = {
      notificationAdded: {
        type: string;
        subjectId: string;
        messageCount: number | null;
        actor: { handle: string };
      };
    };
    const toOli = subscribe<Added>(live(wsBase, oli), SUBSCRIBE);
    const toPat = subscribe<Added>(live(wsBase, pat), SUBSCRIBE);

    for (const params of [{}, { authorization: 'Bearer not-a-token' }]) {
      const refused = subscribe(live(wsBase, undefined, params), SUBSCRIBE);
      await refused.done;
      expect(
        refused.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code),
      ).toEqual(['UNAUTHENTICATED']);
    }

    // The subscription starts asynchronously: message until one arrives, so that it runs.
    const warmUp = randomUUID();
    await until(async () => {
      if (toOli.received.length === 0) await messages(warmUp, nia.id, [oli.id]);
      return toOli.received.length > 0;
    });
    expect(toOli.received[0].notificationAdded).toMatchObject({
      type: 'MESSAGE_RECEIVED',
      subjectId: warmUp,
      actor: { handle: 'note-nia' },
    });
    toOli.received.length = 0;

    const requestId = await requestConnection(nia, oli);
    await until(() =>
      toOli.received.some((r) => r.notificationAdded.type === 'CONNECTION_REQUESTED'),
    );
    expect(
      toOli.received.find((r) => r.notificationAdded.type === 'CONNECTION_REQUESTED')!
        .notificationAdded,
    ).toMatchObject({ subjectId: requestId, actor: { handle: 'note-nia' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toPat.received).toEqual([]);
  }

  /** A graphql-ws client over a real WebSocket, signed in as `who` (or with the given params). */
  function live(base: string, who?: Person, params: Record<string, unknown> = {}): Client {
    const client = createClient({
      url: `${base.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: who ? { authorization: `Bearer ${who.session.accessToken}` } : params,
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  function subscribe<T>(client: Client, query: string) {
    const received: T[] = [];
    const errors: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      client.subscribe<T>(
        { query },
        {
          next: (value) => {
            if (value.errors) errors.push(...value.errors);
            else if (value.data) received.push(value.data);
          },
          error: (error) => {
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

  async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});
