import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DEFAULT_CITY_FILE } from '../src/config/app-config.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession, waitForMail } from './support/session.js';

const PASSWORD = 'reviews-passphrase';
const DAY = 24 * 60 * 60 * 1000;

const OPP = 'id status title publishedAt closedAt deadline reviewNote';
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${OPP} } }`;
const PUBLISH = `mutation ($id: ID!) { publishOpportunity(input: { opportunityId: $id }) { ${OPP} } }`;
const ONE = `query ($id: ID!) { opportunity(id: $id) { ${OPP} } }`;
const REVIEW = `mutation ($input: ReviewOpportunityInput!) { reviewOpportunity(input: $input) { ${OPP} } }`;
const QUEUE = `query ($first: Int, $after: String) { opportunitiesInReview(first: $first, after: $after) {
  nodes { id title status } pageInfo { hasNextPage endCursor } } }`;
const PENDING = `query ($first: Int, $after: String) { organizationsPendingVerification(first: $first, after: $after) {
  nodes { id slug verified verificationPending } pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `mutation ($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { id verified verificationPending } }`;
const NOTIFICATIONS = `{ notifications { nodes { type subjectId path opportunityTitle organizationName
  approved decisionNote actor { handle } } } }`;

interface Person {
  handle: string;
  id: string;
  email: string;
  session: TestSession;
}

interface Opp {
  id: string;
  status: string;
  title: string;
  publishedAt: string | null;
  closedAt: string | null;
  deadline: string | null;
  reviewNote: string | null;
}

interface Notice {
  type: string;
  subjectId: string | null;
  path: string;
  opportunityTitle: string | null;
  organizationName: string | null;
  approved: boolean | null;
  decisionNote: string | null;
  actor: { handle: string } | null;
}

type Queue = {
  opportunitiesInReview: {
    nodes: { id: string; title: string; status: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

function errorOf(response: GraphQLResponse) {
  return response.errors?.[0]?.extensions;
}

describe('staff reviews: opportunities in review and organizations to verify', () => {
  let app: TestApp;
  let db: DataSource;
  let dir: string;
  let staff: Person;
  let reader: Person;

  async function person(handle: string, roles?: string[]): Promise<Person> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { email, handle, displayName: handle, password: PASSWORD } },
    );
    const id = response.data!.signUp.viewer.id;
    if (roles) {
      await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
      await session.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email, password: PASSWORD } },
      );
    }
    return { handle, id, email, session };
  }

  async function inReview(who: Person, input: Record<string, unknown>): Promise<Opp> {
    const response = await who.session.call<{ createOpportunity: Opp }>(CREATE, {
      input: { kind: 'FUNDING', publish: true, ...input },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOpportunity.status).toBe('IN_REVIEW');
    return response.data!.createOpportunity;
  }

  async function notices(who: Person): Promise<Notice[]> {
    const response = await who.session.call<{ notifications: { nodes: Notice[] } }>(NOTIFICATIONS);
    expect(response.errors).toBeUndefined();
    return response.data!.notifications.nodes;
  }

  async function auditRows(targetId: string) {
    return db.query<
      { action: string; actor_id: string; reason: string | null; before: unknown; after: unknown }[]
    >(
      'SELECT action, actor_id, reason, before, after FROM audit_entry WHERE target_id = $1 ORDER BY occurred_at',
      [targetId],
    );
  }

  async function queue(who: Person, first = 100, after?: string) {
    const response = await who.session.call<Queue>(QUEUE, { first, after });
    expect(response.errors).toBeUndefined();
    return response.data!.opportunitiesInReview;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-reviews-city-'));
    const city = JSON.parse(fs.readFileSync(DEFAULT_CITY_FILE, 'utf8')) as Record<string, unknown>;
    const file = path.join(dir, 'city.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...city, opportunityReview: { newPosters: false, kinds: ['FUNDING'] } }),
    );
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000', GROWHERE_CITY_FILE: file });
    db = app.app.get(DataSource);
    staff = await person('rev-staff', ['MEMBER', 'STAFF']);
    reader = await person('rev-reader');
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('staff see what waits, longest waiting first, page by page; others may not', async () => {
    const ada = await person('rev-ada');
    const first = await inReview(ada, { title: 'Queue first' });
    const second = await inReview(ada, { title: 'Queue second' });
    const third = await inReview(ada, { title: 'Queue third' });
    // Waiting longest is what counts, not when it was drafted.
    await db.query(
      `UPDATE opportunity SET review_requested_at = now() - interval '3 days' WHERE id = $1`,
      [third.id],
    );
    const mine = [third.id, first.id, second.id];

    const all = await queue(staff);
    expect(all.nodes.map((n) => n.id).filter((id) => mine.includes(id))).toEqual(mine);
    expect(all.nodes.every((n) => n.status === 'IN_REVIEW')).toBe(true);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queue(staff, 1, after);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));

    const refused = await reader.session.call(QUEUE, {});
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN' });
    const badCursor = await staff.session.call(QUEUE, { after: 'not-a-cursor' });
    expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('approving publishes it, tells the poster side, and writes one audit entry', async () => {
    const owner = await person('rev-owner');
    const admin = await person('rev-org-admin');
    const created = await owner.session.call<{ createOrganization: { id: string } }>(
      'mutation { createOrganization(input: { name: "Review Fund", slug: "review-fund", type: LENDER }) { id } }',
    );
    const orgId = created.data!.createOrganization.id;
    await db.query(
      `INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'ADMIN')`,
      [orgId, admin.id],
    );
    const opp = await inReview(admin, { title: 'Seed loans', organizationId: orgId });
    expect(await reader.session.call(ONE, { id: opp.id })).toMatchObject({
      data: { opportunity: null },
    });

    const approved = await staff.session.call<{ reviewOpportunity: Opp }>(REVIEW, {
      input: { opportunityId: opp.id, approve: true },
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.reviewOpportunity).toMatchObject({
      status: 'PUBLISHED',
      reviewNote: null,
    });
    expect(approved.data!.reviewOpportunity.publishedAt).not.toBeNull();
    const seen = await reader.session.call<{ opportunity: Opp | null }>(ONE, { id: opp.id });
    expect(seen.data!.opportunity).toMatchObject({ id: opp.id, status: 'PUBLISHED' });
    expect((await queue(staff)).nodes.map((n) => n.id)).not.toContain(opp.id);

    expect(await auditRows(opp.id)).toEqual([
      {
        action: 'opportunity.approve',
        actor_id: staff.id,
        reason: null,
        before: { status: 'IN_REVIEW' },
        after: { status: 'PUBLISHED' },
      },
    ]);
    // The poster and the organization's owner and admins: the city decided, no one in person.
    for (const who of [owner, admin]) {
      expect((await notices(who)).filter((n) => n.type === 'OPPORTUNITY_REVIEWED')).toEqual([
        {
          type: 'OPPORTUNITY_REVIEWED',
          subjectId: opp.id,
          path: `/opportunities/${opp.id}`,
          opportunityTitle: 'Seed loans',
          organizationName: null,
          approved: true,
          decisionNote: null,
          actor: null,
        },
      ]);
    }
    const mail = await waitForMail(
      app,
      (m) => m.recipient === owner.email && m.subject.includes('Seed loans'),
    );
    expect(mail.subject).toBe('City staff approved Seed loans: it is published');

    // Decided once: a second decision finds nothing waiting, and writes nothing.
    const again = await staff.session.call(REVIEW, {
      input: { opportunityId: opp.id, approve: false, note: 'Too late' },
    });
    expect(errorOf(again)).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_IN_REVIEW',
      field: 'opportunityId',
    });
    expect(await auditRows(opp.id)).toHaveLength(1);
    const unknown = await staff.session.call(REVIEW, {
      input: { opportunityId: '00000000-0000-4000-8000-000000000000', approve: true },
    });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'opportunityId' });
  });

  it('rejecting needs a note; the draft carries it to its poster side and staff only', async () => {
    const bea = await person('rev-bea');
    await db.query(`UPDATE member SET locale = 'es' WHERE id = $1`, [bea.id]);
    const opp = await inReview(bea, { title: 'Microcréditos' });

    const noNote = await staff.session.call(REVIEW, {
      input: { opportunityId: opp.id, approve: false },
    });
    expect(errorOf(noNote)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const blank = await staff.session.call(REVIEW, {
      input: { opportunityId: opp.id, approve: false, note: '   ' },
    });
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const tooLong = await staff.session.call(REVIEW, {
      input: { opportunityId: opp.id, approve: false, note: 'x'.repeat(1001) },
    });
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await auditRows(opp.id)).toEqual([]);
    const still = await bea.session.call<{ opportunity: Opp }>(ONE, { id: opp.id });
    expect(still.data!.opportunity.status).toBe('IN_REVIEW');

    const note = 'Add the interest rate and who may apply.';
    const rejected = await staff.session.call<{ reviewOpportunity: Opp }>(REVIEW, {
      input: { opportunityId: opp.id, approve: false, note: `  ${note} ` },
    });
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.reviewOpportunity).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      reviewNote: note,
    });
    const own = await bea.session.call<{ opportunity: Opp }>(ONE, { id: opp.id });
    expect(own.data!.opportunity).toMatchObject({ status: 'DRAFT', reviewNote: note });
    expect(await auditRows(opp.id)).toEqual([
      {
        action: 'opportunity.reject',
        actor_id: staff.id,
        reason: note,
        before: { status: 'IN_REVIEW' },
        after: { status: 'DRAFT' },
      },
    ]);
    expect((await notices(bea)).find((n) => n.type === 'OPPORTUNITY_REVIEWED')).toMatchObject({
      subjectId: opp.id,
      opportunityTitle: 'Microcréditos',
      approved: false,
      decisionNote: note,
    });
    // In her language, with the note.
    const mail = await waitForMail(
      app,
      (m) => m.recipient === bea.email && m.subject.startsWith('El personal'),
    );
    expect(mail.subject).toBe('El personal de la ciudad devolvió Microcréditos a tus borradores');
    expect(mail.text).toContain(`Nota del personal de la ciudad:\n${note}`);

    // Sent again, it waits at the back of the queue, the note still shown to its poster.
    const before = (await queue(staff)).nodes.map((n) => n.id);
    const resent = await bea.session.call<{ publishOpportunity: Opp }>(PUBLISH, { id: opp.id });
    expect(resent.data!.publishOpportunity).toMatchObject({
      status: 'IN_REVIEW',
      reviewNote: note,
    });
    expect((await queue(staff)).nodes.map((n) => n.id)).toEqual([...before, opp.id]);
    const approved = await staff.session.call<{ reviewOpportunity: Opp }>(REVIEW, {
      input: { opportunityId: opp.id, approve: true },
    });
    expect(approved.data!.reviewOpportunity).toMatchObject({
      status: 'PUBLISHED',
      reviewNote: null,
    });

    // A note left on a published one (written by hand here) is still nobody else's business.
    await db.query('UPDATE opportunity SET review_note = $2 WHERE id = $1', [opp.id, 'Private']);
    const asReader = await reader.session.call<{ opportunity: Opp }>(ONE, { id: opp.id });
    expect(asReader.data!.opportunity).toMatchObject({ status: 'PUBLISHED', reviewNote: null });
    const anonymous = await app.graphql<{ opportunity: Opp }>(ONE, { id: opp.id });
    expect(anonymous.data!.opportunity.reviewNote).toBeNull();
    const asStaff = await staff.session.call<{ opportunity: Opp }>(ONE, { id: opp.id });
    expect(asStaff.data!.opportunity.reviewNote).toBe('Private');
    const asPoster = await bea.session.call<{ opportunity: Opp }>(ONE, { id: opp.id });
    expect(asPoster.data!.opportunity.reviewNote).toBe('Private');
  });

  it('approved after its deadline passed while it waited, it is expired at once', async () => {
    const cai = await person('rev-cai');
    const opp = await inReview(cai, {
      title: 'Late grant',
      deadline: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    await db.query(`UPDATE opportunity SET deadline = now() - interval '1 hour' WHERE id = $1`, [
      opp.id,
    ]);
    const approved = await staff.session.call<{ reviewOpportunity: Opp }>(REVIEW, {
      input: { opportunityId: opp.id, approve: true },
    });
    expect(approved.errors).toBeUndefined();
    const result = approved.data!.reviewOpportunity;
    expect(result.status).toBe('EXPIRED');
    expect(result.closedAt).toBe(result.deadline);
    expect(result.publishedAt).not.toBeNull();
    expect(await auditRows(opp.id)).toMatchObject([
      { action: 'opportunity.approve', after: { status: 'EXPIRED' } },
    ]);
    expect(
      (await reader.session.call<{ opportunity: Opp | null }>(ONE, { id: opp.id })).data!
        .opportunity,
    ).toBeNull();
  });

  it('organizations asking for the badge wait oldest first; a refusal with a note reaches the owners', async () => {
    const owners = [await person('rev-org-one'), await person('rev-org-two')];
    const admin = await person('rev-org-two-admin');
    const ids: string[] = [];
    for (const [index, owner] of owners.entries()) {
      const created = await owner.session.call<{ createOrganization: { id: string } }>(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: `Pending ${index}`, slug: `rev-pending-${index}`, type: 'NON_PROFIT' } },
      );
      ids.push(created.data!.createOrganization.id);
    }
    await db.query(
      `INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'ADMIN')`,
      [ids[1], admin.id],
    );
    // The second asks first.
    for (const index of [1, 0]) {
      const asked = await owners[index].session.call(
        'mutation ($id: ID!) { requestOrganizationVerification(input: { organizationId: $id }) { id } }',
        { id: ids[index] },
      );
      expect(asked.errors).toBeUndefined();
    }
    const list = await staff.session.call<{
      organizationsPendingVerification: {
        nodes: { id: string; verificationPending: boolean }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(PENDING, { first: 1 });
    expect(list.data!.organizationsPendingVerification).toMatchObject({
      nodes: [{ id: ids[1], verificationPending: true }],
      pageInfo: { hasNextPage: true },
    });
    const next = await staff.session.call<{
      organizationsPendingVerification: { nodes: { id: string }[] };
    }>(PENDING, {
      first: 1,
      after: list.data!.organizationsPendingVerification.pageInfo.endCursor,
    });
    expect(next.data!.organizationsPendingVerification.nodes.map((n) => n.id)).toEqual([ids[0]]);
    expect(errorOf(await reader.session.call(PENDING, {}))).toMatchObject({ code: 'FORBIDDEN' });

    const note = 'We could not confirm the address.';
    const refused = await staff.session.call(VERIFY, {
      input: { organizationId: ids[1], verified: false, note },
    });
    expect(refused.data).toEqual({
      verifyOrganization: { id: ids[1], verified: false, verificationPending: false },
    });
    expect(await auditRows(ids[1])).toEqual([
      {
        action: 'organization.verification_refused',
        actor_id: staff.id,
        reason: note,
        before: { verified: false },
        after: { verified: false },
      },
    ]);
    // Owners are told; the organization's admin is not.
    expect(
      (await notices(owners[1])).find((n) => n.type === 'ORGANIZATION_VERIFICATION_DECIDED'),
    ).toMatchObject({
      subjectId: ids[1],
      path: '/o/rev-pending-1',
      organizationName: 'Pending 1',
      approved: false,
      decisionNote: note,
      actor: null,
    });
    expect(
      (await notices(admin)).filter((n) => n.type === 'ORGANIZATION_VERIFICATION_DECIDED'),
    ).toEqual([]);
    const mail = await waitForMail(
      app,
      (m) => m.recipient === owners[1].email && m.subject.startsWith('City staff'),
    );
    expect(mail.subject).toBe('City staff did not verify Pending 1');
    expect(mail.text).toContain(`Note from city staff:\n${note}`);

    const granted = await staff.session.call(VERIFY, {
      input: { organizationId: ids[0], verified: true },
    });
    expect(granted.data).toEqual({
      verifyOrganization: { id: ids[0], verified: true, verificationPending: false },
    });
    expect(await auditRows(ids[0])).toHaveLength(1);
    expect(
      (await notices(owners[0])).find((n) => n.type === 'ORGANIZATION_VERIFICATION_DECIDED'),
    ).toMatchObject({ approved: true, decisionNote: null });
    const queueAfter = await staff.session.call<{
      organizationsPendingVerification: { nodes: { id: string }[] };
    }>(PENDING, {});
    expect(queueAfter.data!.organizationsPendingVerification.nodes).toEqual([]);

    // Refusing again what was never asked for and is not verified changes nothing to tell.
    const before = (await notices(owners[1])).length;
    await staff.session.call(VERIFY, { input: { organizationId: ids[1], verified: false } });
    expect(await notices(owners[1])).toHaveLength(before);
    expect(await auditRows(ids[1])).toHaveLength(2);
  });
});
