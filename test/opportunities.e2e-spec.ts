import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { StatementCounter } from '../src/cli/bench/statement-counter.js';
import { DEFAULT_CITY_FILE } from '../src/config/app-config.js';
import { OpportunitiesService } from '../src/modules/opportunities/opportunities.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession, waitForMail } from './support/session.js';

const PASSWORD = 'opportunities-passphrase';
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const FIELDS = `id kind subkind status title description descriptionHtml eligibility sectors stages
  neighborhoods citywide remote categories amountMin amountMax sizeSqFt deadline externalUrl
  publishedAt closedAt createdAt updatedAt poster { handle } organization { slug }
  viewerCanEdit viewerSaved viewerInterest { status } interestCount`;
const INTEREST_FIELDS = `id message status createdAt outcome { kind note recordedAt }
  member { handle } organization { slug } opportunity { id title }`;
const CREATE = `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishOpportunity(input: { opportunityId: $id }) { ${FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeOpportunity(input: { opportunityId: $id }) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { opportunity(id: $id) { ${FIELDS}
  interests { nodes { ${INTEREST_FIELDS} } pageInfo { hasNextPage endCursor } } } }`;
const LIST = `query ($filter: OpportunitiesFilter, $first: Int, $after: String) {
  opportunities(filter: $filter, first: $first, after: $after) {
    nodes { id title status } pageInfo { hasNextPage endCursor } } }`;
const EXPRESS = `mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { ${INTEREST_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawInterest(input: { opportunityId: $id }) { ${INTEREST_FIELDS} } }`;
const OUTCOME = `mutation ($input: RecordInterestOutcomeInput!) { recordInterestOutcome(input: $input) { ${INTEREST_FIELDS} } }`;
const SAVE = `mutation ($id: ID!) { saveOpportunity(input: { opportunityId: $id }) { id viewerSaved } }`;
const UNSAVE = `mutation ($id: ID!) { unsaveOpportunity(input: { opportunityId: $id }) { id viewerSaved } }`;
const SAVED = `query ($first: Int, $after: String) { savedOpportunities(first: $first, after: $after) {
  nodes { id viewerSaved } pageInfo { hasNextPage endCursor } } }`;
const MY_INTERESTS = `{ myOpportunityInterests { nodes { ${INTEREST_FIELDS} } pageInfo { hasNextPage } } }`;
const NOTIFICATIONS = `{ notifications { nodes { type subjectId path opportunityTitle organizationName actor { handle } } } }`;

interface Person {
  handle: string;
  id: string;
  email: string;
  session: TestSession;
}

interface Opp {
  id: string;
  kind: string;
  subkind: string | null;
  status: string;
  title: string;
  description: string;
  descriptionHtml: string;
  sectors: string[];
  stages: string[];
  neighborhoods: string[];
  citywide: boolean;
  remote: boolean;
  categories: string[];
  amountMin: number | null;
  amountMax: number | null;
  deadline: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  poster: { handle: string } | null;
  organization: { slug: string } | null;
  viewerCanEdit: boolean;
  viewerSaved: boolean;
  viewerInterest: { status: string } | null;
  interestCount: number;
  interests?: { nodes: Interest[]; pageInfo: { hasNextPage: boolean } } | null;
}

interface Interest {
  id: string;
  message: string;
  status: string;
  outcome: { kind: string; note: string } | null;
  member: { handle: string } | null;
  organization: { slug: string } | null;
  opportunity: { id: string; title: string };
}

type ListPage = {
  opportunities: {
    nodes: { id: string; title: string; status: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

function errorOf(response: GraphQLResponse) {
  return response.errors?.[0]?.extensions;
}

describe('opportunities', () => {
  let app: TestApp;
  let db: DataSource;
  let counter: StatementCounter;
  let serial = 0;

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
        {
          input: { email, password: PASSWORD },
        },
      );
    }
    return { handle, id, email, session };
  }

  async function organization(
    owner: Person,
    slug: string,
    admins: Person[] = [],
    members: Person[] = [],
  ) {
    const created = await owner.session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: `Org ${slug}`, slug, type: 'LENDER' } },
    );
    const id = created.data!.createOrganization.id;
    for (const [people, role] of [
      [admins, 'ADMIN'],
      [members, 'MEMBER'],
    ] as const) {
      for (const p of people) {
        await db.query(
          'INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, $3)',
          [id, p.id, role],
        );
      }
    }
    return id;
  }

  async function create(
    who: Person,
    input: Record<string, unknown>,
  ): Promise<GraphQLResponse<{ createOpportunity: Opp }>> {
    serial += 1;
    return who.session.call<{ createOpportunity: Opp }>(CREATE, {
      input: { kind: 'JOB', title: `Opportunity ${serial}`, ...input },
    });
  }

  async function published(who: Person, input: Record<string, unknown> = {}): Promise<Opp> {
    const response = await create(who, { publish: true, ...input });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOpportunity.status).toBe('PUBLISHED');
    return response.data!.createOpportunity;
  }

  async function one(who: Person | undefined, id: string): Promise<Opp | null> {
    const response = who
      ? await who.session.call<{ opportunity: Opp | null }>(ONE, { id })
      : await app.graphql<{ opportunity: Opp | null }>(ONE, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.opportunity;
  }

  async function list(who: Person | undefined, variables: Record<string, unknown>) {
    const response = who
      ? await who.session.call<ListPage>(LIST, variables)
      : await app.graphql<ListPage>(LIST, variables);
    return response;
  }

  beforeAll(async () => {
    counter = new StatementCounter();
    counter.install();
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  it('a draft is its poster’s alone; published, it is open to everyone', async () => {
    const femi = await person('opp-femi');
    const reader = await person('opp-reader');
    const created = await create(femi, {
      kind: 'SPACE',
      subkind: 'KITCHEN',
      title: '  Shared kitchen, Tuesday nights  ',
      description: '**Licensed** kitchen. <script>alert(1)</script>',
      sectors: ['72', '31-33', '72'],
      stages: ['EARLY_REVENUE'],
      sizeSqFt: 900,
      categories: ['PARTNERSHIPS', 'SPACE'],
      externalUrl: 'https://kitchen.example/apply',
      deadline: inDays(30),
    });
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createOpportunity;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      title: 'Shared kitchen, Tuesday nights',
      sectors: ['72', '31-33'],
      categories: ['SPACE', 'PARTNERSHIPS'],
      citywide: true,
      remote: false,
      neighborhoods: [],
      publishedAt: null,
      poster: { handle: 'opp-femi' },
      organization: null,
      viewerCanEdit: true,
      interestCount: 0,
    });
    expect(draft.descriptionHtml).toBe(
      '<p><strong>Licensed</strong> kitchen. &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );

    // Nobody else sees a draft: not by id, not in the list.
    expect(await one(reader, draft.id)).toBeNull();
    expect(await one(undefined, draft.id)).toBeNull();
    const before = await list(reader, { first: 100 });
    expect(before.data!.opportunities.nodes.map((n) => n.id)).not.toContain(draft.id);

    const publishedNow = await femi.session.call<{ publishOpportunity: Opp }>(PUBLISH, {
      id: draft.id,
    });
    expect(publishedNow.data!.publishOpportunity.status).toBe('PUBLISHED');
    expect(publishedNow.data!.publishOpportunity.publishedAt).not.toBeNull();

    expect(await one(reader, draft.id)).toMatchObject({
      status: 'PUBLISHED',
      viewerCanEdit: false,
      interests: null,
      poster: { handle: 'opp-femi' },
    });
    expect(await one(undefined, draft.id)).toMatchObject({
      status: 'PUBLISHED',
      viewerCanEdit: false,
      viewerSaved: false,
      viewerInterest: null,
    });
    const after = await list(undefined, { first: 100 });
    expect(after.data!.opportunities.nodes.map((n) => n.id)).toContain(draft.id);

    const again = await femi.session.call(PUBLISH, { id: draft.id });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', field: 'opportunityId' });
  });

  it('organizations: owners and admins post and manage; members, others and staff may not', async () => {
    const owner = await person('opp-org-owner');
    const admin = await person('opp-org-admin');
    const plain = await person('opp-org-member');
    const stranger = await person('opp-org-stranger');
    const staff = await person('opp-org-staff', ['MEMBER', 'STAFF']);
    const orgId = await organization(owner, 'opp-lender', [admin], [plain]);

    const refused = await create(plain, { organizationId: orgId });
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', field: 'organizationId' });
    const notMine = await create(stranger, { organizationId: orgId });
    expect(errorOf(notMine)).toMatchObject({ code: 'FORBIDDEN', field: 'organizationId' });

    const byAdmin = await create(admin, {
      organizationId: orgId,
      kind: 'FUNDING',
      subkind: 'LOAN',
      amountMin: 5000,
      amountMax: 150000,
    });
    expect(byAdmin.errors).toBeUndefined();
    const draft = byAdmin.data!.createOpportunity;
    expect(draft).toMatchObject({
      organization: { slug: 'opp-lender' },
      poster: { handle: 'opp-org-admin' },
      amountMin: 5000,
      amountMax: 150000,
    });

    // The owner manages what an admin posted; staff read drafts but change nothing.
    expect(await one(owner, draft.id)).toMatchObject({ status: 'DRAFT', viewerCanEdit: true });
    expect(await one(staff, draft.id)).toMatchObject({ status: 'DRAFT', viewerCanEdit: false });
    expect(await one(plain, draft.id)).toBeNull();
    const staffEdit = await staff.session.call(UPDATE, {
      input: { opportunityId: draft.id, title: 'Staff title' },
    });
    expect(errorOf(staffEdit)).toMatchObject({ code: 'FORBIDDEN', field: 'opportunityId' });
    const strangerDraft = await stranger.session.call(PUBLISH, { id: draft.id });
    expect(errorOf(strangerDraft)).toMatchObject({ code: 'NOT_FOUND', field: 'opportunityId' });

    const edited = await owner.session.call<{ updateOpportunity: Opp }>(UPDATE, {
      input: { opportunityId: draft.id, title: 'Small-business loans', amountMin: 10000 },
    });
    expect(edited.data!.updateOpportunity).toMatchObject({
      title: 'Small-business loans',
      amountMin: 10000,
      amountMax: 150000,
      kind: 'FUNDING',
    });
    await owner.session.call(PUBLISH, { id: draft.id });
    for (const who of [plain, stranger]) {
      const edit = await who.session.call(CLOSE, { id: draft.id });
      expect(errorOf(edit)).toMatchObject({ code: 'FORBIDDEN', field: 'opportunityId' });
    }
    expect(await one(plain, draft.id)).toMatchObject({ viewerCanEdit: false, interests: null });

    // Both managers see it among their own, in every status.
    const mine = await admin.session.call<ListPage>(LIST, { filter: { postedByMe: true } });
    expect(mine.data!.opportunities.nodes.map((n) => n.id)).toContain(draft.id);
    const closed = await admin.session.call<{ closeOpportunity: Opp }>(CLOSE, { id: draft.id });
    expect(closed.data!.closeOpportunity).toMatchObject({ status: 'CLOSED' });
    expect(closed.data!.closeOpportunity.closedAt).not.toBeNull();
    expect(await one(stranger, draft.id)).toBeNull();
    const ownerMine = await owner.session.call<ListPage>(LIST, {
      filter: { postedByMe: true, statuses: ['CLOSED'] },
    });
    expect(ownerMine.data!.opportunities.nodes).toEqual([
      { id: draft.id, title: 'Small-business loans', status: 'CLOSED' },
    ]);
    const update = await owner.session.call(UPDATE, {
      input: { opportunityId: draft.id, title: 'Reopen?' },
    });
    expect(errorOf(update)).toMatchObject({ code: 'CONFLICT', field: 'opportunityId' });
    const closeAgain = await owner.session.call(CLOSE, { id: draft.id });
    expect(errorOf(closeAgain)).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const poster = await person('opp-validator');
    const cases: [Record<string, unknown>, string][] = [
      [{ deadline: inDays(-1) }, 'deadline'],
      [{ kind: 'FUNDING', amountMin: 500, amountMax: 100 }, 'amountMin'],
      [{ kind: 'FUNDING', amountMin: -1 }, 'amountMin'],
      [{ kind: 'FUNDING', amountMax: -5 }, 'amountMax'],
      [{ kind: 'JOB', amountMax: 5 }, 'amountMax'],
      [{ kind: 'FUNDING', sizeSqFt: 300 }, 'sizeSqFt'],
      [{ kind: 'SPACE', sizeSqFt: -3 }, 'sizeSqFt'],
      [{ kind: 'FUNDING', subkind: 'LAB' }, 'subkind'],
      [{ kind: 'JOB', subkind: 'GRANT' }, 'subkind'],
      [{ sectors: ['99'] }, 'sectors'],
      [{ neighborhoods: ['atlantis'] }, 'neighborhoods'],
      [{ neighborhoods: ['roxbury'], citywide: true }, 'citywide'],
      [{ title: 'ab' }, 'title'],
      [{ title: 'x'.repeat(141) }, 'title'],
      [{ description: 'x'.repeat(8001) }, 'description'],
      [{ eligibility: 'x'.repeat(2001) }, 'eligibility'],
      [{ externalUrl: 'javascript:alert(1)' }, 'externalUrl'],
      [{ externalUrl: `https://example.org/${'x'.repeat(500)}` }, 'externalUrl'],
      [
        { categories: ['TALENT', 'MENTORSHIP', 'TRAINING', 'TECHNOLOGY', 'OTHER', 'SPACE'] },
        'categories',
      ],
      [{ kind: 'NOPE' }, 'kind'],
      [{ stages: ['TEENAGER'] }, 'stages'],
      [{ deadline: 'not a date' }, 'deadline'],
    ];
    for (const [input, field] of cases) {
      const response = await create(poster, input);
      expect(`${field}: ${JSON.stringify(errorOf(response) ?? null)}`).toMatch(
        new RegExp(`^${field}: .*"code":"BAD_USER_INPUT"`),
      );
      expect(errorOf(response)?.field).toBe(field);
    }
    // Values written in the query itself (not variables) are bad input too, named.
    const literal = await poster.session.call(
      'mutation { createOpportunity(input: { kind: NOPE, title: "Literal" }) { id } }',
    );
    expect(errorOf(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const literalList = await poster.session.call(
      '{ opportunities(filter: { kinds: [JOB, NOPE] }) { nodes { id } } }',
    );
    expect(errorOf(literalList)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    const kindChange = await poster.session.call(
      'mutation { updateOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000", kind: JOB }) { id } }',
    );
    expect(errorOf(kindChange)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    // The same for the rest of the API: an unknown enum value in another module's input.
    const settings = await poster.session.call(
      'mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { dailyDigest } }',
      { input: { preferences: [{ type: 'NOPE', channel: 'EMAIL' }] } },
    );
    expect(errorOf(settings)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    // Mistakes in the query's shape stay validation errors.
    const unknownField = await poster.session.call('{ opportunities { nodes { colour } } }');
    expect(errorOf(unknownField)?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // Update checks the merged values: a minimum above the stored maximum.
    const loan = await create(poster, { kind: 'FUNDING', amountMin: 100, amountMax: 200 });
    const above = await poster.session.call(UPDATE, {
      input: { opportunityId: loan.data!.createOpportunity.id, amountMin: 300 },
    });
    expect(errorOf(above)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMin' });
    const past = await poster.session.call(UPDATE, {
      input: { opportunityId: loan.data!.createOpportunity.id, deadline: inDays(-2) },
    });
    expect(errorOf(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
  });

  it('places: neighborhoods of the city, remote, or citywide when none is given', async () => {
    const poster = await person('opp-places');
    const local = await published(poster, { neighborhoods: ['roxbury', 'dorchester'] });
    expect(local).toMatchObject({ citywide: false, neighborhoods: ['roxbury', 'dorchester'] });
    const remote = await published(poster, { remote: true });
    expect(remote).toMatchObject({ citywide: false, remote: true });
    const everywhere = await published(poster, {});
    expect(everywhere).toMatchObject({ citywide: true, remote: false });
    const updated = await poster.session.call<{ updateOpportunity: Opp }>(UPDATE, {
      input: { opportunityId: local.id, neighborhoods: [] },
    });
    expect(updated.data!.updateOpportunity).toMatchObject({ citywide: true, neighborhoods: [] });
    const placed = await poster.session.call<{ updateOpportunity: Opp }>(UPDATE, {
      input: { opportunityId: everywhere.id, neighborhoods: ['mattapan'] },
    });
    expect(placed.data!.updateOpportunity).toMatchObject({
      citywide: false,
      neighborhoods: ['mattapan'],
    });
    const both = await poster.session.call(UPDATE, {
      input: { opportunityId: everywhere.id, citywide: true },
    });
    expect(errorOf(both)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'citywide' });
  });

  it('lists open opportunities with filters and keyset pages, newest published first', async () => {
    const lender = await person('opp-list-lender');
    const orgId = await organization(lender, 'opp-list-fund');
    const other = await person('opp-list-other');
    const tag = 'List test';
    const loan = await published(lender, {
      organizationId: orgId,
      kind: 'FUNDING',
      title: `${tag} loan`,
      sectors: ['72'],
      stages: ['GROWTH'],
      neighborhoods: ['roxbury'],
    });
    const job = await published(other, {
      kind: 'JOB',
      title: `${tag} job`,
      sectors: ['54'],
      neighborhoods: ['east-boston'],
    });
    const anySector = await published(other, { kind: 'EVENT', title: `${tag} event` });
    const draft = await create(other, { kind: 'JOB', title: `${tag} draft` });

    const ids = async (filter: Record<string, unknown>) =>
      (await list(other, { filter, first: 100 })).data!.opportunities.nodes.map((n) => n.id);
    expect(await ids({ kinds: ['FUNDING'] })).toContain(loan.id);
    expect(await ids({ kinds: ['FUNDING'] })).not.toContain(job.id);
    const food = await ids({ sectors: ['72'] });
    expect(food).toEqual(expect.arrayContaining([loan.id, anySector.id]));
    expect(food).not.toContain(job.id);
    const roxbury = await ids({ neighborhoods: ['roxbury'] });
    expect(roxbury).toEqual(expect.arrayContaining([loan.id, anySector.id]));
    expect(roxbury).not.toContain(job.id);
    expect(await ids({ stages: ['IDEA'] })).not.toContain(loan.id);
    expect(await ids({ organizationId: orgId })).toEqual([loan.id]);
    const mine = await ids({ postedByMe: true });
    expect(mine).toEqual(
      expect.arrayContaining([job.id, anySector.id, draft.data!.createOpportunity.id]),
    );
    expect(mine).not.toContain(loan.id);
    expect(await ids({ postedByMe: true, statuses: ['DRAFT'] })).toEqual([
      draft.data!.createOpportunity.id,
    ]);

    const statuses = await list(other, { filter: { statuses: ['DRAFT'] } });
    expect(errorOf(statuses)).toMatchObject({ code: 'FORBIDDEN', field: 'statuses' });
    const staff = await person('opp-list-staff', ['MEMBER', 'STAFF']);
    const staffDrafts = await list(staff, { filter: { statuses: ['DRAFT'] }, first: 100 });
    expect(staffDrafts.data!.opportunities.nodes.map((n) => n.id)).toContain(
      draft.data!.createOpportunity.id,
    );
    const anonymousMine = await list(undefined, { filter: { postedByMe: true } });
    expect(errorOf(anonymousMine)).toMatchObject({ code: 'UNAUTHENTICATED' });

    // Pages of two walk the whole list once, newest published first.
    const all = (await list(other, { first: 100 })).data!.opportunities.nodes.map((n) => n.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: ListPage = (await list(other, { first: 2, after })).data!;
      seen.push(...page.opportunities.nodes.map((n) => n.id));
      after = page.opportunities.pageInfo.hasNextPage
        ? page.opportunities.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(all.indexOf(anySector.id)).toBeLessThan(all.indexOf(job.id));
    expect(all.indexOf(job.id)).toBeLessThan(all.indexOf(loan.id));
    const badCursor = await list(other, { after: 'nonsense' });
    expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a block hides a member’s own opportunities both ways, not an organization’s', async () => {
    const poster = await person('opp-block-poster');
    const blocker = await person('opp-block-blocker');
    const orgId = await organization(poster, 'opp-block-org');
    const own = await published(poster, { title: 'Own offer' });
    const orgs = await published(poster, { title: 'Org offer', organizationId: orgId });
    await blocker.session.call('mutation ($id: ID!) { blockMember(input: { memberId: $id }) }', {
      id: poster.id,
    });
    expect(await one(blocker, own.id)).toBeNull();
    expect(await one(blocker, orgs.id)).toMatchObject({
      poster: null,
      organization: { slug: 'opp-block-org' },
    });
    const visible = (await list(blocker, { first: 100 })).data!.opportunities.nodes.map(
      (n) => n.id,
    );
    expect(visible).toContain(orgs.id);
    expect(visible).not.toContain(own.id);
    const express = await blocker.session.call(EXPRESS, { input: { opportunityId: own.id } });
    expect(errorOf(express)).toMatchObject({ code: 'NOT_FOUND' });
    // The other way round too: the blocked member no longer sees the blocker's.
    const blockersOwn = await published(blocker, { title: 'Blocker offer' });
    expect(await one(poster, blockersOwn.id)).toBeNull();
  });

  it('interest: expressed, told to the poster side, listed, withdrawn, expressed again, with an outcome', async () => {
    const owner = await person('opp-int-owner');
    const admin = await person('opp-int-admin');
    const founder = await person('opp-int-founder');
    const partner = await person('opp-int-partner');
    const stranger = await person('opp-int-stranger');
    const staff = await person('opp-int-staff', ['MEMBER', 'STAFF']);
    const lenderId = await organization(owner, 'opp-int-lender', [admin]);
    const bakeryId = await organization(partner, 'opp-int-bakery');
    const loan = await published(admin, {
      organizationId: lenderId,
      kind: 'FUNDING',
      title: 'Equipment loans',
    });

    const own = await owner.session.call(EXPRESS, { input: { opportunityId: loan.id } });
    expect(errorOf(own)).toMatchObject({ code: 'FORBIDDEN', field: 'opportunityId' });
    const notAdmin = await founder.session.call(EXPRESS, {
      input: { opportunityId: loan.id, organizationId: bakeryId },
    });
    expect(errorOf(notAdmin)).toMatchObject({ code: 'FORBIDDEN', field: 'organizationId' });
    const long = await founder.session.call(EXPRESS, {
      input: { opportunityId: loan.id, message: 'x'.repeat(1001) },
    });
    expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });

    const expressed = await founder.session.call<{ expressInterest: Interest }>(EXPRESS, {
      input: { opportunityId: loan.id, message: '  We need a $40k oven loan.  ' },
    });
    expect(expressed.errors).toBeUndefined();
    expect(expressed.data!.expressInterest).toMatchObject({
      status: 'ACTIVE',
      message: 'We need a $40k oven loan.',
      member: { handle: 'opp-int-founder' },
      organization: null,
      opportunity: { id: loan.id, title: 'Equipment loans' },
    });
    const twice = await founder.session.call(EXPRESS, { input: { opportunityId: loan.id } });
    expect(errorOf(twice)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_INTERESTED' });
    const forBakery = await partner.session.call<{ expressInterest: Interest }>(EXPRESS, {
      input: { opportunityId: loan.id, organizationId: bakeryId, message: 'For our bakery' },
    });
    expect(forBakery.data!.expressInterest).toMatchObject({
      organization: { slug: 'opp-int-bakery' },
    });

    // The poster and every owner and admin of the posting organization are told.
    for (const who of [owner, admin]) {
      const notes = await who.session.call<{
        notifications: { nodes: Record<string, unknown>[] };
      }>(NOTIFICATIONS);
      expect(notes.data!.notifications.nodes).toEqual(
        expect.arrayContaining([
          {
            type: 'OPPORTUNITY_INTEREST',
            subjectId: loan.id,
            path: `/opportunities/${loan.id}`,
            opportunityTitle: 'Equipment loans',
            organizationName: null,
            actor: { handle: 'opp-int-founder' },
          },
          expect.objectContaining({
            actor: { handle: 'opp-int-partner' },
            organizationName: 'Org opp-int-bakery',
          }),
        ]),
      );
    }
    // By mail at once, by default.
    const mail = await waitForMail(
      app,
      (m) => m.recipient === owner.email && m.subject.includes('is interested in Equipment loans'),
    );
    expect(mail.text).toContain(`/opportunities/${loan.id}`);
    const strangerNotes = await stranger.session.call<{ notifications: { nodes: unknown[] } }>(
      NOTIFICATIONS,
    );
    expect(strangerNotes.data!.notifications.nodes).toEqual([]);

    // The poster side sees who is interested; others do not.
    const asOwner = (await one(owner, loan.id))!;
    expect(asOwner.interestCount).toBe(2);
    expect(asOwner.interests!.nodes.map((i) => i.member?.handle)).toEqual([
      'opp-int-partner',
      'opp-int-founder',
    ]);
    expect((await one(staff, loan.id))!.interests!.nodes).toHaveLength(2);
    const badPage = await owner.session.call(
      'query ($id: ID!) { opportunity(id: $id) { interests(first: 0) { nodes { id } } } }',
      { id: loan.id },
    );
    expect(errorOf(badPage)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await one(founder, loan.id)).toMatchObject({
      interests: null,
      interestCount: 2,
      viewerInterest: { status: 'ACTIVE' },
    });

    const withdrawn = await founder.session.call<{ withdrawInterest: Interest }>(WITHDRAW, {
      id: loan.id,
    });
    expect(withdrawn.data!.withdrawInterest.status).toBe('WITHDRAWN');
    const afterWithdraw = (await one(admin, loan.id))!;
    expect(afterWithdraw.interestCount).toBe(1);
    expect(afterWithdraw.interests!.nodes.map((i) => [i.member?.handle, i.status])).toEqual([
      ['opp-int-partner', 'ACTIVE'],
      ['opp-int-founder', 'WITHDRAWN'],
    ]);
    const strangerWithdraw = await stranger.session.call(WITHDRAW, { id: loan.id });
    expect(errorOf(strangerWithdraw)).toMatchObject({ code: 'NOT_FOUND' });

    const again = await founder.session.call<{ expressInterest: Interest }>(EXPRESS, {
      input: { opportunityId: loan.id, message: 'Back again' },
    });
    expect(again.data!.expressInterest).toMatchObject({
      id: expressed.data!.expressInterest.id,
      status: 'ACTIVE',
      message: 'Back again',
    });
    const reordered = (await one(owner, loan.id))!;
    expect(reordered.interests!.nodes.map((i) => i.member?.handle)).toEqual([
      'opp-int-founder',
      'opp-int-partner',
    ]);

    // Outcomes: the poster side records them; the interested member and staff may not.
    const interestId = expressed.data!.expressInterest.id;
    const byFounder = await founder.session.call(OUTCOME, {
      input: { interestId, kind: 'FUNDING' },
    });
    expect(errorOf(byFounder)).toMatchObject({ code: 'FORBIDDEN' });
    const byStaff = await staff.session.call(OUTCOME, { input: { interestId, kind: 'FUNDING' } });
    expect(errorOf(byStaff)).toMatchObject({ code: 'FORBIDDEN' });
    const byStranger = await stranger.session.call(OUTCOME, {
      input: { interestId, kind: 'FUNDING' },
    });
    expect(errorOf(byStranger)).toMatchObject({ code: 'NOT_FOUND', field: 'interestId' });
    const recorded = await owner.session.call<{ recordInterestOutcome: Interest }>(OUTCOME, {
      input: { interestId, kind: 'FUNDING', note: '  $40k approved  ' },
    });
    expect(recorded.data!.recordInterestOutcome.outcome).toMatchObject({
      kind: 'FUNDING',
      note: '$40k approved',
    });
    const unknownKind = await owner.session.call(OUTCOME, { input: { interestId, kind: 'LUCK' } });
    expect(errorOf(unknownKind)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });

    const mineList = await founder.session.call<{
      myOpportunityInterests: { nodes: Interest[] };
    }>(MY_INTERESTS);
    expect(mineList.data!.myOpportunityInterests.nodes).toEqual([
      expect.objectContaining({
        id: interestId,
        outcome: expect.objectContaining({ kind: 'FUNDING', note: '$40k approved' }) as unknown,
        opportunity: { id: loan.id, title: 'Equipment loans' },
      }),
    ]);

    // Closed, it takes no more interest.
    await owner.session.call(CLOSE, { id: loan.id });
    const late = await stranger.session.call(EXPRESS, { input: { opportunityId: loan.id } });
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'OPPORTUNITY_CLOSED' });
    const draft = await create(owner, { title: 'Not yet' });
    const early = await stranger.session.call(EXPRESS, {
      input: { opportunityId: draft.data!.createOpportunity.id },
    });
    expect(errorOf(early)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('interest is told as the poster chose: OFF not at all, IN_APP without mail', async () => {
    const poster = await person('opp-pref-poster');
    const first = await person('opp-pref-first');
    const second = await person('opp-pref-second');
    const offer = await published(poster, { title: 'Preference test' });
    const choose = (channel: string) =>
      poster.session.call(
        'mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { dailyDigest } }',
        { input: { preferences: [{ type: 'OPPORTUNITY_INTEREST', channel }] } },
      );
    const told = async () =>
      (
        await poster.session.call<{ notifications: { nodes: { actor: { handle: string } }[] } }>(
          NOTIFICATIONS,
        )
      ).data!.notifications.nodes.map((n) => n.actor.handle);

    await choose('OFF');
    await first.session.call(EXPRESS, { input: { opportunityId: offer.id } });
    expect(await told()).toEqual([]);
    await choose('IN_APP');
    await second.session.call(EXPRESS, { input: { opportunityId: offer.id } });
    expect(await told()).toEqual(['opp-pref-second']);
    const mailed = await db.query<unknown[]>(
      "SELECT 1 FROM mail_outbox WHERE recipient = $1 AND subject LIKE '%interested%'",
      [poster.email],
    );
    expect(mailed).toEqual([]);
  });

  it('saves: only what one can see, idempotent, listed newest first', async () => {
    const poster = await person('opp-save-poster');
    const saver = await person('opp-save-saver');
    const first = await published(poster, { title: 'Save one' });
    const second = await published(poster, { title: 'Save two' });
    const draft = await create(poster, { title: 'Save draft' });

    for (const id of [first.id, first.id, second.id]) {
      const saved = await saver.session.call<{ saveOpportunity: { viewerSaved: boolean } }>(SAVE, {
        id,
      });
      expect(saved.data!.saveOpportunity.viewerSaved).toBe(true);
    }
    const hidden = await saver.session.call(SAVE, { id: draft.data!.createOpportunity.id });
    expect(errorOf(hidden)).toMatchObject({ code: 'NOT_FOUND', field: 'opportunityId' });

    const page = await saver.session.call<{
      savedOpportunities: {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(SAVED, { first: 1 });
    expect(page.data!.savedOpportunities.nodes.map((n) => n.id)).toEqual([second.id]);
    const rest = await saver.session.call<{ savedOpportunities: { nodes: { id: string }[] } }>(
      SAVED,
      { first: 1, after: page.data!.savedOpportunities.pageInfo.endCursor },
    );
    expect(rest.data!.savedOpportunities.nodes.map((n) => n.id)).toEqual([first.id]);

    const unsaved = await saver.session.call<{ unsaveOpportunity: { viewerSaved: boolean } }>(
      UNSAVE,
      { id: first.id },
    );
    expect(unsaved.data!.unsaveOpportunity.viewerSaved).toBe(false);
    expect((await saver.session.call(UNSAVE, { id: first.id })).errors).toBeUndefined();
    // Closed, it leaves the saved list.
    await poster.session.call(CLOSE, { id: second.id });
    const none = await saver.session.call<{ savedOpportunities: { nodes: unknown[] } }>(SAVED, {});
    expect(none.data!.savedOpportunities.nodes).toEqual([]);
  });

  it('a passed deadline reads as expired at once; the sweep records it, once', async () => {
    const poster = await person('opp-expiry-poster');
    const reader = await person('opp-expiry-reader');
    const soon = await published(poster, { title: 'Closing soon', deadline: inDays(1) });
    await db.query(`UPDATE opportunity SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      soon.id,
    ]);
    expect(await one(reader, soon.id)).toBeNull();
    expect(await one(poster, soon.id)).toMatchObject({ status: 'EXPIRED' });
    const late = await reader.session.call(EXPRESS, { input: { opportunityId: soon.id } });
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'OPPORTUNITY_CLOSED' });
    const edit = await poster.session.call(UPDATE, {
      input: { opportunityId: soon.id, deadline: inDays(5) },
    });
    expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT' });
    const listed = (await list(reader, { first: 100 })).data!.opportunities.nodes.map((n) => n.id);
    expect(listed).not.toContain(soon.id);
    const expiredOwn = await poster.session.call<ListPage>(LIST, {
      filter: { postedByMe: true, statuses: ['EXPIRED'] },
    });
    expect(expiredOwn.data!.opportunities.nodes.map((n) => n.id)).toEqual([soon.id]);

    const service = app.app.get(OpportunitiesService);
    expect(await service.expireDue()).toBeGreaterThanOrEqual(1);
    const [row] = await db.query<{ status: string }[]>(
      'SELECT status FROM opportunity WHERE id = $1',
      [soon.id],
    );
    expect(row.status).toBe('EXPIRED');
    expect(await service.expireDue()).toBe(0);
  });

  it('Markdown is rendered once, sanitised, for descriptions and previews alike', async () => {
    const writer = await person('opp-markdown');
    const hostile: [string, RegExp][] = [
      ['<script>alert(1)</script>', /^<p>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>$/],
      ['<img src=x onerror=alert(1)>', /^<p>&lt;img src=x onerror=alert\(1\)&gt;<\/p>$/],
      ['[x](javascript:alert(1))', /^<p>\[x\]\(javascript:alert\(1\)\)<\/p>$/],
      ['[x](&#106;avascript:alert(1))', /^<p>\[x\]\(javascript:alert\(1\)\)<\/p>$/],
      ['[x](JaVaScRiPt&#58;alert(1))', /^<p>\[x\]\(JaVaScRiPt:alert\(1\)\)<\/p>$/],
      [
        '[d](data:text/html;base64,PHNjcmlwdD4=)',
        /^<p>\[d\]\(data:text\/html;base64,PHNjcmlwdD4=\)<\/p>$/,
      ],
      ['&lt;b onmouseover=x&gt;', /^<p>&lt;b onmouseover=x&gt;<\/p>$/],
      [
        '[t](https://ok.example "a\\" onmouseover=\\"x")',
        /^<p><a href="https:\/\/ok\.example" title="a&quot; onmouseover=&quot;x" rel="nofollow noopener noreferrer" target="_blank">t<\/a><\/p>$/,
      ],
      [
        '![pixel](https://tracker.example/p.png)',
        /^<p><a href="https:\/\/tracker\.example\/p\.png" rel="nofollow noopener noreferrer" target="_blank">pixel<\/a><\/p>$/,
      ],
    ];
    for (const [markdown, expected] of hostile) {
      const rendered = await writer.session.call<{ renderMarkdown: string }>(
        'query ($markdown: String!) { renderMarkdown(markdown: $markdown) }',
        { markdown },
      );
      expect(rendered.data!.renderMarkdown).toMatch(expected);
      // No script or image tag, no event handler attribute, no script or data link.
      expect(rendered.data!.renderMarkdown).not.toMatch(
        /<(script|img)|<[a-z]+(\s+[a-z-]+="[^"]*")*\s+on[a-z]+=|href="(javascript|data):/i,
      );
    }
    const links = await writer.session.call<{ renderMarkdown: string }>(
      'query ($markdown: String!) { renderMarkdown(markdown: $markdown) }',
      {
        markdown:
          '## Apply\n\n- [Form](https://apply.example/form)\n- [Mail us](mailto:loans@fund.example)\n\nSee https://fund.example',
      },
    );
    expect(links.data!.renderMarkdown).toBe(
      '<h2>Apply</h2>\n<ul>\n<li><a href="https://apply.example/form" rel="nofollow noopener noreferrer" target="_blank">Form</a></li>\n' +
        '<li><a href="mailto:loans@fund.example" rel="nofollow noopener noreferrer" target="_blank">Mail us</a></li>\n</ul>\n' +
        '<p>See <a href="https://fund.example" rel="nofollow noopener noreferrer" target="_blank">https://fund.example</a></p>',
    );
    const source = '**Bold** <b>raw</b> [x](javascript:alert(1))';
    const preview = await writer.session.call<{ renderMarkdown: string }>(
      'query ($markdown: String!) { renderMarkdown(markdown: $markdown) }',
      { markdown: source },
    );
    const created = await create(writer, { description: source });
    expect(created.data!.createOpportunity.descriptionHtml).toBe(preview.data!.renderMarkdown);
    const tooLong = await writer.session.call(
      'query ($markdown: String!) { renderMarkdown(markdown: $markdown) }',
      { markdown: 'x'.repeat(8001) },
    );
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'markdown' });
  });

  it('a list of 50 costs the same SQL statements as a list of 5', async () => {
    const poster = await person('opp-bench-poster');
    const viewer = await person('opp-bench-viewer');
    const orgId = await organization(poster, 'opp-bench-org', [viewer]);
    // Posted straight into the table: 60 opportunities, half the organization's, with interest.
    await db.query(
      `INSERT INTO opportunity (kind, status, poster_id, organization_id, title, categories, citywide, published_at)
       SELECT 'JOB', 'PUBLISHED', $1, CASE WHEN n % 2 = 0 THEN $2::uuid END, 'Bench ' || n, '{TALENT}', true,
              now() + make_interval(secs => n)
       FROM generate_series(1, 60) AS n`,
      [poster.id, orgId],
    );
    const helper = await person('opp-bench-helper');
    await db.query(
      `INSERT INTO opportunity_interest (opportunity_id, member_id, message)
       SELECT id, $1, 'Count me in' FROM opportunity WHERE title LIKE 'Bench %'`,
      [helper.id],
    );
    await db.query(
      `INSERT INTO opportunity_save (member_id, opportunity_id)
       SELECT $1, id FROM opportunity WHERE title LIKE 'Bench %'`,
      [viewer.id],
    );
    const query = `query ($first: Int) { opportunities(first: $first) {
      nodes { ${FIELDS} interests(first: 5) { nodes { ${INTEREST_FIELDS} } } } } }`;
    const statements: Record<number, number> = {};
    for (const first of [5, 50]) {
      const response = await viewer.session.call<{ opportunities: { nodes: Opp[] } }>(query, {
        first,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.opportunities.nodes).toHaveLength(first);
      expect(response.data!.opportunities.nodes.filter((n) => n.interests)).not.toHaveLength(0);
      statements[first] = counter.lastRequest();
    }
    expect(statements[5]).toBeGreaterThan(0);
    expect(statements[50]).toBe(statements[5]);
  });

  it('account: the export carries them; deletion closes one’s own, withdraws interest, drops saves', async () => {
    const leaver = await person('opp-leaver');
    const poster = await person('opp-leaver-poster');
    const orgId = await organization(leaver, 'opp-leaver-org');
    const own = await published(leaver, { title: 'Leaver own' });
    const orgs = await published(leaver, { title: 'Leaver org', organizationId: orgId });
    const theirs = await published(poster, { title: 'Poster offer' });
    await leaver.session.call(EXPRESS, { input: { opportunityId: theirs.id, message: 'Me!' } });
    await leaver.session.call(SAVE, { id: theirs.id });

    const exported = await leaver.session.call<{ exportMyData: string }>(
      'mutation { exportMyData }',
    );
    const document = JSON.parse(exported.data!.exportMyData) as {
      opportunities: {
        posted: { title: string }[];
        interests: { message: string }[];
        saves: { opportunityId: string }[];
      };
    };
    expect(document.opportunities.posted.map((p) => p.title)).toEqual(['Leaver own', 'Leaver org']);
    expect(document.opportunities.interests.map((i) => i.message)).toEqual(['Me!']);
    expect(document.opportunities.saves.map((s) => s.opportunityId)).toEqual([theirs.id]);

    const deleted = await leaver.session.call(
      `mutation { deleteMyAccount(input: { password: "${PASSWORD}" }) }`,
    );
    expect(deleted.errors).toBeUndefined();
    const rows = await db.query<{ id: string; status: string }[]>(
      'SELECT id, status FROM opportunity WHERE id = ANY($1)',
      [[own.id, orgs.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [own.id]: 'CLOSED',
      [orgs.id]: 'PUBLISHED',
    });
    const interest = await db.query<{ status: string }[]>(
      'SELECT status FROM opportunity_interest WHERE member_id = $1',
      [leaver.id],
    );
    expect(interest).toEqual([{ status: 'WITHDRAWN' }]);
    const saves = await db.query<unknown[]>('SELECT 1 FROM opportunity_save WHERE member_id = $1', [
      leaver.id,
    ]);
    expect(saves).toEqual([]);
    expect((await one(poster, theirs.id))!.interestCount).toBe(0);
    expect(await one(poster, orgs.id)).toMatchObject({ poster: null, status: 'PUBLISHED' });
  });
});

describe('opportunities when the city asks staff to review', () => {
  let app: TestApp;
  let db: DataSource;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-review-city-'));
    const city = JSON.parse(fs.readFileSync(DEFAULT_CITY_FILE, 'utf8')) as Record<string, unknown>;
    const file = path.join(dir, 'city.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...city, opportunityReview: { newPosters: true, kinds: ['FUNDING'] } }),
    );
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000', GROWHERE_CITY_FILE: file });
    db = app.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a new poster’s first, and every opportunity of a reviewed kind, wait IN_REVIEW', async () => {
    const session = new TestSession(app);
    await session.call(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: {
          email: 'newbie@example.org',
          handle: 'opp-newbie',
          displayName: 'New',
          password: PASSWORD,
        },
      },
    );
    const reader = new TestSession(app);
    await reader.call('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: {
        email: 'reader@example.org',
        handle: 'opp-review-reader',
        displayName: 'R',
        password: PASSWORD,
      },
    });
    const first = await session.call<{ createOpportunity: Opp }>(CREATE, {
      input: { kind: 'JOB', title: 'First job', publish: true },
    });
    expect(first.data!.createOpportunity).toMatchObject({ status: 'IN_REVIEW', publishedAt: null });
    const id = first.data!.createOpportunity.id;
    expect(
      (await reader.call<{ opportunity: Opp | null }>(ONE, { id })).data!.opportunity,
    ).toBeNull();
    const again = await session.call(PUBLISH, { id });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_A_DRAFT' });
    // Still editable while it waits.
    const edited = await session.call<{ updateOpportunity: Opp }>(UPDATE, {
      input: { opportunityId: id, title: 'First job, edited' },
    });
    expect(edited.data!.updateOpportunity).toMatchObject({ status: 'IN_REVIEW' });

    // Once staff have published one of theirs (their decision comes later), they are not new.
    await db.query(
      `UPDATE opportunity SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
      [id],
    );
    const second = await session.call<{ createOpportunity: Opp }>(CREATE, {
      input: { kind: 'JOB', title: 'Second job', publish: true },
    });
    expect(second.data!.createOpportunity.status).toBe('PUBLISHED');
    const funding = await session.call<{ createOpportunity: Opp }>(CREATE, {
      input: { kind: 'FUNDING', title: 'A grant', publish: true },
    });
    expect(funding.data!.createOpportunity.status).toBe('IN_REVIEW');
  });
});
