import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StatementCounter } from '../src/cli/bench/statement-counter.js';
import { MatchDigestService } from '../src/modules/matchmaking/match-digest.service.js';
import { WEIGHTS } from '../src/modules/matchmaking/match-scoring.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { allMail, TestSession } from './support/session.js';

const PASSWORD = 'matchmaking-passphrase';
const DAY_MS = 24 * 60 * 60 * 1000;

const MATCH_FIELDS = `score
  reasons { code text category offerText needText sector stage neighborhood language count deadline }
  connectors { id handle isConnector }
  target {
    __typename
    ... on Member { id handle }
    ... on Organization { id slug }
    ... on Opportunity { id title kind }
  }`;
const RECOMMENDATIONS = `query ($kinds: [MatchKind!], $first: Int) {
  recommendations(kinds: $kinds, first: $first) { ${MATCH_FIELDS} } }`;
const CANDIDATES = `query ($id: ID!, $first: Int) {
  candidatesForOpportunity(opportunityId: $id, first: $first) { ${MATCH_FIELDS} } }`;
const DISMISS = `mutation ($id: ID!, $reason: MatchDismissReason) {
  dismissMatch(input: { targetId: $id, reason: $reason }) }`;
const UNDISMISS = 'mutation ($id: ID!) { undismissMatch(input: { targetId: $id }) }';

interface Reason {
  code: string;
  text: string;
  category: string | null;
  offerText: string | null;
  needText: string | null;
  sector: string | null;
  stage: string | null;
  neighborhood: string | null;
  language: string | null;
  count: number | null;
  deadline: string | null;
}
interface MatchResult {
  score: number;
  reasons: Reason[];
  connectors: { id: string; handle: string; isConnector: boolean }[];
  target: { __typename: string; id: string; handle?: string; slug?: string; title?: string };
}
interface Person {
  id: string;
  handle: string;
  email: string;
  session: TestSession;
}
interface Statement {
  category: string;
  text: string;
}
interface Profile {
  sectors?: string[];
  stage?: string;
  neighborhood?: string;
  languages?: string[];
  needs?: Statement[];
  offers?: Statement[];
  visibility?: { location: string };
}

describe('matchmaking', () => {
  let app: TestApp;
  let db: DataSource;

  async function person(handle: string, profile: Profile = {}, locale = 'en'): Promise<Person> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const signUp = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { email, handle, displayName: handle, password: PASSWORD, locale } },
    );
    expect(signUp.errors).toBeUndefined();
    const updated = await session.call(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      { input: profile },
    );
    expect(updated.errors).toBeUndefined();
    return { id: signUp.data!.signUp.viewer.id, handle, email, session };
  }

  async function organization(
    owner: Person,
    slug: string,
    fields: { type?: string; sectors?: string[]; neighborhood?: string } & Pick<
      Profile,
      'needs' | 'offers'
    >,
  ): Promise<string> {
    const created = await owner.session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: slug, slug, type: 'SMALL_BUSINESS', ...fields } },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createOrganization.id;
  }

  /** Until the opportunities module lands, opportunities are rows written directly. */
  async function opportunity(values: {
    title: string;
    kind: string;
    subkind?: string;
    status?: string;
    posterId: string;
    organizationId?: string;
    categories: string[];
    sectors?: string[];
    stages?: string[];
    neighborhoods?: string[];
    citywide?: boolean;
    deadline?: Date;
  }): Promise<string> {
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO opportunity (kind, subkind, status, poster_id, organization_id, title, categories,
         sectors, stages, neighborhoods, citywide, deadline, published_at)
       VALUES ($1, $2, $3::varchar, $4, $5, $6, $7, $8, $9, $10, $11, $12,
               CASE WHEN $3::varchar = 'PUBLISHED' THEN now() END)
       RETURNING id`,
      [
        values.kind,
        values.subkind ?? null,
        values.status ?? 'PUBLISHED',
        values.posterId,
        values.organizationId ?? null,
        values.title,
        values.categories,
        values.sectors ?? [],
        values.stages ?? [],
        values.neighborhoods ?? [],
        values.citywide ?? true,
        values.deadline ?? null,
      ],
    );
    return rows[0].id;
  }

  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function recommendations(
    who: Person,
    variables: { kinds?: string[]; first?: number } = {},
  ): Promise<MatchResult[]> {
    const response = await who.session.call<{ recommendations: MatchResult[] }>(
      RECOMMENDATIONS,
      variables,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.recommendations;
  }

  const ids = (matches: MatchResult[]) => matches.map((match) => match.target.id);
  const find = (matches: MatchResult[], id: string) =>
    matches.find((match) => match.target.id === id);

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = app.app.get(DataSource);
  });
  afterAll(() => app?.close());

  it('shows a member who needs funding a lender’s loan programme, in the offer’s own words', async () => {
    const lender = await person('mm-lender', { sectors: ['52'] });
    const bankId = await organization(lender, 'mm-main-street-bank', {
      type: 'LENDER',
      sectors: ['52'],
      neighborhood: 'roxbury',
      offers: [{ category: 'FUNDING', text: 'Small-business loans up to $50,000' }],
    });
    const deadline = new Date(Date.now() + 5 * DAY_MS);
    const loanId = await opportunity({
      title: 'Main Street Microloans',
      kind: 'FUNDING',
      subkind: 'LOAN',
      posterId: lender.id,
      organizationId: bankId,
      categories: ['FUNDING'],
      stages: ['EARLY_REVENUE'],
      deadline,
    });
    const draftId = await opportunity({
      title: 'Draft loans',
      kind: 'FUNDING',
      status: 'DRAFT',
      posterId: lender.id,
      organizationId: bankId,
      categories: ['FUNDING'],
    });
    const closedId = await opportunity({
      title: 'Closed loans',
      kind: 'FUNDING',
      status: 'CLOSED',
      posterId: lender.id,
      categories: ['FUNDING'],
    });
    const pastId = await opportunity({
      title: 'Past loans',
      kind: 'FUNDING',
      posterId: lender.id,
      categories: ['FUNDING'],
      deadline: new Date(Date.now() - DAY_MS),
    });
    const baker = await person('mm-baker', {
      sectors: ['72'],
      stage: 'EARLY_REVENUE',
      neighborhood: 'roxbury',
      needs: [{ category: 'FUNDING', text: 'A second oven' }],
    });

    const matches = await recommendations(baker, { kinds: ['OPPORTUNITY', 'ORGANIZATION'] });
    const loan = find(matches, loanId)!;
    expect(loan.target).toEqual({
      __typename: 'Opportunity',
      id: loanId,
      title: 'Main Street Microloans',
      kind: 'FUNDING',
    });
    expect(loan.reasons.map((reason) => reason.code)).toEqual([
      'NEED_MATCHES_OFFER',
      'DEADLINE_SOON',
      'STAGE_FIT',
    ]);
    expect(loan.reasons[0]).toMatchObject({
      category: 'FUNDING',
      offerText: 'Main Street Microloans',
      text: 'You need funding; they offer a loan: “Main Street Microloans”',
    });
    expect(loan.reasons[1]).toMatchObject({
      text: 'Deadline in 5 days',
      deadline: deadline.toISOString(),
    });
    expect(loan.reasons[2]).toMatchObject({
      stage: 'EARLY_REVENUE',
      text: 'Meant for early-revenue businesses like yours',
    });
    expect(loan.connectors).toEqual([]);
    const bank = find(matches, bankId)!;
    expect(bank.target).toEqual({
      __typename: 'Organization',
      id: bankId,
      slug: 'mm-main-street-bank',
    });
    expect(bank.reasons).toEqual([
      expect.objectContaining({
        code: 'NEED_MATCHES_OFFER',
        category: 'FUNDING',
        offerText: 'Small-business loans up to $50,000',
        text: 'You need funding; they offer “Small-business loans up to $50,000”',
      }),
      // Its published programme is meant for the baker's stage.
      expect.objectContaining({ code: 'STAGE_FIT', stage: 'EARLY_REVENUE' }),
      expect.objectContaining({ code: 'SAME_NEIGHBORHOOD', neighborhood: 'roxbury' }),
    ]);
    for (const hidden of [draftId, closedId, pastId]) expect(ids(matches)).not.toContain(hidden);
    expect(matches.map((match) => match.score)).toEqual(
      [...matches.map((match) => match.score)].sort((a, b) => b - a),
    );

    // Nobody is recommended their own organization or opportunities.
    await lender.session.call(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      { input: { needs: [{ category: 'FUNDING', text: 'More capital' }] } },
    );
    const own = ids(await recommendations(lender));
    for (const mine of [bankId, loanId, lender.id]) expect(own).not.toContain(mine);
  });

  it('ranks a two-way match above a one-way one and names who could introduce them', async () => {
    const viewer = await person('mm-exporter', {
      sectors: ['31-33'],
      needs: [{ category: 'EXPORT_INTERNATIONAL', text: 'Selling in Canada' }],
      offers: [{ category: 'RESEARCH_UNIVERSITIES', text: 'Lab partnerships with MIT' }],
    });
    const twoWay = await person('mm-two-way', {
      offers: [{ category: 'EXPORT_INTERNATIONAL', text: 'Export paperwork for Canada' }],
      needs: [{ category: 'RESEARCH_UNIVERSITIES', text: 'A university lab' }],
    });
    // Same sector as the viewer, but only one way: still below.
    const oneWay = await person('mm-one-way', {
      sectors: ['31-33'],
      offers: [{ category: 'EXPORT_INTERNATIONAL', text: 'Customs brokerage' }],
    });
    const known = await person('mm-known', {
      offers: [{ category: 'EXPORT_INTERNATIONAL', text: 'Freight forwarding' }],
      needs: [{ category: 'RESEARCH_UNIVERSITIES', text: 'Research' }],
    });
    await connect(viewer, known);
    const connector = await person('mm-zed-connector');
    await db.query(`UPDATE member SET roles = '{MEMBER,CONNECTOR}' WHERE id = $1`, [connector.id]);
    const friend = await person('mm-adam-friend');
    for (const middle of [connector, friend]) {
      await connect(viewer, middle);
      await connect(middle, twoWay);
    }

    const matches = await recommendations(viewer, { kinds: ['MEMBER'] });
    const order = ids(matches);
    expect(order).toContain(twoWay.id);
    expect(order).toContain(oneWay.id);
    expect(order.indexOf(twoWay.id)).toBeLessThan(order.indexOf(oneWay.id));
    for (const excluded of [viewer.id, known.id, connector.id, friend.id]) {
      expect(order).not.toContain(excluded);
    }
    const best = find(matches, twoWay.id)!;
    expect(best.reasons.map((reason) => [reason.code, reason.count])).toEqual([
      ['NEED_MATCHES_OFFER', null],
      ['OFFER_MATCHES_NEED', null],
      ['CONNECTOR_CAN_INTRODUCE', 1],
      ['MUTUAL_CONNECTIONS', 2],
    ]);
    expect(best.reasons[0]).toMatchObject({
      offerText: 'Export paperwork for Canada',
      text: 'You need help exporting; they offer “Export paperwork for Canada”',
    });
    expect(best.reasons[1]).toMatchObject({
      category: 'RESEARCH_UNIVERSITIES',
      needText: 'A university lab',
      text: 'They need research partners (“A university lab”); you offer it',
    });
    // The approved connector first, even though the other sorts first by name.
    expect(best.connectors).toEqual([
      { id: connector.id, handle: 'mm-zed-connector', isConnector: true },
      { id: friend.id, handle: 'mm-adam-friend', isConnector: false },
    ]);
    expect(find(matches, oneWay.id)!.connectors).toEqual([]);
    expect(find(matches, oneWay.id)!.reasons.map((reason) => reason.code)).toEqual([
      'NEED_MATCHES_OFFER',
      'SAME_SECTOR',
    ]);

    // Colleagues are known already, like connections.
    const colleague = await person('mm-colleague', {
      offers: [{ category: 'EXPORT_INTERNATIONAL', text: 'Export' }],
      needs: [{ category: 'RESEARCH_UNIVERSITIES', text: 'Research' }],
    });
    const shop = await organization(viewer, 'mm-export-shop', {});
    await db.query(
      `INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'MEMBER')`,
      [shop, colleague.id],
    );
    expect(ids(await recommendations(viewer, { kinds: ['MEMBER'] }))).not.toContain(colleague.id);
  });

  it('keeps at most two matches of one organization, and mixes kinds', async () => {
    const owner = await person('mm-fund-owner');
    const fundId = await organization(owner, 'mm-kitchen-fund', {
      sectors: ['11'],
      neighborhood: 'mattapan',
      offers: [{ category: 'SPACE', text: 'Shared kitchens' }],
    });
    const theirs = [fundId];
    for (const title of ['Kitchen A', 'Kitchen B', 'Kitchen C', 'Kitchen D']) {
      theirs.push(
        await opportunity({
          title,
          kind: 'SPACE',
          subkind: 'KITCHEN',
          posterId: owner.id,
          organizationId: fundId,
          categories: ['SPACE'],
          sectors: ['11'],
          neighborhoods: ['mattapan'],
          citywide: false,
        }),
      );
    }
    const other = await person('mm-other-owner');
    const otherFund = await organization(other, 'mm-other-fund', {
      offers: [{ category: 'SPACE', text: 'Desks' }],
    });
    const desk = await opportunity({
      title: 'A desk',
      kind: 'SPACE',
      subkind: 'OFFICE',
      posterId: other.id,
      organizationId: otherFund,
      categories: ['SPACE'],
    });
    const farmer = await person('mm-farmer', {
      sectors: ['11'],
      neighborhood: 'mattapan',
      needs: [{ category: 'SPACE', text: 'A kitchen to process produce' }],
    });

    const matches = await recommendations(farmer, {
      kinds: ['OPPORTUNITY', 'ORGANIZATION'],
      first: 10,
    });
    const fromFund = ids(matches).filter((id) => theirs.includes(id));
    expect(fromFund).toHaveLength(2);
    expect(ids(matches)).toEqual(expect.arrayContaining([desk, otherFund]));

    // As many statements for two matches as for ten.
    const counter = new StatementCounter();
    counter.install();
    const statements: number[] = [];
    for (const first of [2, 10]) {
      const some = await recommendations(farmer, { kinds: ['OPPORTUNITY', 'ORGANIZATION'], first });
      expect(some.length).toBe(Math.min(first, matches.length));
      statements.push(counter.lastRequest());
    }
    expect(statements[0]).toBeGreaterThan(0);
    expect(statements[1]).toBe(statements[0]);

    const four = await recommendations(farmer, {
      kinds: ['OPPORTUNITY', 'ORGANIZATION'],
      first: 4,
    });
    expect(four).toHaveLength(4);
    expect(new Set(four.map((match) => match.target.__typename))).toEqual(
      new Set(['Opportunity', 'Organization']),
    );
  });

  it('dismisses a match for good, brings it back, and learns from NOT_RELEVANT', async () => {
    const owner = await person('mm-cowork-owner');
    const coworkId = await organization(owner, 'mm-cowork', {
      offers: [{ category: 'TECHNOLOGY', text: 'Cloud credits' }],
    });
    const fitting = {
      kind: 'PARTNERSHIP',
      posterId: owner.id,
      organizationId: coworkId,
      categories: ['TECHNOLOGY'],
      sectors: ['51'],
      stages: ['GROWTH'],
      neighborhoods: ['fenway'],
      citywide: false,
    };
    const first = await opportunity({ title: 'Cloud credits', ...fitting });
    const second = await opportunity({ title: 'More cloud credits', ...fitting });
    const helper = await person('mm-tech-helper', {
      offers: [{ category: 'TECHNOLOGY', text: 'IT support' }],
    });
    const viewer = await person('mm-tech-seeker', {
      sectors: ['51'],
      stage: 'GROWTH',
      neighborhood: 'fenway',
      needs: [{ category: 'TECHNOLOGY', text: 'A website' }],
    });
    const before = await recommendations(viewer, { first: 20 });
    expect(ids(before)).toEqual(expect.arrayContaining([first, second, helper.id]));
    const secondScore = find(before, second)!.score;
    const helperScore = find(before, helper.id)!.score;

    for (let i = 0; i < 2; i += 1) {
      const dismissed = await viewer.session.call(DISMISS, { id: first, reason: 'NOT_RELEVANT' });
      expect(dismissed.data).toEqual({ dismissMatch: true });
    }
    const after = await recommendations(viewer, { first: 20 });
    expect(ids(after)).not.toContain(first);
    // Same organization, same offered category, same kind of opportunity: each costs points.
    expect(find(after, second)!.score).toBeCloseTo(
      secondScore +
        WEIGHTS.DISMISSED_ORGANIZATION +
        WEIGHTS.DISMISSED_CATEGORY +
        WEIGHTS.DISMISSED_KIND,
      2,
    );
    expect(find(after, helper.id)!.score).toBeCloseTo(helperScore + WEIGHTS.DISMISSED_CATEGORY, 2);

    for (let i = 0; i < 2; i += 1) {
      expect((await viewer.session.call(UNDISMISS, { id: first })).data).toEqual({
        undismissMatch: true,
      });
    }
    const back = await recommendations(viewer, { first: 20 });
    expect(ids(back)).toContain(first);
    expect(find(back, second)!.score).toBe(secondScore);

    // Another reason only hides the target.
    await viewer.session.call(DISMISS, { id: helper.id, reason: 'ALREADY_KNOW' });
    const hidden = await recommendations(viewer, { first: 20 });
    expect(ids(hidden)).not.toContain(helper.id);
    expect(find(hidden, second)!.score).toBe(secondScore);

    const unknown = randomUUID();
    for (const mutation of [DISMISS, UNDISMISS]) {
      const refused = await viewer.session.call(mutation, { id: unknown });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'targetId',
      });
    }
    const self = await viewer.session.call(DISMISS, { id: viewer.id });
    expect(self.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targetId',
    });
    const badReason = await viewer.session.call(DISMISS, { id: first, reason: 'BORING' });
    expect(badReason.errors).toBeDefined();
  });

  it('follows every edit of a profile, a membership or an organization at once', async () => {
    const seeker = await person('mm-follow-seeker', {
      needs: [{ category: 'LEGAL_ACCOUNTING', text: 'A bookkeeper' }],
    });
    const helper = await person('mm-follow-helper', {
      offers: [{ category: 'TECHNOLOGY', text: 'Websites' }],
    });
    const people = async () => ids(await recommendations(seeker, { kinds: ['MEMBER'] }));
    expect(await people()).not.toContain(helper.id);

    // The helper starts offering what the seeker needs, in their own words.
    const edited = await helper.session.call(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      { input: { offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Monthly books' }] } },
    );
    expect(edited.errors).toBeUndefined();
    const found = find(await recommendations(seeker, { kinds: ['MEMBER'] }), helper.id);
    expect(found?.reasons[0]).toMatchObject({
      code: 'NEED_MATCHES_OFFER',
      category: 'LEGAL_ACCOUNTING',
      offerText: 'Monthly books',
    });

    // Joining the seeker's organization makes them colleagues; leaving it, a match again.
    const studio = await organization(seeker, 'mm-follow-studio', {});
    await db.query(
      `INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'MEMBER')`,
      [studio, helper.id],
    );
    expect(await people()).not.toContain(helper.id);
    await db.query(
      'DELETE FROM organization_member WHERE organization_id = $1 AND member_id = $2',
      [studio, helper.id],
    );
    expect(await people()).toContain(helper.id);

    // An organization that starts offering it, then moves into the seeker's sector.
    const firmOwner = await person('mm-follow-firm-owner');
    const firm = await organization(firmOwner, 'mm-follow-firm', { sectors: ['52'] });
    const organizations = async () =>
      recommendations(seeker, { kinds: ['ORGANIZATION'], first: 50 });
    expect(ids(await organizations())).not.toContain(firm);
    const offered = await firmOwner.session.call(
      'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
      { input: { id: firm, offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Audits' }] } },
    );
    expect(offered.errors).toBeUndefined();
    const before = find(await organizations(), firm);
    expect(before?.reasons.map((reason) => reason.code)).toEqual(['NEED_MATCHES_OFFER']);
    await seeker.session.call(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      { input: { sectors: ['54'] } },
    );
    await db.query(`UPDATE organization SET sectors = '{54}' WHERE id = $1`, [firm]);
    const after = find(await organizations(), firm);
    expect(after?.reasons.map((reason) => reason.code)).toEqual([
      'NEED_MATCHES_OFFER',
      'SAME_SECTOR',
    ]);
    expect(after!.score).toBe(before!.score + WEIGHTS.SAME_SECTOR);
  });

  it('never recommends members blocked either way or deleted', async () => {
    const seeker = await person('mm-legal-seeker', {
      needs: [{ category: 'LEGAL_ACCOUNTING', text: 'A lawyer' }],
    });
    const blockedBySeeker = await person('mm-lawyer-a', {
      offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Contracts' }],
    });
    const blocksSeeker = await person('mm-lawyer-b', {
      offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Leases' }],
    });
    const leaving = await person('mm-lawyer-c', {
      offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Incorporation' }],
    });
    const staying = await person('mm-lawyer-d', {
      offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Bookkeeping' }],
    });
    const candidates = [blockedBySeeker, blocksSeeker, leaving, staying].map((p) => p.id);
    expect(ids(await recommendations(seeker, { kinds: ['MEMBER'] }))).toEqual(
      expect.arrayContaining(candidates),
    );

    const block = 'mutation ($id: ID!) { blockMember(input: { memberId: $id }) }';
    await seeker.session.call(block, { id: blockedBySeeker.id });
    await blocksSeeker.session.call(block, { id: seeker.id });
    const deleted = await leaving.session.call(
      'mutation ($password: String!) { deleteMyAccount(input: { password: $password }) }',
      { password: PASSWORD },
    );
    expect(deleted.errors).toBeUndefined();

    const after = ids(await recommendations(seeker, { kinds: ['MEMBER'] }));
    expect(after).toContain(staying.id);
    for (const gone of [blockedBySeeker, blocksSeeker, leaving])
      expect(after).not.toContain(gone.id);
    const dismissBlocked = await seeker.session.call(DISMISS, { id: blocksSeeker.id });
    expect(dismissBlocked.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never gives away a neighborhood the member hides', async () => {
    const seeker = await person('mm-jp-seeker', {
      neighborhood: 'jamaica-plain',
      needs: [{ category: 'MARKETING_SALES', text: 'Marketing help' }],
    });
    const open = await person('mm-jp-open', {
      neighborhood: 'jamaica-plain',
      offers: [{ category: 'MARKETING_SALES', text: 'Social media' }],
    });
    const discreet = await person('mm-jp-discreet', {
      neighborhood: 'jamaica-plain',
      offers: [{ category: 'MARKETING_SALES', text: 'Branding' }],
      visibility: { location: 'CONNECTIONS' },
    });
    const matches = await recommendations(seeker, { kinds: ['MEMBER'] });
    expect(find(matches, open.id)!.reasons).toContainEqual(
      expect.objectContaining({
        code: 'SAME_NEIGHBORHOOD',
        neighborhood: 'jamaica-plain',
        text: 'In your neighborhood, Jamaica Plain',
      }),
    );
    const hidden = find(matches, discreet.id)!;
    expect(hidden.reasons.map((reason) => reason.code)).toEqual(['NEED_MATCHES_OFFER']);
    expect(hidden.score).toBeLessThan(find(matches, open.id)!.score);
  });

  it('shows an opportunity’s poster, and only them, who needs what it offers', async () => {
    const poster = await person('mm-poster', { sectors: ['52'] });
    const admin = await person('mm-poster-admin');
    const colleague = await person('mm-poster-colleague', {
      needs: [{ category: 'TRAINING', text: 'Staff training' }],
    });
    const orgId = await organization(poster, 'mm-training-center', { type: 'NON_PROFIT' });
    await db.query(
      `INSERT INTO organization_member (organization_id, member_id, role)
       VALUES ($1, $2, 'ADMIN'), ($1, $3, 'MEMBER')`,
      [orgId, admin.id, colleague.id],
    );
    const programme = await opportunity({
      title: 'Kitchen safety course',
      kind: 'MENTORSHIP',
      subkind: 'PROGRAM',
      posterId: poster.id,
      organizationId: orgId,
      categories: ['TRAINING'],
      sectors: ['72'],
      stages: ['IDEA'],
      neighborhoods: ['dorchester'],
      citywide: false,
    });
    const fitting = await person('mm-cook', {
      sectors: ['72'],
      stage: 'IDEA',
      neighborhood: 'dorchester',
      needs: [{ category: 'TRAINING', text: 'Food safety certificate' }],
    });
    const elsewhere = await person('mm-coder', {
      sectors: ['54'],
      needs: [{ category: 'TRAINING', text: 'Courses' }],
    });
    const offering = await person('mm-trainer', {
      offers: [{ category: 'TRAINING', text: 'I teach' }],
    });
    const hostile = await person('mm-hostile', {
      needs: [{ category: 'TRAINING', text: 'Anything' }],
    });
    await hostile.session.call('mutation ($id: ID!) { blockMember(input: { memberId: $id }) }', {
      id: poster.id,
    });
    const needyOwner = await person('mm-needy-owner');
    const needyOrg = await organization(needyOwner, 'mm-needy-diner', {
      sectors: ['72'],
      needs: [{ category: 'TRAINING', text: 'Train our cooks' }],
    });

    const response = await poster.session.call<{ candidatesForOpportunity: MatchResult[] }>(
      CANDIDATES,
      { id: programme },
    );
    expect(response.errors).toBeUndefined();
    const matches = response.data!.candidatesForOpportunity;
    const order = ids(matches);
    expect(order[0]).toBe(fitting.id);
    expect(order).toEqual(expect.arrayContaining([elsewhere.id, needyOrg]));
    for (const excluded of [poster, admin, colleague, offering, hostile]) {
      expect(order).not.toContain(excluded.id);
    }
    expect(order).not.toContain(orgId);
    expect(matches[0].reasons.map((reason) => reason.code)).toEqual([
      'OFFER_MATCHES_NEED',
      'SAME_SECTOR',
      'STAGE_FIT',
      'SAME_NEIGHBORHOOD',
    ]);
    expect(matches[0].reasons[0]).toMatchObject({
      category: 'TRAINING',
      needText: 'Food safety certificate',
      text: 'They need training (“Food safety certificate”); your opportunity offers it',
    });
    expect(find(matches, needyOrg)!.reasons[0]).toMatchObject({
      code: 'OFFER_MATCHES_NEED',
      needText: 'Train our cooks',
    });

    // Its organization's admins and city staff see them too; its plain members and others do not.
    const staff = await person('mm-staff');
    await db.query(`UPDATE member SET roles = '{MEMBER,STAFF}' WHERE id = $1`, [staff.id]);
    await staff.session.call(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email: staff.email, password: PASSWORD } },
    );
    for (const allowed of [admin, staff]) {
      const seen = await allowed.session.call<{ candidatesForOpportunity: MatchResult[] }>(
        CANDIDATES,
        { id: programme },
      );
      expect(seen.errors).toBeUndefined();
      expect(ids(seen.data!.candidatesForOpportunity)).toContain(fitting.id);
    }
    for (const refused of [colleague, fitting]) {
      const answer = await refused.session.call(CANDIDATES, { id: programme });
      expect(answer.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        field: 'opportunityId',
      });
    }
    const draft = await opportunity({
      title: 'Not yet',
      kind: 'MENTORSHIP',
      status: 'DRAFT',
      posterId: poster.id,
      categories: ['TRAINING'],
    });
    expect((await poster.session.call(CANDIDATES, { id: draft })).errors).toBeUndefined();
    for (const id of [draft, randomUUID()]) {
      const answer = await fitting.session.call(CANDIDATES, { id });
      expect(answer.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'opportunityId',
      });
    }
  });

  it('mails the weekly digest to those who asked, once a week, in their language', async () => {
    const owner = await person('mm-digest-owner');
    const guildId = await organization(owner, 'mm-supplier-guild', {
      offers: [{ category: 'SUPPLIERS_MANUFACTURING', text: 'Local packaging suppliers' }],
    });
    const wanting = await person(
      'mm-digest-yes',
      { needs: [{ category: 'SUPPLIERS_MANUFACTURING', text: 'Packaging' }] },
      'es',
    );
    const quiet = await person('mm-digest-no', {
      needs: [{ category: 'SUPPLIERS_MANUFACTURING', text: 'Packaging' }],
    });
    const settings = await wanting.session.call<{
      updateNotificationSettings: { preferences: { type: string; channel: string }[] };
    }>(
      `mutation { updateNotificationSettings(input: {
         preferences: [{ type: MATCH_DIGEST, channel: EMAIL }] }) { preferences { type channel } } }`,
    );
    expect(settings.data!.updateNotificationSettings.preferences).toContainEqual({
      type: 'MATCH_DIGEST',
      channel: 'EMAIL',
    });
    const quietSettings = await quiet.session.call<{
      notificationSettings: { preferences: { type: string; channel: string }[] };
    }>('{ notificationSettings { preferences { type channel } } }');
    expect(quietSettings.data!.notificationSettings.preferences).toContainEqual({
      type: 'MATCH_DIGEST',
      channel: 'OFF',
    });

    const digests = app.app.get(MatchDigestService);
    const digestSubjects = [
      'GrowHere: your matches this week',
      'GrowHere: tus coincidencias de esta semana',
    ];
    const mailTo = async (who: Person) =>
      (await allMail(app)).filter(
        (mail) => mail.recipient === who.email && digestSubjects.includes(mail.subject),
      );
    const now = new Date();
    // Two processes sweeping at once send one digest.
    await Promise.all([digests.sendDigests(now), digests.sendDigests(now)]);
    const [digest, ...more] = await mailTo(wanting);
    expect(more).toEqual([]);
    expect(digest.subject).toBe('GrowHere: tus coincidencias de esta semana');
    expect(digest.text).toContain('mm-supplier-guild (Organización)');
    expect(digest.text).toContain(
      'Necesitas proveedores y fabricación; ofrecen «Local packaging suppliers»',
    );
    expect(digest.text).toContain(`${app.url}/o/mm-supplier-guild`);
    expect(await mailTo(quiet)).toEqual([]);
    expect(guildId).toBeTruthy();

    await digests.sendDigests(new Date(now.getTime() + 6 * DAY_MS));
    expect(await mailTo(wanting)).toHaveLength(1);
    await digests.sendDigests(new Date(now.getTime() + 7 * DAY_MS + 60_000));
    expect(await mailTo(wanting)).toHaveLength(2);

    await wanting.session.call(
      `mutation { updateNotificationSettings(input: {
         preferences: [{ type: MATCH_DIGEST, channel: OFF }] }) { dailyDigest } }`,
    );
    await digests.sendDigests(new Date(now.getTime() + 30 * DAY_MS));
    expect(await mailTo(wanting)).toHaveLength(2);
    expect(await mailTo(quiet)).toEqual([]);
  });

  it('refuses bad arguments, naming them', async () => {
    const viewer = await person('mm-bad-input');
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 51 }, 'first'],
      [{ kinds: [] }, 'kinds'],
    ] as const) {
      const response = await viewer.session.call(RECOMMENDATIONS, variables);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badId = await viewer.session.call(CANDIDATES, { id: 'not-an-id' });
    expect(badId.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'opportunityId',
    });
  });
});
