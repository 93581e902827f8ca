import { DataSource } from 'typeorm';
import { StatementCounter } from '../src/cli/bench/statement-counter.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'insights-passphrase';
const INSIGHTS = `query ($filter: InsightsFilter, $locale: String) {
  ecosystemInsights(filter: $filter, locale: $locale) {
    generatedAt
    figures { key title definition unit value }
    series { key title definition unit points { key label value } }
  }
}`;

interface Figure {
  key: string;
  title: string;
  definition: string;
  unit: string;
  value: number | null;
}
interface Series {
  key: string;
  title: string;
  definition: string;
  unit: string;
  points: { key: string; label: string; value: number }[];
}
interface Insights {
  generatedAt: string;
  figures: Figure[];
  series: Series[];
}

/** Noon UTC of a day in 2025, so that day differences are whole. */
const at = (day: string) => `2025-${day}T12:00:00Z`;
/** The whole of 2025: leaves out the accounts the test signs up today. */
const YEAR_2025 = { from: null, to: '2025-12-31T23:59:59Z' };

/**
 * A small city with known answers (Boston's profile; sectors 54, 62, 72; Back Bay and
 * Dorchester). Every expected number below is worked out by hand from this fixture.
 *
 * m1  Jan 10  54     back-bay    IDEA           needs FUNDING (twice)         offers MENTORSHIP
 * m2  Jan 20  54     back-bay    GROWTH         needs TALENT                  offers LEGAL_ACCOUNTING
 * m3  Feb 05  54,62  dorchester  EARLY_REVENUE  needs SPACE                   offers TECHNOLOGY
 * m4  Feb 15  62     dorchester  IDEA           needs FUNDING, EXPORT_INT.
 * m5  Mar 01  62     back-bay    PRE_REVENUE    needs RESEARCH, TALENT        offers TALENT
 * m6  Mar 10  72     dorchester  GROWTH         needs SPACE
 * m7  Mar 20  72     dorchester  —   HIDDEN     needs PERMITS_LICENSING       offers FUNDING
 * m8  Apr 02  72     back-bay    ESTABLISHED    SUSPENDED                     offers SPACE
 * m9  Apr 15  —      —           —              needs TRAINING
 * m10 May 01  54     dorchester  GROWTH         needs TALENT
 * m11 May 20  62     back-bay    IDEA           needs MARKETING_SALES
 * m12 Jun 01  54     back-bay    IDEA  DELETED  needs FUNDING                 offers EXPORT_INT.
 *
 * o1 Feb 01 STARTUP 54 back-bay (verified): needs TALENT, offers MARKETING_SALES
 * o2 Apr 10 NON_PROFIT 62 dorchester, HIDDEN: needs FUNDING, offers TRAINING
 *
 * Opportunities: p1 FUNDING for 62 in Dorchester (open); p2 SPACE citywide but hidden; p3 SPACE
 * for 72 in Dorchester, past its deadline; p4 RESEARCH remote, any sector (open); p5 PERMITS
 * citywide, a draft; p6 TRAINING citywide, posted by the suspended m8.
 *
 * Unmet (7 of 12 needs): m1 FUNDING (p1 is for 62), m3 SPACE, m4 EXPORT (m12 is deleted), m5
 * TALENT (m5 is the only one offering it), m6 SPACE, m7 PERMITS, m9 TRAINING (o2 hidden, p6's
 * poster suspended). Met: m2 and m10 TALENT (m5 offers it), m4 FUNDING (p1), m5 RESEARCH (p4),
 * m11 MARKETING (o1).
 */
describe('ecosystem insights', () => {
  let app: TestApp;
  let db: DataSource;
  let counter: StatementCounter;
  let staff: TestSession;
  let member: TestSession;
  const id: Record<string, string> = {};

  async function signUp(handle: string, roles?: string[]): Promise<TestSession> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { email, handle, displayName: handle, password: PASSWORD } },
    );
    if (roles) {
      await db.query('UPDATE member SET roles = $2 WHERE id = $1', [
        response.data!.signUp.viewer.id,
        roles,
      ]);
      await session.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email, password: PASSWORD } },
      );
    }
    return session;
  }

  async function insert(table: string, values: Record<string, unknown>): Promise<string> {
    const columns = Object.keys(values);
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
      Object.values(values),
    );
    return rows[0].id;
  }

  async function memberOf(
    name: string,
    day: string,
    profile: { sectors?: string[]; neighborhood?: string; stage?: string },
    needs: string[] = [],
    offers: string[] = [],
    extra: Record<string, unknown> = {},
  ) {
    id[name] = await insert('member', {
      email: `${name}@insights.example.org`,
      handle: `insights-${name}`,
      display_name: `Insights ${name}`,
      sectors: profile.sectors ?? [],
      neighborhood: profile.neighborhood ?? null,
      stage: profile.stage ?? null,
      created_at: at(day),
      ...extra,
    });
    for (const [kind, categories] of [
      ['NEED', needs],
      ['OFFER', offers],
    ] as const) {
      for (const [position, category] of categories.entries()) {
        await insert('member_statement', {
          member_id: id[name],
          kind,
          category,
          text: `${kind} ${category}`,
          position,
        });
      }
    }
  }

  async function connect(a: string, b: string, day: string) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      await db.query(
        'INSERT INTO connection (member_id, other_id, created_at) VALUES ($1, $2, $3)',
        [id[x], id[y], at(day)],
      );
    }
  }

  async function introduce(
    name: string,
    a: string,
    b: string,
    day: string,
    answers: [string | null, string | null],
    status: string,
    completed?: string,
  ) {
    id[name] = await insert('introduction', {
      introducer_id: id.m2,
      member_a_id: id[a],
      member_b_id: id[b],
      note: 'You two should meet',
      status,
      answer_a: answers[0],
      answer_b: answers[1],
      created_at: at(day),
      expires_at: '2025-12-31T00:00:00Z',
      completed_at: completed ? at(completed) : null,
    });
  }

  async function outcome(introduction: string, who: string, kind: string, day: string) {
    await db.query(
      `INSERT INTO introduction_outcome (introduction_id, member_id, kind, recorded_at)
       VALUES ($1, $2, $3, $4)`,
      [id[introduction], id[who], kind, at(day)],
    );
  }

  async function opportunity(name: string, values: Record<string, unknown>) {
    id[name] = await insert('opportunity', {
      kind: 'FUNDING',
      title: `Opportunity ${name}`,
      status: 'PUBLISHED',
      published_at: at('01-01'),
      ...values,
    });
  }

  async function interest(opportunityName: string, who: string, kind: string, day: string) {
    await insert('opportunity_interest', {
      opportunity_id: id[opportunityName],
      member_id: id[who],
      outcome_kind: kind,
      outcome_recorded_at: at(day),
    });
  }

  async function insights(
    filter?: Record<string, unknown>,
    locale?: string,
    session = staff,
  ): Promise<GraphQLResponse<{ ecosystemInsights: Insights }>> {
    return session.call<{ ecosystemInsights: Insights }>(INSIGHTS, { filter, locale });
  }

  async function read(filter?: Record<string, unknown>, locale?: string): Promise<Insights> {
    const response = await insights(filter, locale);
    expect(response.errors).toBeUndefined();
    return response.data!.ecosystemInsights;
  }

  const figures = (result: Insights) =>
    Object.fromEntries(result.figures.map((figure) => [figure.key, figure.value]));
  const series = (result: Insights, key: string) => {
    const found = result.series.find((s) => s.key === key);
    if (!found) throw new Error(`No series ${key}`);
    return found;
  };
  /** The points of a series that are not zero, by key. */
  const counts = (result: Insights, key: string) =>
    Object.fromEntries(
      series(result, key)
        .points.filter((p) => p.value !== 0)
        .map((p) => [p.key, p.value]),
    );
  /** Every point of a series, by key, zeros included. */
  const points = (result: Insights, key: string) =>
    Object.fromEntries(series(result, key).points.map((p) => [p.key, p.value]));

  beforeAll(async () => {
    counter = new StatementCounter();
    counter.install();
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    db = app.app.get(DataSource);
    staff = await signUp('insights-staff', ['MEMBER', 'STAFF']);
    member = await signUp('insights-member');

    await memberOf(
      'm1',
      '01-10',
      { sectors: ['54'], neighborhood: 'back-bay', stage: 'IDEA' },
      ['FUNDING', 'FUNDING'], // two statements of the same need: counted once
      ['MENTORSHIP'],
    );
    await memberOf(
      'm2',
      '01-20',
      { sectors: ['54'], neighborhood: 'back-bay', stage: 'GROWTH' },
      ['TALENT'],
      ['LEGAL_ACCOUNTING'],
    );
    await memberOf(
      'm3',
      '02-05',
      { sectors: ['54', '62'], neighborhood: 'dorchester', stage: 'EARLY_REVENUE' },
      ['SPACE'],
      ['TECHNOLOGY'],
    );
    await memberOf('m4', '02-15', { sectors: ['62'], neighborhood: 'dorchester', stage: 'IDEA' }, [
      'FUNDING',
      'EXPORT_INTERNATIONAL',
    ]);
    await memberOf(
      'm5',
      '03-01',
      { sectors: ['62'], neighborhood: 'back-bay', stage: 'PRE_REVENUE' },
      ['RESEARCH_UNIVERSITIES', 'TALENT'],
      ['TALENT'],
    );
    await memberOf(
      'm6',
      '03-10',
      { sectors: ['72'], neighborhood: 'dorchester', stage: 'GROWTH' },
      ['SPACE'],
    );
    await memberOf(
      'm7',
      '03-20',
      { sectors: ['72'], neighborhood: 'dorchester' },
      ['PERMITS_LICENSING'],
      ['FUNDING'],
      { hidden_at: at('06-01') },
    );
    await memberOf(
      'm8',
      '04-02',
      { sectors: ['72'], neighborhood: 'back-bay', stage: 'ESTABLISHED' },
      [],
      ['SPACE'],
      { suspended_at: at('06-01'), suspended_until: null },
    );
    await memberOf('m9', '04-15', {}, ['TRAINING']);
    await memberOf(
      'm10',
      '05-01',
      { sectors: ['54'], neighborhood: 'dorchester', stage: 'GROWTH' },
      ['TALENT'],
    );
    await memberOf('m11', '05-20', { sectors: ['62'], neighborhood: 'back-bay', stage: 'IDEA' }, [
      'MARKETING_SALES',
    ]);
    // A tombstone that kept its profile: deleted accounts never count, whatever their rows say.
    await memberOf(
      'm12',
      '06-01',
      { sectors: ['54'], neighborhood: 'back-bay', stage: 'IDEA' },
      ['FUNDING'],
      ['EXPORT_INTERNATIONAL'],
      { deleted_at: at('07-01') },
    );

    id.o1 = await insert('organization', {
      slug: 'insights-o1',
      name: 'O1',
      type: 'STARTUP',
      sectors: ['54'],
      neighborhood: 'back-bay',
      created_at: at('02-01'),
      verified_at: at('02-02'),
    });
    id.o2 = await insert('organization', {
      slug: 'insights-o2',
      name: 'O2',
      type: 'NON_PROFIT',
      sectors: ['62'],
      neighborhood: 'dorchester',
      created_at: at('04-10'),
      hidden_at: at('05-01'),
    });
    for (const [organization, kind, category] of [
      ['o1', 'NEED', 'TALENT'],
      ['o1', 'OFFER', 'MARKETING_SALES'],
      ['o2', 'NEED', 'FUNDING'],
      ['o2', 'OFFER', 'TRAINING'],
    ]) {
      await insert('organization_statement', {
        organization_id: id[organization],
        kind,
        category,
        text: category,
        position: 0,
      });
    }

    await opportunity('p1', {
      poster_id: id.m3,
      categories: ['FUNDING'],
      sectors: ['62'],
      neighborhoods: ['dorchester'],
    });
    await opportunity('p2', {
      poster_id: id.m1,
      kind: 'SPACE',
      categories: ['SPACE'],
      citywide: true,
      hidden_at: at('02-01'),
    });
    await opportunity('p3', {
      poster_id: id.m1,
      kind: 'SPACE',
      categories: ['SPACE'],
      sectors: ['72'],
      neighborhoods: ['dorchester'],
      deadline: at('06-30'),
    });
    await opportunity('p4', {
      poster_id: id.m1,
      kind: 'PARTNERSHIP',
      categories: ['RESEARCH_UNIVERSITIES'],
      remote: true,
    });
    await opportunity('p5', {
      poster_id: id.m1,
      kind: 'CITY_SERVICE',
      categories: ['PERMITS_LICENSING'],
      citywide: true,
      status: 'DRAFT',
      published_at: null,
    });
    await opportunity('p6', {
      poster_id: id.m8,
      kind: 'MENTORSHIP',
      categories: ['TRAINING'],
      citywide: true,
    });

    await connect('m1', 'm2', '01-25'); // same sector
    await connect('m1', 'm5', '03-11'); // 54 and 62: across sectors
    await connect('m3', 'm4', '02-25'); // share 62
    await connect('m6', 'm10', '05-11'); // 72 and 54: across sectors
    await connect('m9', 'm11', '06-20'); // m9 states no sector
    await connect('m7', 'm12', '04-01'); // with a deleted account: does not count

    await introduce('i1', 'm1', 'm3', '02-01', ['ACCEPTED', 'ACCEPTED'], 'COMPLETED', '02-04');
    await introduce('i2', 'm4', 'm6', '03-01', ['ACCEPTED', 'ACCEPTED'], 'COMPLETED', '03-11');
    await introduce('i3', 'm5', 'm10', '04-01', ['ACCEPTED', null], 'PROPOSED');
    await introduce('i4', 'm2', 'm11', '04-10', ['DECLINED', null], 'DECLINED');
    await introduce('i5', 'm9', 'm10', '05-01', ['ACCEPTED', 'ACCEPTED'], 'COMPLETED', '05-21');
    await introduce('i6', 'm7', 'm12', '05-05', ['ACCEPTED', 'ACCEPTED'], 'COMPLETED', '05-06');
    await outcome('i1', 'm1', 'HIRE', '03-05');
    await outcome('i1', 'm3', 'HIRE', '03-06'); // the same hire, recorded by both: once
    await outcome('i2', 'm4', 'FUNDING', '04-02');
    await outcome('i2', 'm6', 'MET', '04-03');
    await outcome('i5', 'm9', 'NONE', '05-25'); // nothing yet: not an outcome
    await outcome('i6', 'm7', 'PARTNERSHIP', '05-10'); // with a deleted member: left out

    await interest('p1', 'm6', 'SPACE', '04-20');
    await interest('p4', 'm10', 'RELOCATION', '05-15');
    await interest('p4', 'm11', 'NONE', '05-16');
    await interest('p1', 'm12', 'HIRE', '05-01'); // a deleted member's: left out
  });
  afterAll(() => app?.close());

  it('counts members and organizations over time, by sector, neighborhood and stage', async () => {
    const result = await read(YEAR_2025);
    expect(figures(result)).toMatchObject({
      members_total: 11,
      members_new: 11,
      organizations_total: 2,
      organizations_new: 2,
    });
    const months = [
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ];
    expect(series(result, 'members_new_by_month').points.map((p) => p.key)).toEqual(months);
    expect(series(result, 'members_new_by_month').points.map((p) => p.value)).toEqual([
      2, 2, 3, 2, 2, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(series(result, 'members_total_by_month').points.map((p) => p.value)).toEqual([
      2, 4, 7, 9, 11, 11, 11, 11, 11, 11, 11, 11,
    ]);
    expect(counts(result, 'organizations_new_by_month')).toEqual({ '2025-02': 1, '2025-04': 1 });
    expect(series(result, 'organizations_total_by_month').points.map((p) => p.value)).toEqual([
      0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    ]);
    // m3 states two sectors and counts in both; m9 states none.
    expect(counts(result, 'members_by_sector')).toEqual({ '54': 4, '62': 4, '72': 3, NONE: 1 });
    expect(points(result, 'members_by_sector')['11']).toBe(0);
    expect(counts(result, 'members_by_neighborhood')).toEqual({
      'back-bay': 5,
      dorchester: 5,
      NONE: 1,
    });
    // The hidden m7 and the suspended m8 are counted: they are real activity.
    expect(counts(result, 'members_by_stage')).toEqual({
      IDEA: 3,
      PRE_REVENUE: 1,
      EARLY_REVENUE: 1,
      GROWTH: 3,
      ESTABLISHED: 1,
      NONE: 2,
    });
    expect(counts(result, 'organizations_by_type')).toEqual({ STARTUP: 1, NON_PROFIT: 1 });
    expect(counts(result, 'organizations_by_sector')).toEqual({ '54': 1, '62': 1 });
    expect(counts(result, 'organizations_by_neighborhood')).toEqual({
      'back-bay': 1,
      dorchester: 1,
    });
  });

  it('sets needs against offers, and finds the unmet needs', async () => {
    const result = await read(YEAR_2025);
    expect(counts(result, 'needs_by_category')).toEqual({
      FUNDING: 3, // m1, m4, o2
      TALENT: 4, // m2, m5, m10, o1
      SPACE: 2,
      EXPORT_INTERNATIONAL: 1,
      RESEARCH_UNIVERSITIES: 1,
      PERMITS_LICENSING: 1,
      TRAINING: 1,
      MARKETING_SALES: 1,
    });
    expect(counts(result, 'offers_by_category')).toEqual({
      MENTORSHIP: 1,
      LEGAL_ACCOUNTING: 1,
      TECHNOLOGY: 1,
      TALENT: 1,
      FUNDING: 1,
      SPACE: 1,
      MARKETING_SALES: 1,
      TRAINING: 1,
    });
    expect(figures(result)).toMatchObject({
      member_needs: 12,
      unmet_needs: 7,
      unmet_needs_share: 58.3,
    });
    expect(counts(result, 'unmet_needs_by_sector')).toEqual({ '54': 2, '62': 3, '72': 2, NONE: 1 });
    expect(counts(result, 'unmet_needs_by_neighborhood')).toEqual({
      'back-bay': 2,
      dorchester: 4,
      NONE: 1,
    });
    expect(counts(result, 'unmet_needs_by_category')).toEqual({
      FUNDING: 1,
      SPACE: 2,
      EXPORT_INTERNATIONAL: 1,
      TALENT: 1,
      PERMITS_LICENSING: 1,
      TRAINING: 1,
    });
  });

  it('an open opportunity for the right sector and place meets a need; others do not', async () => {
    // Open p3 (SPACE for 72 in Dorchester) again: m6's SPACE need is met; m3 (54, 62) is not.
    await db.query("UPDATE opportunity SET deadline = now() + interval '30 days' WHERE id = $1", [
      id.p3,
    ]);
    let result = await read(YEAR_2025);
    expect(counts(result, 'unmet_needs_by_category')).toMatchObject({ SPACE: 1 });
    expect(figures(result).unmet_needs).toBe(6);
    // Its poster hidden, it answers nothing again, nor does p4 (m1's too): m6 SPACE and m5
    // RESEARCH are unmet.
    await db.query('UPDATE member SET hidden_at = now() WHERE id = $1', [id.m1]);
    result = await read(YEAR_2025);
    expect(figures(result).unmet_needs).toBe(8);
    expect(counts(result, 'unmet_needs_by_category')).toMatchObject({
      SPACE: 2,
      RESEARCH_UNIVERSITIES: 1,
    });
    await db.query('UPDATE member SET hidden_at = NULL WHERE id = $1', [id.m1]);
    await db.query("UPDATE opportunity SET deadline = '2025-06-30T12:00:00Z' WHERE id = $1", [
      id.p3,
    ]);
    expect(figures(await read(YEAR_2025)).unmet_needs).toBe(7);
  });

  it('measures connectedness and the time to a first connection', async () => {
    const result = await read(YEAR_2025);
    expect(figures(result)).toMatchObject({
      // m1, m2, m3, m4, m5, m6, m9, m10, m11 of 11 (m7's one connection is with a deleted account).
      members_connected_share: 81.8,
      // m1 and m5, m6 and m10.
      members_cross_sector_share: 36.4,
      // 5, 10, 10, 10, 15, 20, 31, 62, 66 days.
      median_days_to_first_connection: 15,
    });
    const spring = await read({ from: '2025-03-01T00:00:00Z', to: '2025-05-31T23:59:59Z' });
    expect(figures(spring)).toMatchObject({
      // m9 and m11 connected only in June.
      members_connected_share: 63.6,
      members_cross_sector_share: 36.4,
      // Those who joined in spring: m5 10, m10 10, m11 31, m6 62, m9 66 days.
      median_days_to_first_connection: 31,
    });
  });

  it('follows introductions through the funnel, with its median time', async () => {
    const result = await read(YEAR_2025);
    expect(points(result, 'introductions_funnel')).toEqual({
      PROPOSED: 5,
      ACCEPTED_BY_ONE: 4,
      COMPLETED: 3,
      WITH_OUTCOME: 2,
    });
    expect(series(result, 'introductions_funnel').points.map((p) => p.key)).toEqual([
      'PROPOSED',
      'ACCEPTED_BY_ONE',
      'COMPLETED',
      'WITH_OUTCOME',
    ]);
    // 3, 10 and 20 days.
    expect(figures(result).median_days_to_complete_introduction).toBe(10);
  });

  it('counts the outcomes recorded, by month and kind', async () => {
    const result = await read(YEAR_2025);
    expect(figures(result).outcomes_total).toBe(5);
    expect(counts(result, 'outcomes_by_month')).toEqual({
      '2025-03': 1,
      '2025-04': 3,
      '2025-05': 1,
    });
    expect(counts(result, 'outcomes_by_kind')).toEqual({
      HIRE: 1,
      FUNDING: 1,
      MET: 1,
      SPACE: 1,
      RELOCATION: 1,
    });
    expect(points(result, 'outcomes_by_kind')).not.toHaveProperty('NONE');
    expect(counts(result, 'outcomes_hires_by_month')).toEqual({ '2025-03': 1 });
    expect(counts(result, 'outcomes_funding_by_month')).toEqual({ '2025-04': 1 });
    expect(counts(result, 'outcomes_space_by_month')).toEqual({ '2025-04': 1 });
    expect(counts(result, 'outcomes_relocations_by_month')).toEqual({ '2025-05': 1 });
    expect(series(result, 'outcomes_hires_by_month').points).toHaveLength(12);
  });

  it('filters by period', async () => {
    const spring = await read({ from: '2025-03-01T00:00:00Z', to: '2025-05-31T23:59:59Z' });
    expect(figures(spring)).toMatchObject({
      members_total: 11,
      members_new: 7,
      organizations_total: 2,
      organizations_new: 1,
      outcomes_total: 5,
      median_days_to_complete_introduction: 15,
    });
    expect(series(spring, 'members_new_by_month').points).toEqual([
      { key: '2025-03', label: '2025-03', value: 3 },
      { key: '2025-04', label: '2025-04', value: 2 },
      { key: '2025-05', label: '2025-05', value: 2 },
    ]);
    // Running totals start from the 4 members who joined before March.
    expect(series(spring, 'members_total_by_month').points.map((p) => p.value)).toEqual([7, 9, 11]);
    expect(points(spring, 'introductions_funnel')).toEqual({
      PROPOSED: 4,
      ACCEPTED_BY_ONE: 3,
      COMPLETED: 2,
      WITH_OUTCOME: 1,
    });
    // At the end of February: only m1 to m4 had joined.
    const winter = await read({ to: '2025-02-28T23:59:59Z' });
    expect(figures(winter)).toMatchObject({ members_total: 4, member_needs: 5 });
  });

  it('filters by sector and by neighborhood', async () => {
    const health = await read({ ...YEAR_2025, sector: '62' });
    expect(figures(health)).toMatchObject({
      members_total: 4, // m3, m4, m5, m11
      organizations_total: 1,
      member_needs: 6,
      unmet_needs: 3, // m3 SPACE, m4 EXPORT, m5 TALENT
      unmet_needs_share: 50,
      median_days_to_complete_introduction: 6.5, // i1 3 days, i2 10 days
    });
    expect(points(health, 'introductions_funnel')).toEqual({
      PROPOSED: 4, // i5 has nobody of 62
      ACCEPTED_BY_ONE: 3,
      COMPLETED: 2,
      WITH_OUTCOME: 2,
    });
    expect(counts(health, 'members_by_sector')).toEqual({ '54': 1, '62': 4 });

    const backBay = await read({ ...YEAR_2025, neighborhood: 'back-bay' });
    expect(figures(backBay)).toMatchObject({
      members_total: 5, // m1, m2, m5, m8, m11
      member_needs: 5,
      unmet_needs: 2, // m1 FUNDING, m5 TALENT
    });
    const dorchester = await read({ ...YEAR_2025, neighborhood: 'dorchester' });
    expect(figures(dorchester)).toMatchObject({
      members_total: 5,
      members_connected_share: 80, // m7 is not connected
      members_cross_sector_share: 40, // m6, m10
    });
    const both = await read({ ...YEAR_2025, sector: '72', neighborhood: 'dorchester' });
    expect(figures(both)).toMatchObject({ members_total: 2, unmet_needs: 2 });
  });

  it('counts every account not deleted when no period is given, today included', async () => {
    const result = await read();
    // The fixture's 11, the staff member and the member signed up for this test.
    expect(figures(result).members_total).toBe(13);
    const months = series(result, 'members_new_by_month').points;
    expect(months[0].key).toBe('2025-01');
    expect(months.at(-1)!.key).toBe(new Date().toISOString().slice(0, 7));
  });

  it('gives each figure and chart a title, a definition and a unit, in English or Spanish', async () => {
    const english = await read(YEAR_2025);
    const spanish = await read(YEAR_2025, 'es');
    for (const item of [...english.figures, ...english.series]) {
      expect(item.title).not.toBe('');
      expect(item.definition.length).toBeGreaterThan(30);
      expect(['count', 'percent', 'days']).toContain(item.unit);
    }
    const unmet = (result: Insights) => result.figures.find((f) => f.key === 'unmet_needs')!;
    expect(unmet(english).title).toBe('Unmet needs');
    expect(unmet(spanish).title).toBe('Necesidades sin respuesta');
    expect(unmet(spanish).definition).toMatch(/ninguna organización/);
    const sector54 = (result: Insights) =>
      series(result, 'members_by_sector').points.find((p) => p.key === '54')!.label;
    expect(sector54(english)).toBe('Professional, Scientific, and Technical Services');
    expect(sector54(spanish)).toBe('Servicios profesionales, científicos y técnicos');
    expect(series(spanish, 'members_by_sector').points.find((p) => p.key === 'NONE')!.label).toBe(
      'Sin sector indicado',
    );
    // Same numbers whatever the language.
    expect(figures(spanish)).toEqual(figures(english));
    // Counts only: no member is ever named.
    const text = JSON.stringify(english);
    for (const name of ['m1', 'm7', 'm8', 'm12']) {
      expect(text).not.toContain(`Insights ${name}`);
      expect(text).not.toContain(id[name]);
    }
  });

  it('refuses a filter it cannot apply, naming the field', async () => {
    const cases: [Record<string, unknown> | undefined, string | undefined, string][] = [
      [{ from: '2025-06-01T00:00:00Z', to: '2025-05-01T00:00:00Z' }, undefined, 'filter.from'],
      [{ sector: '99' }, undefined, 'filter.sector'],
      [{ neighborhood: 'atlantis' }, undefined, 'filter.neighborhood'],
      [undefined, 'fr', 'locale'],
    ];
    for (const [filter, locale, field] of cases) {
      const response = await insights(filter, locale);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is for city staff only', async () => {
    const refused = await insights(YEAR_2025, undefined, member);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.data).toBeNull();
    const anonymous = await insights(YEAR_2025, undefined, new TestSession(app));
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('reads everything in a fixed number of statements, whatever the size of the city', async () => {
    await read(YEAR_2025);
    const before = counter.lastRequest();
    for (let i = 0; i < 30; i += 1) {
      await memberOf(
        `extra${i}`,
        '07-01',
        { sectors: ['23'], neighborhood: 'back-bay' },
        ['SPACE'],
        ['TALENT'],
      );
      if (i > 0) await connect(`extra${i}`, `extra${i - 1}`, '07-02');
    }
    await read({ ...YEAR_2025, sector: '23' });
    expect(counter.lastRequest()).toBe(before);
    // The access check, the five aggregates and their snapshot's transaction.
    expect(before).toBeLessThanOrEqual(9);
  });
});
