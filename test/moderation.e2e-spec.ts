import { jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DEFAULT_CITY_FILE } from '../src/config/app-config.js';
import { ModerationDigestService } from '../src/modules/moderation/moderation-digest.service.js';
import { ModerationService } from '../src/modules/moderation/moderation.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { allMail, TestSession, waitForMail } from './support/session.js';

const PASSWORD = 'moderation-passphrase';
const REPORT = `mutation ($input: ReportContentInput!) {
  reportContent(input: $input) { id targetType targetId targetLabel reason note status createdAt resolvedAt } }`;
const MY_REPORTS = `query ($first: Int, $after: String) { myReports(first: $first, after: $after) {
  nodes { id targetId targetLabel status resolvedAt } pageInfo { hasNextPage endCursor } } }`;
const PERSON = `id displayName handle email joinedAt emailVerified hidden suspendedUntil
  suspendedIndefinitely restricted`;
const CASE = `id targetType targetId status source autoHidden hidden reasons reportCount openedAt
  lastReportedAt resolvedAt resolution flags { note flaggedAt }
  content { title body path createdAt exists }
  owner { ${PERSON} }
  ownerHistory { id occurredAt action reason actorName }
  ownerReportCount
  reports { id reason note createdAt reporterResolvedCount reporterUpheldCount reporter { ${PERSON} } }`;
const QUEUE = `query ($filter: ModerationQueueFilter, $first: Int, $after: String) {
  moderationQueue(filter: $filter, first: $first, after: $after) {
    nodes { ${CASE} } pageInfo { hasNextPage endCursor } totalCount } }`;
const ONE_CASE = `query ($id: ID!) { moderationCase(id: $id) { ${CASE} } }`;
const COUNTS = `{ moderationQueueCounts { open autoHidden opportunitiesInReview organizationsPendingVerification } }`;
const MODERATE = `mutation ($input: ModerateCaseInput!) { moderateCase(input: $input) { ${CASE} } }`;
const MODERATE_MANY = `mutation ($input: ModerateCasesInput!) { moderateCases(input: $input) { cases { id status resolution owner { id suspendedIndefinitely } } } }`;
const REFRESH = 'mutation { refreshSession { accessToken } }';
const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`;

interface Person {
  id: string;
  handle: string;
  email: string;
  session: TestSession;
}

interface Person$ {
  id: string;
  handle: string;
  hidden: boolean;
  suspendedUntil: string | null;
  suspendedIndefinitely: boolean;
  restricted: boolean;
}

interface Case {
  id: string;
  targetType: string;
  targetId: string;
  status: string;
  source: string;
  autoHidden: boolean;
  hidden: boolean;
  reasons: string[];
  reportCount: number;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
  flags: { note: string; flaggedAt: string }[];
  content: { title: string; body: string; path: string | null; exists: boolean };
  owner: Person$ | null;
  ownerHistory: { action: string; reason: string | null; actorName: string | null }[];
  ownerReportCount: number;
  reports: {
    reason: string;
    note: string;
    reporterResolvedCount: number;
    reporterUpheldCount: number;
    reporter: Person$;
  }[];
}

type Queue = {
  moderationQueue: {
    nodes: Case[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
};

const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

/** A city file with the given moderation settings, next to the default city. */
function cityWith(dir: string, moderation: Record<string, unknown>): string {
  const city = JSON.parse(fs.readFileSync(DEFAULT_CITY_FILE, 'utf8')) as Record<string, unknown>;
  const file = path.join(dir, 'city.json');
  fs.writeFileSync(file, JSON.stringify({ ...city, moderation }));
  return file;
}

function helpers(getApp: () => TestApp) {
  const db = () => getApp().app.get(DataSource);
  return {
    db,
    async person(handle: string, roles?: string[], locale?: string): Promise<Person> {
      const session = new TestSession(getApp());
      const email = `${handle}@example.org`;
      const response = await session.call<{ signUp: { viewer: { id: string } } }>(
        'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
        { input: { email, handle, displayName: `Name ${handle}`, password: PASSWORD } },
      );
      const id = response.data!.signUp.viewer.id;
      // Established, verified accounts: the limits on new ones are not what these tests are about.
      await db().query(
        "UPDATE member SET email_verified_at = now(), created_at = now() - interval '90 days' WHERE id = $1",
        [id],
      );
      if (roles) {
        await db().query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
        // Signed in again, so that the access token carries the roles too.
        await session.call(
          'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
          { input: { email, password: PASSWORD } },
        );
      }
      if (locale) await db().query('UPDATE member SET locale = $2 WHERE id = $1', [id, locale]);
      return { id, handle, email, session };
    },
    report(
      who: Person,
      targetType: string,
      targetId: string,
      reason = 'SPAM',
      note?: string,
    ): Promise<GraphQLResponse<{ reportContent: Record<string, unknown> }>> {
      return who.session.call(REPORT, { input: { targetType, targetId, reason, note } });
    },
    async caseOf(targetId: string): Promise<string> {
      const rows = await db().query<{ id: string }[]>(
        'SELECT id FROM moderation_case WHERE target_id = $1 ORDER BY opened_at DESC LIMIT 1',
        [targetId],
      );
      return rows[0].id;
    },
    async hiddenAt(table: string, id: string): Promise<Date | null> {
      const rows = await db().query<{ hidden_at: Date | null }[]>(
        `SELECT hidden_at FROM ${table} WHERE id = $1`,
        [id],
      );
      return rows[0].hidden_at;
    },
    async setProfile(who: Person, headline: string, bio: string, url: string): Promise<void> {
      await db().query(
        'UPDATE member SET headline = $2, bio = $3, links = $4::jsonb WHERE id = $1',
        [who.id, headline, bio, JSON.stringify([{ label: 'Shop', url }])],
      );
    },
    async auditCount(): Promise<number> {
      const [row] = await db().query<{ count: number }[]>(
        "SELECT count(*)::int AS count FROM audit_entry WHERE action LIKE 'moderation.%'",
      );
      return row.count;
    },
  };
}

describe('moderation', () => {
  let app: TestApp;
  const h = helpers(() => app);
  let staff: Person;
  let member: Person;

  /** A staff call that must succeed, and must write exactly `audits` audit rows. */
  async function moderate(input: Record<string, unknown>, audits = 1): Promise<Case> {
    const before = await h.auditCount();
    const response = await staff.session.call<{ moderateCase: Case }>(MODERATE, { input });
    expect(response.errors).toBeUndefined();
    expect(await h.auditCount()).toBe(before + audits);
    return response.data!.moderateCase;
  }

  /** A staff call that must fail, writing nothing. */
  async function refused(input: Record<string, unknown>) {
    const before = await h.auditCount();
    const response = await staff.session.call(MODERATE, { input });
    expect(await h.auditCount()).toBe(before);
    return errorOf(response);
  }

  /** The session's refresh token no longer gives a new access token. */
  async function expectRefreshRefused(session: TestSession): Promise<void> {
    const response = await session.call<{ refreshSession: unknown }>(REFRESH);
    expect(response.data?.refreshSession ?? null).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorOf(response)?.code);
  }

  async function oneCase(id: string): Promise<Case> {
    const response = await staff.session.call<{ moderationCase: Case }>(ONE_CASE, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.moderationCase;
  }

  async function queue(variables: Record<string, unknown>): Promise<Queue['moderationQueue']> {
    const response = await staff.session.call<Queue>(QUEUE, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.moderationQueue;
  }

  async function createOpportunity(who: Person, title: string, publish = true): Promise<string> {
    const response = await who.session.call<{ createOpportunity: { id: string } }>(
      'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      { input: { kind: 'JOB', title, description: `About ${title}`, publish } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createOpportunity.id;
  }

  async function createOrganization(who: Person, slug: string): Promise<string> {
    const response = await who.session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: {
          name: `Org ${slug}`,
          slug,
          type: 'SMALL_BUSINESS',
          description: `We are ${slug}`,
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createOrganization.id;
  }

  async function message(from: Person, to: Person, body: string): Promise<string> {
    await h
      .db()
      .query(
        'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
        [from.id, to.id],
      );
    const response = await from.session.call<{ sendMessage: { id: string } }>(SEND, {
      input: { recipientId: to.id, body },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.sendMessage.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    staff = await h.person('mod-staff', ['MEMBER', 'STAFF']);
    member = await h.person('mod-member');
  });
  afterAll(() => app?.close());

  describe('reporting', () => {
    it('takes one report per member and target, of what they can see, never their own', async () => {
      const ana = await h.person('rep-ana');
      const bo = await h.person('rep-bo');
      const first = await h.report(ana, 'MEMBER', bo.id, 'SPAM');
      expect(first.errors).toBeUndefined();
      expect(first.data!.reportContent).toMatchObject({
        targetType: 'MEMBER',
        targetId: bo.id,
        targetLabel: 'Name rep-bo',
        reason: 'SPAM',
        note: '',
        status: 'OPEN',
        resolvedAt: null,
      });
      expect(errorOf(await h.report(ana, 'MEMBER', bo.id, 'FRAUD'))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_REPORTED',
        field: 'targetId',
      });
      expect(errorOf(await h.report(ana, 'MEMBER', ana.id))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'OWN_CONTENT',
        field: 'targetId',
      });
      const nobody = '00000000-0000-4000-8000-000000000000';
      for (const type of ['MEMBER', 'ORGANIZATION', 'OPPORTUNITY', 'MESSAGE']) {
        expect(errorOf(await h.report(ana, type, nobody))).toMatchObject({
          code: 'NOT_FOUND',
          field: 'targetId',
        });
      }
      const gone = await h.person('rep-gone');
      await h.db().query('UPDATE member SET deleted_at = now() WHERE id = $1', [gone.id]);
      expect(errorOf(await h.report(ana, 'MEMBER', gone.id))).toMatchObject({ code: 'NOT_FOUND' });

      // A note: required for OTHER, at most 1,000 characters.
      expect(errorOf(await h.report(bo, 'MEMBER', ana.id, 'OTHER'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOTE_REQUIRED',
        field: 'note',
      });
      expect(errorOf(await h.report(bo, 'MEMBER', ana.id, 'OTHER', '   '))).toMatchObject({
        field: 'note',
      });
      expect(
        errorOf(await h.report(bo, 'MEMBER', ana.id, 'HARASSMENT', 'x'.repeat(1001))),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(errorOf(await h.report(bo, 'MEMBER', 'not-an-id'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'targetId',
      });
      const other = await h.report(bo, 'MEMBER', ana.id, 'OTHER', '  Pretends to be the mayor  ');
      expect(other.data!.reportContent).toMatchObject({
        reason: 'OTHER',
        note: 'Pretends to be the mayor',
      });
      // Nothing was written by the refused attempts: one report each.
      const [{ count }] = await h
        .db()
        .query<{ count: number }[]>(
          'SELECT count(*)::int AS count FROM content_report WHERE reporter_id = ANY($1)',
          [[ana.id, bo.id]],
        );
      expect(count).toBe(2);

      const anonymous = await new TestSession(app).call(REPORT, {
        input: { targetType: 'MEMBER', targetId: bo.id, reason: 'SPAM' },
      });
      expect(errorOf(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('lets only a conversation’s people report its messages, with their first words', async () => {
      const sender = await h.person('rep-sender');
      const reader = await h.person('rep-reader');
      const outsider = await h.person('rep-outsider');
      const text = `Buy cheap followers now at the link below, ${'very '.repeat(30)}good offer`;
      const messageId = await message(sender, reader, text);
      expect(errorOf(await h.report(outsider, 'MESSAGE', messageId))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'targetId',
      });
      expect(errorOf(await h.report(sender, 'MESSAGE', messageId))).toMatchObject({
        reason: 'OWN_CONTENT',
      });
      const reported = await h.report(reader, 'MESSAGE', messageId, 'SPAM');
      expect(reported.errors).toBeUndefined();
      const label = reported.data!.reportContent.targetLabel as string;
      expect(label.startsWith('Buy cheap followers now')).toBe(true);
      expect(label.endsWith('…')).toBe(true);
      expect(label.length).toBeLessThanOrEqual(81);
    });

    it('lets members report published opportunities and organizations, not their own', async () => {
      const poster = await h.person('rep-poster');
      const admin = await h.person('rep-admin');
      const reader = await h.person('rep-opp-reader');
      const draft = await createOpportunity(poster, 'A draft job', false);
      expect(errorOf(await h.report(reader, 'OPPORTUNITY', draft))).toMatchObject({
        code: 'NOT_FOUND',
      });
      // Staff see drafts, so they may report them.
      expect((await h.report(staff, 'OPPORTUNITY', draft, 'FRAUD')).errors).toBeUndefined();
      const published = await createOpportunity(poster, 'A published job');
      expect(errorOf(await h.report(poster, 'OPPORTUNITY', published))).toMatchObject({
        reason: 'OWN_CONTENT',
      });
      const reported = await h.report(reader, 'OPPORTUNITY', published, 'FRAUD');
      expect(reported.data!.reportContent).toMatchObject({ targetLabel: 'A published job' });

      const organizationId = await createOrganization(poster, 'rep-org');
      await h
        .db()
        .query(
          "INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'ADMIN')",
          [organizationId, admin.id],
        );
      expect(errorOf(await h.report(admin, 'ORGANIZATION', organizationId))).toMatchObject({
        reason: 'OWN_CONTENT',
      });
      const forOrg = await admin.session.call<{ createOpportunity: { id: string } }>(
        'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
        { input: { organizationId, kind: 'EVENT', title: 'Org event', publish: true } },
      );
      // An admin of the organization manages its opportunities: not theirs to report either.
      expect(
        errorOf(await h.report(admin, 'OPPORTUNITY', forOrg.data!.createOpportunity.id)),
      ).toMatchObject({ reason: 'OWN_CONTENT' });
      expect(
        (await h.report(reader, 'ORGANIZATION', organizationId, 'INAPPROPRIATE')).errors,
      ).toBeUndefined();
    });

    it('puts a member’s reports in their data export', async () => {
      const exporter = await h.person('rep-exporter');
      const target = await h.person('rep-exported');
      await h.report(exporter, 'MEMBER', target.id, 'FRAUD', 'Asked for money');
      const exported = await exporter.session.call<{ exportMyData: string }>(
        'mutation { exportMyData }',
      );
      const document = JSON.parse(exported.data!.exportMyData) as { reports: unknown[] };
      expect(document.reports).toEqual([
        expect.objectContaining({
          targetType: 'MEMBER',
          targetId: target.id,
          targetLabel: 'Name rep-exported',
          reason: 'FRAUD',
          note: 'Asked for money',
          status: 'OPEN',
        }),
      ]);
    });

    it('hides the target when the third distinct member reports it, in one case', async () => {
      const spammer = await h.person('rep-spammer');
      const reporters = await Promise.all(
        ['rep-r1', 'rep-r2', 'rep-r3'].map((handle) => h.person(handle)),
      );
      await h.report(reporters[0], 'MEMBER', spammer.id, 'SPAM');
      await h.report(reporters[1], 'MEMBER', spammer.id, 'HARASSMENT', 'Rude replies');
      expect(await h.hiddenAt('member', spammer.id)).toBeNull();
      const caseId = await h.caseOf(spammer.id);
      expect(await oneCase(caseId)).toMatchObject({
        status: 'OPEN',
        autoHidden: false,
        hidden: false,
        reportCount: 2,
        reasons: ['SPAM', 'HARASSMENT'],
      });
      const countsBefore = await staff.session.call<{
        moderationQueueCounts: { autoHidden: number };
      }>(COUNTS);

      await h.report(reporters[2], 'MEMBER', spammer.id, 'SPAM');
      expect(await h.hiddenAt('member', spammer.id)).toBeInstanceOf(Date);
      const hidden = await oneCase(caseId);
      expect(hidden).toMatchObject({
        status: 'OPEN',
        source: 'REPORTS',
        autoHidden: true,
        hidden: true,
        reportCount: 3,
        owner: { id: spammer.id, hidden: true },
        content: { title: 'Name rep-spammer', path: '/m/rep-spammer', exists: true },
      });
      expect(hidden.reports.map((report) => report.reporter.id)).toEqual(
        reporters.map((reporter) => reporter.id),
      );
      const countsAfter = await staff.session.call<{
        moderationQueueCounts: { autoHidden: number };
      }>(COUNTS);
      expect(countsAfter.data!.moderationQueueCounts.autoHidden).toBe(
        countsBefore.data!.moderationQueueCounts.autoHidden + 1,
      );
    });
  });

  describe('the staff queue', () => {
    let owner: Person;
    let witness: Person;
    let cases: Record<'member' | 'opportunity' | 'message' | 'organization', string>;
    let opportunityId: string;
    let organizationId: string;
    let messageId: string;

    beforeAll(async () => {
      // A clean slate: only this block's cases are open.
      await h
        .db()
        .query(
          "UPDATE moderation_case SET status = 'RESOLVED', resolved_at = now(), resolution = 'DISMISS' WHERE status = 'OPEN'",
        );
      owner = await h.person('q-owner');
      witness = await h.person('q-witness');
      const second = await h.person('q-second');
      await h.setProfile(owner, 'Growth hacker', 'Click my links', 'https://spam.example.com');
      await h.report(witness, 'MEMBER', owner.id, 'SPAM', 'Posts links everywhere');
      opportunityId = await createOpportunity(owner, 'Too good to be true');
      await h.report(witness, 'OPPORTUNITY', opportunityId, 'FRAUD');
      await h.report(second, 'OPPORTUNITY', opportunityId, 'SPAM');
      messageId = await message(owner, witness, 'You will regret this');
      await h.report(witness, 'MESSAGE', messageId, 'HARASSMENT');
      organizationId = await createOrganization(owner, 'q-org');
      await h.report(witness, 'ORGANIZATION', organizationId, 'INAPPROPRIATE');
      cases = {
        member: await h.caseOf(owner.id),
        opportunity: await h.caseOf(opportunityId),
        message: await h.caseOf(messageId),
        organization: await h.caseOf(organizationId),
      };
    });

    it('lists open cases oldest first, in pages, with their total', async () => {
      const all = await queue({});
      expect(all.totalCount).toBe(4);
      expect(all.nodes.map((node) => node.id)).toEqual([
        cases.member,
        cases.opportunity,
        cases.message,
        cases.organization,
      ]);
      const first = await queue({ first: 3 });
      expect(first.totalCount).toBe(4);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await queue({ first: 3, after: first.pageInfo.endCursor });
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect([...first.nodes, ...rest.nodes].map((node) => node.id)).toEqual(
        all.nodes.map((node) => node.id),
      );
      const bad = await staff.session.call(QUEUE, { after: 'not-a-cursor' });
      expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const resolved = await queue({ filter: { status: 'RESOLVED' } });
      expect(resolved.nodes.map((node) => node.id)).not.toContain(cases.member);
    });

    it('filters by kind, reason, age, auto-hiding and source', async () => {
      const ids = async (filter: Record<string, unknown>) =>
        (await queue({ filter })).nodes.map((node) => node.id);
      expect(await ids({ targetTypes: ['MESSAGE', 'ORGANIZATION'] })).toEqual([
        cases.message,
        cases.organization,
      ]);
      expect(await ids({ reasons: ['FRAUD'] })).toEqual([cases.opportunity]);
      expect(await ids({ reasons: ['SPAM'] })).toEqual([cases.member, cases.opportunity]);
      expect(await ids({ autoHidden: true })).toEqual([]);
      expect(await ids({ autoHidden: false })).toHaveLength(4);
      expect(await ids({ source: 'SPAM_DEFENSE' })).toEqual([]);
      expect(await ids({ olderThanHours: 48 })).toEqual([]);
      await h
        .db()
        .query("UPDATE moderation_case SET opened_at = now() - interval '50 hours' WHERE id = $1", [
          cases.message,
        ]);
      expect(await ids({ olderThanHours: 48 })).toEqual([cases.message]);
      expect(await ids({ olderThanHours: 48, targetTypes: ['MEMBER'] })).toEqual([]);
      const negative = await staff.session.call(QUEUE, { filter: { olderThanHours: -1 } });
      expect(errorOf(negative)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.olderThanHours',
      });
    });

    it('shows each case with its content, owner and reports', async () => {
      const memberCase = await oneCase(cases.member);
      expect(memberCase).toMatchObject({
        targetType: 'MEMBER',
        targetId: owner.id,
        content: {
          title: 'Name q-owner',
          body: 'Growth hacker\n\nClick my links\n\nShop: https://spam.example.com',
          path: '/m/q-owner',
          exists: true,
        },
        owner: { id: owner.id, handle: 'q-owner', email: 'q-owner@example.org' },
        reports: [{ reason: 'SPAM', note: 'Posts links everywhere', reporter: { id: witness.id } }],
      });
      // Every report against the owner's content: member 1, opportunity 2, message 1, organization 1.
      expect(memberCase.ownerReportCount).toBe(5);
      expect(await oneCase(cases.organization)).toMatchObject({
        content: { title: 'Org q-org', body: 'We are q-org', path: '/o/q-org' },
        owner: { id: owner.id },
      });
      expect(await oneCase(cases.message)).toMatchObject({
        content: { title: 'Name q-owner', body: 'You will regret this', path: null },
        owner: { id: owner.id },
      });
      expect(await oneCase(cases.opportunity)).toMatchObject({
        content: { title: 'Too good to be true', path: `/opportunities/${opportunityId}` },
        reasons: ['SPAM', 'FRAUD'],
        reportCount: 2,
      });
      const none = await staff.session.call<{ moderationCase: null }>(ONE_CASE, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(none.data).toEqual({ moderationCase: null });
    });

    it('loads a page’s context in a fixed number of statements, however many cases', async () => {
      const db = h.db();
      const original = db.query.bind(db);
      let statements: string[] = [];
      const spy = jest
        .spyOn(db, 'query')
        .mockImplementation((...args: Parameters<DataSource['query']>) => {
          // The mail worker polls its outbox on the same data source meanwhile: not ours.
          if (!args[0].includes('mail_outbox')) statements.push(args[0]);
          return original(...args);
        });
      try {
        await queue({ first: 1 });
        const forOne = statements.length;
        statements = [];
        const four = await queue({ first: 4 });
        expect(four.nodes.map((node) => node.targetType).sort()).toEqual([
          'MEMBER',
          'MESSAGE',
          'OPPORTUNITY',
          'ORGANIZATION',
        ]);
        // One more statement for each other kind of target (their tables differ); none per case.
        expect(statements.length).toBe(forOne + 3);
        expect(forOne).toBeLessThanOrEqual(10);
      } finally {
        spy.mockRestore();
      }
    });

    it('tells staff how often each reporter’s past reports were upheld', async () => {
      // The witness's earlier reports: the member (upheld) and the opportunity (dismissed).
      await moderate({ caseId: cases.member, action: 'HIDE', reason: 'Spam profile' });
      await moderate({ caseId: cases.opportunity, action: 'DISMISS' });
      const organizationCase = await oneCase(cases.organization);
      expect(organizationCase.reports).toHaveLength(1);
      expect(organizationCase.reports[0]).toMatchObject({
        reporter: { id: witness.id },
        reporterResolvedCount: 2,
        reporterUpheldCount: 1,
      });
      // The owner's history: the staff action on their profile, with who did it.
      expect(organizationCase.ownerHistory).toHaveLength(1);
      expect(organizationCase.ownerHistory[0]).toMatchObject({
        action: 'moderation.hide',
        reason: 'Spam profile',
        actorName: 'Name mod-staff',
      });
      const statuses = await witness.session.call<{
        myReports: { nodes: { targetId: string; status: string; resolvedAt: string | null }[] };
      }>(MY_REPORTS);
      const byTarget = new Map(statuses.data!.myReports.nodes.map((node) => [node.targetId, node]));
      expect(byTarget.get(owner.id)).toMatchObject({ status: 'UPHELD' });
      expect(byTarget.get(owner.id)!.resolvedAt).not.toBeNull();
      expect(byTarget.get(opportunityId)).toMatchObject({ status: 'DISMISSED' });
      expect(byTarget.get(organizationId)).toMatchObject({ status: 'OPEN', resolvedAt: null });
      // Newest first, in pages.
      expect(statuses.data!.myReports.nodes.map((node) => node.targetId)).toEqual([
        organizationId,
        messageId,
        opportunityId,
        owner.id,
      ]);
      const page = await witness.session.call<{
        myReports: { nodes: { targetId: string }[]; pageInfo: { endCursor: string } };
      }>(MY_REPORTS, { first: 3 });
      const next = await witness.session.call<{ myReports: { nodes: { targetId: string }[] } }>(
        MY_REPORTS,
        { first: 3, after: page.data!.myReports.pageInfo.endCursor },
      );
      expect(next.data!.myReports.nodes.map((node) => node.targetId)).toEqual([owner.id]);
    });

    it('refuses members, and anyone signed out', async () => {
      const queries = [
        [QUEUE, {}],
        [ONE_CASE, { id: cases.member }],
        [COUNTS, {}],
        [MODERATE, { input: { caseId: cases.message, action: 'DISMISS' } }],
        [MODERATE_MANY, { input: { caseIds: [cases.message], action: 'DISMISS' } }],
      ] as const;
      for (const [query, variables] of queries) {
        expect(errorOf(await member.session.call(query, variables))).toMatchObject({
          code: 'FORBIDDEN',
        });
        expect(errorOf(await new TestSession(app).call(query, variables))).toMatchObject({
          code: 'UNAUTHENTICATED',
        });
      }
      expect((await oneCase(cases.message)).status).toBe('OPEN');
    });
  });

  describe('actions', () => {
    let owner: Person;
    const reporters: Person[] = [];

    beforeAll(async () => {
      owner = await h.person('act-owner');
      for (const handle of ['act-r1', 'act-r2', 'act-r3']) reporters.push(await h.person(handle));
    });

    async function reportedBy(count: number, type: string, id: string, reason = 'SPAM') {
      for (const reporter of reporters.slice(0, count)) {
        expect((await h.report(reporter, type, id, reason)).errors).toBeUndefined();
      }
      return h.caseOf(id);
    }

    it('DISMISS brings an auto-hidden target back and dismisses its reports', async () => {
      const opportunityId = await createOpportunity(owner, 'Dismissed job');
      const caseId = await reportedBy(3, 'OPPORTUNITY', opportunityId);
      expect(await h.hiddenAt('opportunity', opportunityId)).not.toBeNull();
      const dismissed = await moderate({ caseId, action: 'DISMISS' });
      expect(dismissed).toMatchObject({
        status: 'RESOLVED',
        resolution: 'DISMISS',
        autoHidden: true,
        hidden: false,
      });
      expect(dismissed.resolvedAt).not.toBeNull();
      expect(await h.hiddenAt('opportunity', opportunityId)).toBeNull();
      const [entry] = await h.db().query<
        {
          actor_id: string;
          target_type: string;
          target_id: string;
          before: unknown;
          after: unknown;
        }[]
      >("SELECT * FROM audit_entry WHERE action = 'moderation.dismiss' AND target_id = $1", [opportunityId]);
      expect(entry).toMatchObject({
        actor_id: staff.id,
        target_type: 'opportunity',
        before: { hidden: true },
        after: { caseId, hidden: false },
      });
      const mine = await reporters[0].session.call<{
        myReports: { nodes: { targetId: string; status: string }[] };
      }>(MY_REPORTS);
      expect(mine.data!.myReports.nodes[0]).toMatchObject({
        targetId: opportunityId,
        status: 'DISMISSED',
      });
      // Decided: only the undo actions still apply.
      expect(await refused({ caseId, action: 'DISMISS' })).toMatchObject({
        code: 'CONFLICT',
        reason: 'CASE_RESOLVED',
        field: 'caseId',
      });
      expect(await refused({ caseId, action: 'HIDE', reason: 'Late' })).toMatchObject({
        reason: 'CASE_RESOLVED',
      });
      // A new report after the decision opens a new case.
      await h.report(member, 'OPPORTUNITY', opportunityId, 'FRAUD');
      expect(await h.caseOf(opportunityId)).not.toBe(caseId);
    });

    it('HIDE and UNHIDE (also on a decided case), with reasons required', async () => {
      const organizationId = await createOrganization(owner, 'act-org');
      const caseId = await reportedBy(1, 'ORGANIZATION', organizationId);
      expect(await refused({ caseId, action: 'HIDE' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'REASON_REQUIRED',
        field: 'reason',
      });
      expect(await refused({ caseId, action: 'HIDE', reason: '   ' })).toMatchObject({
        field: 'reason',
      });
      expect(await refused({ caseId, action: 'HIDE', reason: 'x'.repeat(1001) })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      const hidden = await moderate({ caseId, action: 'HIDE', reason: 'Fake business' });
      expect(hidden).toMatchObject({ status: 'RESOLVED', resolution: 'HIDE', hidden: true });
      expect(await h.hiddenAt('organization', organizationId)).not.toBeNull();
      const mine = await reporters[0].session.call<{
        myReports: { nodes: { targetId: string; status: string }[] };
      }>(MY_REPORTS);
      expect(mine.data!.myReports.nodes[0]).toMatchObject({
        targetId: organizationId,
        status: 'UPHELD',
      });
      const shown = await moderate({ caseId, action: 'UNHIDE' });
      expect(shown).toMatchObject({ status: 'RESOLVED', resolution: 'HIDE', hidden: false });
      expect(await h.hiddenAt('organization', organizationId)).toBeNull();
      expect(shown.ownerHistory.map((entry) => entry.action).slice(0, 2)).toEqual([
        'moderation.unhide',
        'moderation.hide',
      ]);
    });

    it('WARN tells the owner in the app and by mail, whatever their settings', async () => {
      const warned = await h.person('act-warned', undefined, 'es');
      const caseId = await reportedBy(1, 'MEMBER', warned.id);
      const settings = await warned.session.call(
        'mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { dailyDigest } }',
        { input: { preferences: [{ type: 'MODERATION_WARNING', channel: 'OFF' }] } },
      );
      expect(errorOf(settings)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'preferences' });
      expect(await refused({ caseId, action: 'WARN' })).toMatchObject({ field: 'reason' });
      const result = await moderate({
        caseId,
        action: 'WARN',
        reason: 'Please stop sending unsolicited offers.',
      });
      expect(result).toMatchObject({ status: 'RESOLVED', resolution: 'WARN', hidden: false });
      const [entry] = await h
        .db()
        .query<{ target_type: string; target_id: string; reason: string }[]>(
          "SELECT * FROM audit_entry WHERE action = 'moderation.warn' AND target_id = $1",
          [warned.id],
        );
      expect(entry).toMatchObject({
        target_type: 'member',
        reason: 'Please stop sending unsolicited offers.',
      });
      const notes = await warned.session.call<{
        notifications: { nodes: { type: string; reason: string | null; path: string }[] };
      }>('{ notifications { nodes { type reason path } } }');
      expect(notes.data!.notifications.nodes).toEqual([
        {
          type: 'MODERATION_WARNING',
          reason: 'Please stop sending unsolicited offers.',
          path: '/account',
        },
      ]);
      const mail = await waitForMail(
        app,
        (sent) => sent.recipient === warned.email && sent.subject.includes('advertencia'),
      );
      expect(mail.text).toContain('Please stop sending unsolicited offers.');
    });

    it('SUSPEND ends every session at once, until a date or indefinitely; UNSUSPEND undoes it', async () => {
      const suspended = await h.person('act-suspended');
      // A second device of theirs.
      const device = new TestSession(app);
      await device.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        {
          input: { email: suspended.email, password: PASSWORD },
        },
      );
      const messageId = await message(suspended, reporters[0], 'Send me your bank details');
      const caseId = await reportedBy(1, 'MESSAGE', messageId, 'FRAUD');
      expect(await refused({ caseId, action: 'SUSPEND' })).toMatchObject({ field: 'reason' });
      expect(
        await refused({
          caseId,
          action: 'SUSPEND',
          reason: 'Fraud',
          until: new Date(Date.now() - 60_000).toISOString(),
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNTIL_NOT_FUTURE', field: 'until' });
      expect(
        await refused({
          caseId,
          action: 'WARN',
          reason: 'Fraud',
          until: new Date(Date.now() + 60_000).toISOString(),
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
      // Nothing was revoked by the refusals.
      expect(errorOf(await suspended.session.call(REFRESH))).toBeUndefined();

      const result = await moderate({ caseId, action: 'SUSPEND', reason: 'Fraud attempts' });
      expect(result).toMatchObject({
        status: 'RESOLVED',
        resolution: 'SUSPEND',
        owner: { id: suspended.id, suspendedIndefinitely: true, suspendedUntil: null },
      });
      const [row] = await h
        .db()
        .query<
          { suspended_at: Date | null; suspended_until: Date | null; suspension_reason: string }[]
        >('SELECT suspended_at, suspended_until, suspension_reason FROM member WHERE id = $1', [
          suspended.id,
        ]);
      expect(row.suspended_at).not.toBeNull();
      expect(row).toMatchObject({ suspended_until: null, suspension_reason: 'Fraud attempts' });
      for (const session of [suspended.session, device]) await expectRefreshRefused(session);
      const [{ live }] = await h
        .db()
        .query<{ live: number }[]>(
          'SELECT count(*)::int AS live FROM refresh_token WHERE member_id = $1 AND revoked_at IS NULL AND used_at IS NULL',
          [suspended.id],
        );
      expect(live).toBe(0);
      const [entry] = await h.db().query<
        {
          target_type: string;
          target_id: string;
          before: Record<string, unknown>;
          after: Record<string, unknown>;
        }[]
      >("SELECT * FROM audit_entry WHERE action = 'moderation.suspend' AND target_id = $1", [suspended.id]);
      expect(entry.target_type).toBe('member');
      expect(entry.before).toMatchObject({ suspendedAt: null, suspendedUntil: null });
      expect(entry.after).toMatchObject({
        caseId,
        suspendedUntil: null,
        suspensionReason: 'Fraud attempts',
      });

      const lifted = await moderate({ caseId, action: 'UNSUSPEND' });
      expect(lifted).toMatchObject({
        status: 'RESOLVED',
        resolution: 'SUSPEND',
        owner: { suspendedIndefinitely: false, suspendedUntil: null },
      });

      // Until a date.
      const other = await h.person('act-suspended-until');
      const otherCase = await reportedBy(1, 'MEMBER', other.id);
      const until = new Date(Date.now() + 7 * 86_400_000);
      const dated = await moderate({
        caseId: otherCase,
        action: 'SUSPEND',
        reason: 'A week off',
        until: until.toISOString(),
      });
      expect(dated.owner).toMatchObject({ suspendedIndefinitely: false });
      expect(new Date(dated.owner!.suspendedUntil!).getTime()).toBe(until.getTime());
      await expectRefreshRefused(other.session);
    });

    it('RESTRICT and UNRESTRICT the owner', async () => {
      const restricted = await h.person('act-restricted');
      const opportunityId = await createOpportunity(restricted, 'Restricted job');
      const caseId = await reportedBy(1, 'OPPORTUNITY', opportunityId);
      expect(await refused({ caseId, action: 'RESTRICT' })).toMatchObject({ field: 'reason' });
      const result = await moderate({ caseId, action: 'RESTRICT', reason: 'Posting spam' });
      expect(result).toMatchObject({ resolution: 'RESTRICT', owner: { restricted: true } });
      // The content stays.
      expect(await oneCase(caseId)).toMatchObject({ content: { exists: true }, hidden: false });
      const lifted = await moderate({ caseId, action: 'UNRESTRICT' });
      expect(lifted.owner).toMatchObject({ restricted: false });
      const entries = await h
        .db()
        .query<{ action: string; target_type: string; target_id: string }[]>(
          "SELECT action, target_type, target_id FROM audit_entry WHERE action LIKE 'moderation.%restrict' AND target_id = $1 ORDER BY occurred_at",
          [restricted.id],
        );
      expect(entries).toEqual([
        { action: 'moderation.restrict', target_type: 'member', target_id: restricted.id },
        { action: 'moderation.unrestrict', target_type: 'member', target_id: restricted.id },
      ]);
    });

    it('DELETE_CONTENT deletes a message, an opportunity or an organization; clears a profile', async () => {
      const author = await h.person('act-author');
      const messageId = await message(author, reporters[0], 'Delete me please');
      const messageCase = await reportedBy(1, 'MESSAGE', messageId);
      expect(await refused({ caseId: messageCase, action: 'DELETE_CONTENT' })).toMatchObject({
        field: 'reason',
      });
      const deleted = await moderate({
        caseId: messageCase,
        action: 'DELETE_CONTENT',
        reason: 'Harassment',
      });
      expect(deleted).toMatchObject({
        status: 'RESOLVED',
        resolution: 'DELETE_CONTENT',
        hidden: false,
        content: { title: 'Name act-author', body: 'Delete me please', exists: false },
        owner: { id: author.id },
      });
      expect(await h.db().query('SELECT 1 FROM message WHERE id = $1', [messageId])).toEqual([]);

      // An organization goes with its people and opportunities, nothing half-written.
      const organizationId = await createOrganization(author, 'act-deleted-org');
      const orgOpportunity = await author.session.call<{ createOpportunity: { id: string } }>(
        'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
        { input: { organizationId, kind: 'EVENT', title: 'Org event', publish: true } },
      );
      const organizationCase = await reportedBy(1, 'ORGANIZATION', organizationId);
      const gone = await moderate({
        caseId: organizationCase,
        action: 'DELETE_CONTENT',
        reason: 'Not a real business',
      });
      expect(gone.content).toMatchObject({ title: 'Org act-deleted-org', exists: false });
      expect(gone.owner).toMatchObject({ id: author.id });
      for (const [sql, id] of [
        ['SELECT 1 FROM organization WHERE id = $1', organizationId],
        ['SELECT 1 FROM organization_member WHERE organization_id = $1', organizationId],
        ['SELECT 1 FROM opportunity WHERE id = $1', orgOpportunity.data!.createOpportunity.id],
        ['SELECT 1 FROM search_document WHERE id = $1', organizationId],
      ] as const) {
        expect(await h.db().query(sql, [id])).toEqual([]);
      }

      const opportunityId = await createOpportunity(author, 'Deleted job');
      const opportunityCase = await reportedBy(1, 'OPPORTUNITY', opportunityId);
      await moderate({ caseId: opportunityCase, action: 'DELETE_CONTENT', reason: 'Scam' });
      expect(
        await h.db().query('SELECT 1 FROM opportunity WHERE id = $1', [opportunityId]),
      ).toEqual([]);
      // Gone content cannot be hidden.
      const again = await h.person('act-late');
      expect(errorOf(await h.report(again, 'OPPORTUNITY', opportunityId))).toMatchObject({
        code: 'NOT_FOUND',
      });

      await h.setProfile(author, 'Cheap pills', 'Visit my shop', 'https://pills.example.com');
      const profileCase = await reportedBy(1, 'MEMBER', author.id);
      const cleared = await moderate({
        caseId: profileCase,
        action: 'DELETE_CONTENT',
        reason: 'Spam profile',
      });
      expect(cleared.content).toMatchObject({ title: 'Name act-author', body: '', exists: true });
      const [profile] = await h.db().query<
        {
          headline: string;
          bio: string;
          links: unknown[];
          photo_key: string | null;
          deleted_at: Date | null;
        }[]
      >('SELECT headline, bio, links, photo_key, deleted_at FROM member WHERE id = $1', [author.id]);
      expect(profile).toEqual({
        headline: '',
        bio: '',
        links: [],
        photo_key: null,
        deleted_at: null,
      });
      const [entry] = await h
        .db()
        .query<{ before: Record<string, unknown> }[]>(
          "SELECT before FROM audit_entry WHERE action = 'moderation.delete_content' AND target_id = $1",
          [author.id],
        );
      expect(entry.before).toMatchObject({ headline: 'Cheap pills', bio: 'Visit my shop' });
    });

    it('acts on a spam wave in one transaction, one audit entry per case', async () => {
      const moderation = app.app.get(ModerationService);
      const wave = await Promise.all(
        ['wave-1', 'wave-2', 'wave-3'].map((handle) => h.person(handle)),
      );
      const caseIds: string[] = [];
      for (const spammer of wave) {
        caseIds.push(
          await moderation.flagSuspicious({ memberId: spammer.id, note: 'Burst of 40 requests' }),
        );
      }
      const many = (input: Record<string, unknown>) =>
        staff.session.call<{
          moderateCases: {
            cases: {
              id: string;
              status: string;
              resolution: string;
              owner: { id: string; suspendedIndefinitely: boolean };
            }[];
          };
        }>(MODERATE_MANY, { input });
      const before = await h.auditCount();
      expect(errorOf(await many({ caseIds, action: 'WARN', reason: 'No' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'action',
      });
      expect(errorOf(await many({ caseIds: [], action: 'DISMISS' }))).toMatchObject({
        field: 'caseIds',
      });
      expect(
        errorOf(await many({ caseIds: [caseIds[0], caseIds[0]], action: 'DISMISS' })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds' });
      const tooMany = Array.from(
        { length: 101 },
        (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      );
      expect(errorOf(await many({ caseIds: tooMany, action: 'DISMISS' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'caseIds',
      });
      expect(
        errorOf(
          await many({
            caseIds: [...caseIds, '00000000-0000-4000-8000-000000000000'],
            action: 'SUSPEND',
            reason: 'Spam wave',
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', field: 'caseIds' });
      // A decided case among them: nothing happens to any.
      const decided = await h.person('wave-decided');
      const decidedCase = await moderation.flagSuspicious({ memberId: decided.id, note: 'Burst' });
      await moderate({ caseId: decidedCase, action: 'DISMISS' });
      expect(
        errorOf(
          await many({
            caseIds: [...caseIds, decidedCase],
            action: 'SUSPEND',
            reason: 'Spam wave',
          }),
        ),
      ).toMatchObject({ code: 'CONFLICT', reason: 'CASE_RESOLVED' });
      expect(await h.auditCount()).toBe(before + 1);
      const [{ suspended }] = await h
        .db()
        .query<{ suspended: number }[]>(
          'SELECT count(*)::int AS suspended FROM member WHERE id = ANY($1) AND suspended_at IS NOT NULL',
          [wave.map((spammer) => spammer.id)],
        );
      expect(suspended).toBe(0);

      const result = await many({ caseIds, action: 'SUSPEND', reason: 'Spam wave' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.moderateCases.cases).toEqual(
        caseIds.map((id, index) => ({
          id,
          status: 'RESOLVED',
          resolution: 'SUSPEND',
          owner: { id: wave[index].id, suspendedIndefinitely: true },
        })),
      );
      expect(await h.auditCount()).toBe(before + 1 + 3);
      const entries = await h
        .db()
        .query<{ target_id: string; after: { caseId: string } }[]>(
          "SELECT target_id, after FROM audit_entry WHERE action = 'moderation.suspend' AND target_id = ANY($1)",
          [wave.map((spammer) => spammer.id)],
        );
      expect(entries.map((entry) => entry.after.caseId).sort()).toEqual([...caseIds].sort());
      for (const spammer of wave) await expectRefreshRefused(spammer.session);
    });

    it('bulk HIDE and DELETE_CONTENT, each case on its own target', async () => {
      const poster = await h.person('bulk-poster');
      const ids = [
        await createOpportunity(poster, 'Bulk one'),
        await createOpportunity(poster, 'Bulk two'),
      ];
      const caseIds = [
        await reportedBy(1, 'OPPORTUNITY', ids[0]),
        await reportedBy(1, 'OPPORTUNITY', ids[1]),
      ];
      const before = await h.auditCount();
      const hidden = await staff.session.call(MODERATE_MANY, {
        input: { caseIds, action: 'HIDE', reason: 'Spam wave' },
      });
      expect(hidden.errors).toBeUndefined();
      for (const id of ids) expect(await h.hiddenAt('opportunity', id)).not.toBeNull();
      expect(await h.auditCount()).toBe(before + 2);
      const later = [
        await reportedBy(1, 'OPPORTUNITY', await createOpportunity(poster, 'Bulk three')),
        await reportedBy(1, 'OPPORTUNITY', await createOpportunity(poster, 'Bulk four')),
      ];
      const deleted = await staff.session.call(MODERATE_MANY, {
        input: { caseIds: later, action: 'DELETE_CONTENT', reason: 'Spam wave' },
      });
      expect(deleted.errors).toBeUndefined();
      expect(await h.auditCount()).toBe(before + 4);
      const left = await h
        .db()
        .query<unknown[]>("SELECT 1 FROM opportunity WHERE poster_id = $1 AND title LIKE 'Bulk%'", [
          poster.id,
        ]);
      expect(left).toHaveLength(2);
    });

    it('bulk DELETE_CONTENT of an organization and its own opportunity, in one go', async () => {
      const founder = await h.person('bulk-founder');
      const organizationId = await createOrganization(founder, 'bulk-org');
      const posted = await founder.session.call<{ createOpportunity: { id: string } }>(
        'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
        { input: { organizationId, kind: 'EVENT', title: 'Bulk org event', publish: true } },
      );
      const opportunityId = posted.data!.createOpportunity.id;
      // The opportunity's case is acted on after the organization's, which took it along.
      const caseIds = [
        await reportedBy(1, 'ORGANIZATION', organizationId),
        await reportedBy(1, 'OPPORTUNITY', opportunityId),
      ];
      const before = await h.auditCount();
      const result = await staff.session.call<{
        moderateCases: { cases: { status: string; resolution: string }[] };
      }>(MODERATE_MANY, {
        input: { caseIds, action: 'DELETE_CONTENT', reason: 'Fake organization' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.moderateCases.cases).toEqual([
        {
          id: caseIds[0],
          status: 'RESOLVED',
          resolution: 'DELETE_CONTENT',
          owner: { id: founder.id, suspendedIndefinitely: false },
        },
        {
          id: caseIds[1],
          status: 'RESOLVED',
          resolution: 'DELETE_CONTENT',
          owner: { id: founder.id, suspendedIndefinitely: false },
        },
      ]);
      expect(await h.auditCount()).toBe(before + 2);
      expect(
        await h.db().query('SELECT 1 FROM opportunity WHERE id = $1', [opportunityId]),
      ).toEqual([]);
      const opportunityCase = await oneCase(caseIds[1]);
      expect(opportunityCase.content).toMatchObject({ title: 'Bulk org event', exists: false });
    });

    it('staff cannot act on their own account', async () => {
      const moderation = app.app.get(ModerationService);
      const caseId = await moderation.flagSuspicious({ memberId: staff.id, note: 'Odd burst' });
      expect(await refused({ caseId, action: 'SUSPEND', reason: 'Me' })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'OWN_ACCOUNT',
      });
      await moderate({ caseId, action: 'DISMISS' });
    });
  });

  describe('spam defense and the staff digest', () => {
    it('flagSuspicious opens a SPAM_DEFENSE case, or adds to the open one', async () => {
      const moderation = app.app.get(ModerationService);
      const burst = await h.person('spam-burst');
      const first = await moderation.flagSuspicious({
        memberId: burst.id,
        note: '30 messages in 5 minutes',
      });
      const second = await moderation.flagSuspicious({
        memberId: burst.id,
        note: '12 requests in 1 minute',
      });
      expect(second).toBe(first);
      const flagged = await oneCase(first);
      expect(flagged).toMatchObject({
        targetType: 'MEMBER',
        targetId: burst.id,
        source: 'SPAM_DEFENSE',
        status: 'OPEN',
        reportCount: 0,
        reasons: [],
        owner: { id: burst.id },
      });
      expect(flagged.flags.map((flag) => flag.note)).toEqual([
        '30 messages in 5 minutes',
        '12 requests in 1 minute',
      ]);
      expect(
        (await queue({ filter: { source: 'SPAM_DEFENSE' } })).nodes.map((node) => node.id),
      ).toContain(first);
      // A member already reported: the flag joins the open case, which keeps its source.
      const reported = await h.person('spam-reported');
      await h.report(member, 'MEMBER', reported.id);
      const reportCase = await h.caseOf(reported.id);
      expect(await moderation.flagSuspicious({ memberId: reported.id, note: 'Burst' })).toBe(
        reportCase,
      );
      expect(await oneCase(reportCase)).toMatchObject({
        source: 'REPORTS',
        reportCount: 1,
        flags: [{ note: 'Burst' }],
      });
      await expect(
        moderation.flagSuspicious({ memberId: '00000000-0000-4000-8000-000000000000', note: 'x' }),
      ).rejects.toMatchObject({ reason: 'TARGET_NOT_FOUND' });
    });

    it('mails every staff member a daily digest of what waits, once a day', async () => {
      const digest = app.app.get(ModerationDigestService);
      const spanish = await h.person('mod-staff-es', ['MEMBER', 'STAFF'], 'es');
      const suspendedStaff = await h.person('mod-staff-off', ['MEMBER', 'STAFF']);
      await h
        .db()
        .query('UPDATE member SET suspended_at = now() WHERE id = $1', [suspendedStaff.id]);
      const counts = await staff.session.call<{
        moderationQueueCounts: {
          open: number;
          autoHidden: number;
          opportunitiesInReview: number;
          organizationsPendingVerification: number;
        };
      }>(COUNTS);
      const { open } = counts.data!.moderationQueueCounts;
      expect(open).toBeGreaterThan(0);

      const day = new Date('2031-03-04T08:00:00Z');
      expect(await digest.sendDigests(day)).toBe(2);
      expect(await digest.sendDigests(new Date('2031-03-04T23:00:00Z'))).toBe(0);
      const english = await waitForMail(
        app,
        (mail) => mail.recipient === staff.email && mail.subject.includes('wait'),
      );
      expect(english.text).toContain(`Open moderation cases: ${open}`);
      expect(english.text).toContain(`${app.config.linkBaseUrl}/staff/queue`);
      const es = await waitForMail(app, (mail) => mail.recipient === spanish.email);
      expect(es.text).toContain(`Casos de moderación abiertos: ${open}`);
      expect(
        (await allMail(app)).filter(
          (mail) => mail.recipient === suspendedStaff.email && mail.subject.includes('wait'),
        ),
      ).toEqual([]);
      expect(await digest.sendDigests(new Date('2031-03-05T00:30:00Z'))).toBe(2);

      // Nothing waits: no mail.
      await h.db().query("UPDATE moderation_case SET status = 'RESOLVED' WHERE status = 'OPEN'");
      await h.db().query("UPDATE opportunity SET status = 'PUBLISHED' WHERE status = 'IN_REVIEW'");
      await h.db().query('UPDATE organization SET verification_requested_at = NULL');
      expect(await digest.sendDigests(new Date('2031-03-06T08:00:00Z'))).toBe(0);
    });
  });
});

describe('moderation with a city threshold of 1', () => {
  let app: TestApp;
  let dir: string;
  const h = helpers(() => app);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-moderation-city-'));
    app = await startTestApp({
      AUTH_RATE_LIMIT: '10000',
      GROWHERE_CITY_FILE: cityWith(dir, { autoHideAfterReports: 1 }),
    });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hides the target at the first report', async () => {
    const reporter = await h.person('one-reporter');
    const target = await h.person('one-target');
    expect((await h.report(reporter, 'MEMBER', target.id)).errors).toBeUndefined();
    expect(await h.hiddenAt('member', target.id)).not.toBeNull();
    const [row] = await h
      .db()
      .query<{ auto_hidden: boolean }[]>(
        'SELECT auto_hidden FROM moderation_case WHERE target_id = $1',
        [target.id],
      );
    expect(row.auto_hidden).toBe(true);
  });
});
