import { DataSource } from 'typeorm';
import { StatementCounter } from '../src/cli/bench/statement-counter.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession, waitForMail } from './support/session.js';

const PASSWORD = 'connectors-passphrase';
const MOTIVATION =
  'I have run the market hall for ten years and know who makes what in every corner of the city.';

const APPLICATION = `id motivation sectors communities languages status decisionNote createdAt decidedAt
  applicant { handle isConnector }`;
const APPLY = `mutation ($input: ApplyAsConnectorInput!) { applyAsConnector(input: $input) { ${APPLICATION} } }`;
const WITHDRAW = `mutation { withdrawConnectorApplication { ${APPLICATION} } }`;
const MINE = `{ myConnectorApplication { ${APPLICATION} } }`;
const LIST = `query ($status: ConnectorApplicationStatus, $first: Int, $after: String) {
  connectorApplications(status: $status, first: $first, after: $after) {
    nodes { id status applicant { handle } } pageInfo { hasNextPage endCursor } } }`;
const DECIDE = `mutation ($input: DecideConnectorApplicationInput!) {
  decideConnectorApplication(input: $input) { ${APPLICATION} } }`;
const OVERVIEW = `query ($first: Int, $after: String) { connectorOverview(first: $first, after: $after) {
  nodes { member { handle isConnector } approvedAt
    record { made waiting completed notNow expired outcomes { kind count } } }
  pageInfo { hasNextPage endCursor } } }`;
const NOTIFICATIONS = `{ notifications { nodes { type subjectId path approved decisionNote actor { handle } } } }`;

interface Person {
  handle: string;
  id: string;
  email: string;
  session: TestSession;
}

interface Application {
  id: string;
  status: string;
  sectors: string[];
  communities: string[];
  languages: string[];
  decisionNote: string | null;
  decidedAt: string | null;
  applicant: { handle: string; isConnector: boolean };
}

interface Overview {
  member: { handle: string; isConnector: boolean };
  approvedAt: string | null;
  record: {
    made: number;
    waiting: number;
    completed: number;
    notNow: number;
    expired: number;
    outcomes: { kind: string; count: number }[];
  };
}

type OverviewPage = {
  connectorOverview: {
    nodes: Overview[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

function errorOf(response: GraphQLResponse) {
  return response.errors?.[0]?.extensions;
}

const input = (overrides: Record<string, unknown> = {}) => ({
  motivation: MOTIVATION,
  sectors: ['72', '44-45'],
  communities: ['Market vendors', 'Spanish-speaking owners'],
  languages: ['en', 'es'],
  ...overrides,
});

describe('the connector programme', () => {
  let app: TestApp;
  let db: DataSource;
  let counter: StatementCounter;
  let staff: Person;

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

  async function apply(who: Person, overrides: Record<string, unknown> = {}) {
    return who.session.call<{ applyAsConnector: Application }>(APPLY, {
      input: input(overrides),
    });
  }

  async function auditRows(targetId: string) {
    return db.query<
      { action: string; actor_id: string; reason: string | null; before: unknown; after: unknown }[]
    >(
      'SELECT action, actor_id, reason, before, after FROM audit_entry WHERE target_id = $1 ORDER BY occurred_at',
      [targetId],
    );
  }

  async function notices(who: Person) {
    const response = await who.session.call<{
      notifications: {
        nodes: { type: string; subjectId: string; path: string; approved: boolean | null }[];
      };
    }>(NOTIFICATIONS);
    return response.data!.notifications.nodes.filter(
      (n) => n.type === 'CONNECTOR_APPLICATION_DECIDED',
    );
  }

  beforeAll(async () => {
    counter = new StatementCounter();
    counter.install();
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    db = app.app.get(DataSource);
    staff = await person('conn-staff', ['MEMBER', 'STAFF']);
  });
  afterAll(() => app?.close());

  it('refuses an application that does not fit, naming the field', async () => {
    const ana = await person('conn-ana');
    const cases: [Record<string, unknown>, string][] = [
      [{ motivation: 'Too short to say much.' }, 'motivation'],
      [{ motivation: 'x'.repeat(2001) }, 'motivation'],
      [{ motivation: `   ${'y'.repeat(45)}   ` }, 'motivation'],
      [{ sectors: [] }, 'sectors'],
      [{ sectors: ['72', '99'] }, 'sectors'],
      [{ sectors: Array.from({ length: 11 }, () => '72') }, 'sectors'],
      [{ communities: [] }, 'communities'],
      [{ communities: ['   '] }, 'communities'],
      [{ communities: ['c'.repeat(61)] }, 'communities'],
      [{ communities: Array.from({ length: 11 }, (_, i) => `Community ${i}`) }, 'communities'],
      [{ languages: [] }, 'languages'],
      [{ languages: ['english'] }, 'languages'],
      [{ languages: ['EN'] }, 'languages'],
      [{ languages: Array.from({ length: 11 }, () => 'en') }, 'languages'],
    ];
    for (const [overrides, field] of cases) {
      const refused = await apply(ana, overrides);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const rows = await db.query<unknown[]>(
      'SELECT 1 FROM connector_application WHERE member_id = $1',
      [ana.id],
    );
    expect(rows).toEqual([]);
    expect(errorOf(await app.graphql(APPLY, { input: input() }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('one application waits at a time; it can be withdrawn and sent again', async () => {
    const ben = await person('conn-ben');
    expect((await ben.session.call(MINE)).data).toEqual({ myConnectorApplication: null });
    const applied = await apply(ben, {
      sectors: ['72', '72', '44-45'],
      communities: ['  Market vendors ', 'Market vendors'],
    });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyAsConnector).toMatchObject({
      status: 'PENDING',
      sectors: ['72', '44-45'],
      communities: ['Market vendors'],
      languages: ['en', 'es'],
      decisionNote: null,
      decidedAt: null,
      applicant: { handle: 'conn-ben', isConnector: false },
    });
    const again = await apply(ben);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_PENDING' });

    const withdrawn = await ben.session.call<{ withdrawConnectorApplication: Application }>(
      WITHDRAW,
    );
    expect(withdrawn.data!.withdrawConnectorApplication).toMatchObject({
      id: applied.data!.applyAsConnector.id,
      status: 'WITHDRAWN',
    });
    expect(withdrawn.data!.withdrawConnectorApplication.decidedAt).not.toBeNull();
    expect(errorOf(await ben.session.call(WITHDRAW))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NO_PENDING_APPLICATION',
    });

    const second = await apply(ben);
    expect(second.data!.applyAsConnector.status).toBe('PENDING');
    const mine = await ben.session.call<{ myConnectorApplication: Application }>(MINE);
    expect(mine.data!.myConnectorApplication.id).toBe(second.data!.applyAsConnector.id);

    // Two at once: the database lets one through.
    await ben.session.call(WITHDRAW);
    const racing = await Promise.all([apply(ben), apply(ben), apply(ben)]);
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of racing.filter((r) => r.errors)) {
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_PENDING' });
    }
  });

  it('staff see applications oldest first and decide: a decline needs a note', async () => {
    const [cora, dev] = [await person('conn-cora'), await person('conn-dev')];
    const waiting = async () =>
      (
        await staff.session.call<{ moderationQueueCounts: { connectorApplications: number } }>(
          '{ moderationQueueCounts { connectorApplications } }',
        )
      ).data!.moderationQueueCounts.connectorApplications;
    const before = await waiting();
    const coraApp = (await apply(cora)).data!.applyAsConnector;
    const devApp = (await apply(dev)).data!.applyAsConnector;
    // The staff console counts what waits for a decision.
    expect(await waiting()).toBe(before + 2);
    await db.query(
      `UPDATE connector_application SET created_at = now() - interval '2 days' WHERE id = $1`,
      [devApp.id],
    );

    type List = {
      connectorApplications: {
        nodes: { id: string; status: string; applicant: { handle: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const all = await staff.session.call<List>(LIST, {});
    const ids = all.data!.connectorApplications.nodes.map((n) => n.id);
    expect(ids.indexOf(devApp.id)).toBeLessThan(ids.indexOf(coraApp.id));
    expect(all.data!.connectorApplications.nodes.every((n) => n.status === 'PENDING')).toBe(true);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<List> = await staff.session.call<List>(LIST, {
        first: 2,
        after,
      });
      paged.push(...page.data!.connectorApplications.nodes.map((n) => n.id));
      after = page.data!.connectorApplications.pageInfo.hasNextPage
        ? page.data!.connectorApplications.pageInfo.endCursor
        : null;
    } while (after);
    expect(paged).toEqual(ids);
    expect(errorOf(await cora.session.call(LIST, {}))).toMatchObject({ code: 'FORBIDDEN' });

    const noNote = await staff.session.call(DECIDE, {
      input: { applicationId: devApp.id, approve: false },
    });
    expect(errorOf(noNote)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await auditRows(dev.id)).toEqual([]);

    const note = 'Please first take part in a few introductions as a member.';
    const declined = await staff.session.call<{ decideConnectorApplication: Application }>(DECIDE, {
      input: { applicationId: devApp.id, approve: false, note },
    });
    expect(declined.data!.decideConnectorApplication).toMatchObject({
      status: 'DECLINED',
      decisionNote: note,
      applicant: { handle: 'conn-dev', isConnector: false },
    });
    expect(await auditRows(dev.id)).toEqual([
      {
        action: 'connector.decline',
        actor_id: staff.id,
        reason: note,
        before: { applicationId: devApp.id, status: 'PENDING', roles: ['MEMBER'] },
        after: { applicationId: devApp.id, status: 'DECLINED', roles: ['MEMBER'] },
      },
    ]);
    expect(await notices(dev)).toEqual([
      {
        type: 'CONNECTOR_APPLICATION_DECIDED',
        subjectId: devApp.id,
        path: '/connectors/apply',
        approved: false,
        decisionNote: note,
        actor: null,
      },
    ]);
    const mail = await waitForMail(
      app,
      (m) => m.recipient === dev.email && m.subject.startsWith('City staff'),
    );
    expect(mail.subject).toBe('City staff declined your application to become a connector');
    expect(mail.text).toContain(note);
    const declinedList = await staff.session.call<List>(LIST, { status: 'DECLINED' });
    expect(declinedList.data!.connectorApplications.nodes.map((n) => n.id)).toEqual([devApp.id]);

    // Decided once: the second decision changes nothing and writes nothing.
    const twice = await staff.session.call(DECIDE, {
      input: { applicationId: devApp.id, approve: true },
    });
    expect(errorOf(twice)).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_PENDING',
      field: 'applicationId',
    });
    expect(await auditRows(dev.id)).toHaveLength(1);
    const unknown = await staff.session.call(DECIDE, {
      input: { applicationId: '00000000-0000-4000-8000-000000000000', approve: true },
    });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'applicationId' });
  });

  it('approval makes a connector everywhere: role, badge, matching facts; once only', async () => {
    const eli = await person('conn-eli');
    await db.query(`UPDATE member SET locale = 'es' WHERE id = $1`, [eli.id]);
    const application = (await apply(eli)).data!.applyAsConnector;
    const approved = await staff.session.call<{ decideConnectorApplication: Application }>(DECIDE, {
      input: { applicationId: application.id, approve: true, note: 'Welcome!' },
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.decideConnectorApplication).toMatchObject({
      status: 'APPROVED',
      decisionNote: 'Welcome!',
      applicant: { handle: 'conn-eli', isConnector: true },
    });
    const [member] = await db.query<{ roles: string[] }[]>(
      'SELECT roles FROM member WHERE id = $1',
      [eli.id],
    );
    expect(member.roles).toEqual(['MEMBER', 'CONNECTOR']);
    // Matching's facts follow the role in the same transaction (their trigger).
    const [facts] = await db.query<{ connector: boolean }[]>(
      'SELECT connector FROM member_match_facts WHERE member_id = $1',
      [eli.id],
    );
    expect(facts.connector).toBe(true);
    expect(await auditRows(eli.id)).toEqual([
      {
        action: 'connector.approve',
        actor_id: staff.id,
        reason: 'Welcome!',
        before: { applicationId: application.id, status: 'PENDING', roles: ['MEMBER'] },
        after: {
          applicationId: application.id,
          status: 'APPROVED',
          roles: ['MEMBER', 'CONNECTOR'],
        },
      },
    ]);
    expect(await notices(eli)).toMatchObject([{ approved: true, decisionNote: 'Welcome!' }]);
    const mail = await waitForMail(
      app,
      (m) => m.recipient === eli.email && m.subject.startsWith('El personal'),
    );
    expect(mail.subject).toBe('El personal de la ciudad aprobó tu solicitud: ahora eres conector');

    const again = await apply(eli);
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CONNECTOR' });
  });

  it('staff see every connector with their record and when they were approved, in fixed queries', async () => {
    const made: Person[] = [];
    for (const handle of ['conn-ov-a', 'conn-ov-b', 'conn-ov-c', 'conn-ov-d', 'conn-ov-e']) {
      made.push(await person(handle));
    }
    // Approved through the programme: a, b, c. Made connector by an admin: d. Not one: e.
    for (const who of made.slice(0, 3)) {
      const application = (await apply(who)).data!.applyAsConnector;
      await staff.session.call(DECIDE, {
        input: { applicationId: application.id, approve: true },
      });
    }
    await db.query(`UPDATE member SET roles = '{MEMBER,CONNECTOR}' WHERE id = $1`, [made[3].id]);
    // a's introductions: one completed with two outcomes recorded (HIRE by both sides counts
    // once), one waiting, one past its time, one declined.
    const [x, y] = [await person('conn-ov-x'), await person('conn-ov-y')];
    const intro = async (status: string, expires: string) => {
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO introduction (introducer_id, member_a_id, member_b_id, note, status, expires_at)
         VALUES ($1, $2, $3, 'Meet', $4, ${expires}) RETURNING id`,
        [made[0].id, x.id, y.id, status],
      );
      return row.id;
    };
    const completed = await intro('COMPLETED', `now() + interval '1 day'`);
    await intro('PROPOSED', `now() + interval '1 day'`);
    await intro('PROPOSED', `now() - interval '1 day'`);
    await intro('DECLINED', `now() + interval '1 day'`);
    await db.query(
      `INSERT INTO introduction_outcome (introduction_id, member_id, kind) VALUES ($1, $2, 'HIRE'), ($1, $3, 'HIRE')`,
      [completed, x.id, y.id],
    );

    const all = await staff.session.call<OverviewPage>(OVERVIEW, { first: 100 });
    expect(all.errors).toBeUndefined();
    const nodes = all.data!.connectorOverview.nodes.filter((n) =>
      n.member.handle.startsWith('conn-ov-'),
    );
    expect(nodes.map((n) => n.member.handle)).toEqual([
      'conn-ov-a',
      'conn-ov-b',
      'conn-ov-c',
      'conn-ov-d',
    ]);
    expect(nodes.every((n) => n.member.isConnector)).toBe(true);
    expect(nodes.slice(0, 3).every((n) => n.approvedAt !== null)).toBe(true);
    expect(nodes[3].approvedAt).toBeNull();
    expect(nodes[0].record).toEqual({
      made: 4,
      waiting: 1,
      completed: 1,
      notNow: 1,
      expired: 1,
      outcomes: [{ kind: 'HIRE', count: 1 }],
    });
    expect(nodes[1].record).toEqual({
      made: 0,
      waiting: 0,
      completed: 0,
      notNow: 0,
      expired: 0,
      outcomes: [],
    });
    // The same record the introducer sees of themselves.
    const own = await staff.session.call<{ introducerRecord: Overview['record'] }>(
      'query ($id: ID!) { introducerRecord(memberId: $id) { made waiting completed notNow expired outcomes { kind count } } }',
      { id: made[0].id },
    );
    expect(own.data!.introducerRecord).toEqual(nodes[0].record);

    // Page by page, the same list; and a page of 5 costs what a page of 1 does.
    const handles: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<OverviewPage> = await staff.session.call<OverviewPage>(OVERVIEW, {
        first: 2,
        after,
      });
      handles.push(...page.data!.connectorOverview.nodes.map((n) => n.member.handle));
      after = page.data!.connectorOverview.pageInfo.hasNextPage
        ? page.data!.connectorOverview.pageInfo.endCursor
        : null;
    } while (after);
    expect(handles).toEqual(all.data!.connectorOverview.nodes.map((n) => n.member.handle));
    const statements: number[] = [];
    for (const first of [1, 5]) {
      await staff.session.call(OVERVIEW, { first });
      statements.push(counter.lastRequest());
    }
    expect(statements[1]).toBe(statements[0]);

    expect(errorOf(await made[0].session.call(OVERVIEW, {}))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('an export holds the member’s applications; deleting the account removes them', async () => {
    const fay = await person('conn-fay');
    const first = (await apply(fay)).data!.applyAsConnector;
    await fay.session.call(WITHDRAW);
    await apply(fay, { communities: ['Home bakers'] });
    const exported = await fay.session.call<{ exportMyData: string }>('mutation { exportMyData }');
    const document = JSON.parse(exported.data!.exportMyData) as {
      connectorApplications: { id: string; status: string; communities: string[] }[];
    };
    expect(document.connectorApplications).toMatchObject([
      { id: first.id, status: 'WITHDRAWN' },
      { status: 'PENDING', communities: ['Home bakers'] },
    ]);
    expect(JSON.stringify(document.connectorApplications)).not.toContain('decidedById');

    const deleted = await fay.session.call(
      'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }',
      { input: { password: PASSWORD } },
    );
    expect(deleted.errors).toBeUndefined();
    const rows = await db.query<unknown[]>(
      'SELECT 1 FROM connector_application WHERE member_id = $1',
      [fay.id],
    );
    expect(rows).toEqual([]);
  });
});
