import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { ACCESS_METADATA, Access } from '../src/common/auth/access.decorator.js';
import { DEFAULT_CITY_FILE } from '../src/config/app-config.js';
import { AuditLogRepository } from '../src/modules/audit/audit-log.repository.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'audit-log-passphrase';
const STAFF_ACCESS: readonly string[] = [Access.STAFF, Access.ADMIN];

interface Person {
  handle: string;
  id: string;
  session: TestSession;
}

/** What a scenario may use to set up the thing a staff mutation acts on. */
interface World {
  db: DataSource;
  person(handle: string, roles?: string[]): Promise<Person>;
  /** Runs a GraphQL call that must succeed, and returns its data. */
  ok<T>(who: Person, query: string, variables?: Record<string, unknown>): Promise<T>;
  unique(prefix: string): string;
}

/**
 * How to perform one staff mutation: `prepare` sets up what it acts on and returns the
 * variables; `refused` are variables the mutation refuses (bad input, or nothing to act on),
 * which must write nothing; `rows` is how many audit entries the successful call writes (one per
 * target acted on; a bulk action on three cases writes three).
 */
interface Scenario {
  query: string;
  /** Who performs it; staff unless the mutation is for admins. */
  by?: 'staff' | 'admin';
  prepare(world: World): Promise<Record<string, unknown>>;
  refused(variables: Record<string, unknown>): Record<string, unknown>;
  actions: string[];
  rows?: number;
}

/**
 * One scenario per mutation that only city staff or admins may call. The first test fails when a
 * staff mutation has none: a new one must show here that it writes its audit entries.
 */
const SCENARIOS: Record<string, Scenario> = {
  verifyOrganization: {
    query:
      'mutation ($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { id } }',
    async prepare({ person, ok, unique }) {
      const owner = await person(unique('audit-org-owner'));
      const slug = unique('audit-org');
      const created = await ok<{ createOrganization: { id: string } }>(
        owner,
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: 'Audited', slug, type: 'STARTUP' } },
      );
      return {
        input: { organizationId: created.createOrganization.id, verified: true, note: 'Checked' },
      };
    },
    refused: ({ input }) => ({ input: { ...(input as object), note: 'n'.repeat(1001) } }),
    actions: ['organization.verified'],
  },
  setMemberRoles: {
    by: 'admin',
    query: 'mutation ($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { roles } }',
    async prepare({ person, unique }) {
      const member = await person(unique('audit-roles'));
      return { input: { memberId: member.id, roles: ['MEMBER', 'CONNECTOR'] } };
    },
    refused: ({ input }) => ({
      input: { ...(input as object), memberId: '00000000-0000-4000-8000-000000000000' },
    }),
    actions: ['member.roles'],
  },
  reviewOpportunity: {
    query:
      'mutation ($input: ReviewOpportunityInput!) { reviewOpportunity(input: $input) { id status } }',
    async prepare({ person, ok, unique }) {
      const poster = await person(unique('audit-poster'));
      const created = await ok<{ createOpportunity: { id: string; status: string } }>(
        poster,
        'mutation { createOpportunity(input: { kind: FUNDING, title: "Audited grant", publish: true }) { id status } }',
      );
      expect(created.createOpportunity.status).toBe('IN_REVIEW');
      return { input: { opportunityId: created.createOpportunity.id, approve: true } };
    },
    // Rejecting without a note.
    refused: ({ input }) => ({ input: { ...(input as object), approve: false } }),
    actions: ['opportunity.approve'],
  },
  decideConnectorApplication: {
    query:
      'mutation ($input: DecideConnectorApplicationInput!) { decideConnectorApplication(input: $input) { id status } }',
    async prepare({ person, ok, unique }) {
      const applicant = await person(unique('audit-applicant'));
      const applied = await ok<{ applyAsConnector: { id: string } }>(
        applicant,
        'mutation ($input: ApplyAsConnectorInput!) { applyAsConnector(input: $input) { id } }',
        {
          input: {
            motivation: 'I know every baker and every grocer on the east side, and they know me.',
            sectors: ['72'],
            communities: ['East side'],
            languages: ['en'],
          },
        },
      );
      return {
        input: { applicationId: applied.applyAsConnector.id, approve: false, note: 'Not yet' },
      };
    },
    // Declining without a note.
    refused: ({ input }) => ({ input: { ...(input as object), note: undefined } }),
    actions: ['connector.decline'],
  },
  moderateCase: {
    query: 'mutation ($input: ModerateCaseInput!) { moderateCase(input: $input) { id status } }',
    async prepare(world) {
      const [caseId] = await reportedCases(world, 1);
      return { input: { caseId, action: 'SUSPEND', reason: 'Spam from a new account' } };
    },
    // Suspending without a reason.
    refused: ({ input }) => ({ input: { ...(input as object), reason: undefined } }),
    actions: ['moderation.suspend'],
  },
  moderateCases: {
    query:
      'mutation ($input: ModerateCasesInput!) { moderateCases(input: $input) { cases { id } } }',
    async prepare(world) {
      const caseIds = await reportedCases(world, 3);
      return { input: { caseIds, action: 'HIDE', reason: 'A spam wave' } };
    },
    // Hiding without a reason.
    refused: ({ input }) => ({ input: { ...(input as object), reason: undefined } }),
    actions: ['moderation.hide'],
    rows: 3,
  },
};

/** Members reported once each for spam: the open moderation cases about them. */
async function reportedCases({ person, ok, db, unique }: World, count: number) {
  const reporter = await person(unique('audit-reporter'));
  const caseIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const spammer = await person(unique('audit-spammer'));
    await ok(
      reporter,
      'mutation ($input: ReportContentInput!) { reportContent(input: $input) { id } }',
      { input: { targetType: 'MEMBER', targetId: spammer.id, reason: 'SPAM' } },
    );
    const [row] = await db.query<{ id: string }[]>(
      "SELECT id FROM moderation_case WHERE target_id = $1 AND status = 'OPEN'",
      [spammer.id],
    );
    caseIds.push(row.id);
  }
  return caseIds;
}

/**
 * The Mutations whose access declaration names only STAFF and/or ADMIN, read from the running
 * app's resolvers exactly as the global guard reads them (handler, then class).
 */
function staffMutations(app: TestApp): string[] {
  const modules = app.app.get(ModulesContainer);
  const reflector = app.app.get(Reflector);
  const scanner = new MetadataScanner();
  const found = new Set<string>();
  for (const module of modules.values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown> | null;
      if (!prototype) continue;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) !== 'Mutation') continue;
        const access = reflector.getAllAndOverride<string[] | undefined>(ACCESS_METADATA, [
          handler,
          instance.constructor,
        ]);
        if (access?.length && access.every((a) => STAFF_ACCESS.includes(a))) {
          found.add((Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string) ?? name);
        }
      }
    }
  }
  return [...found].sort();
}

function errorOf(response: GraphQLResponse) {
  return response.errors?.[0]?.extensions;
}

/** RFC 4180, enough for the tests: quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length) throw new Error('The CSV does not end with CRLF');
  return rows;
}

describe('audit log', () => {
  let app: TestApp;
  let db: DataSource;
  let dir: string;
  let staff: Person;
  let admin: Person;
  let member: Person;
  let serial = 0;

  async function person(handle: string, roles?: string[]): Promise<Person> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { email, handle, displayName: handle, password: PASSWORD } },
    );
    expect(response.errors).toBeUndefined();
    const id = response.data!.signUp.viewer.id;
    if (roles) {
      await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
      await session.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email, password: PASSWORD } },
      );
    }
    return { handle, id, session };
  }

  async function ok<T>(who: Person, query: string, variables?: Record<string, unknown>) {
    const response = await who.session.call<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  const world = (): World => ({
    db,
    person,
    ok,
    unique: (prefix) => `${prefix}-${++serial}`,
  });

  async function auditCount(): Promise<number> {
    const [row] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM audit_entry',
    );
    return row.count;
  }

  beforeAll(async () => {
    // Staff review FUNDING opportunities in this city, so that reviewOpportunity has work.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-audit-city-'));
    const city = JSON.parse(fs.readFileSync(DEFAULT_CITY_FILE, 'utf8')) as Record<string, unknown>;
    const file = path.join(dir, 'city.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...city, opportunityReview: { newPosters: false, kinds: ['FUNDING'] } }),
    );
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000', GROWHERE_CITY_FILE: file });
    db = app.app.get(DataSource);
    staff = await person('audit-staff', ['MEMBER', 'STAFF']);
    admin = await person('audit-admin', ['MEMBER', 'STAFF', 'ADMIN']);
    member = await person('audit-member');
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('every staff mutation writes exactly one audit entry per target', () => {
    it('has a scenario for every mutation only staff or admins may call', () => {
      const mutations = staffMutations(app);
      // The walk finds what it must, and only mutations of the schema.
      expect(mutations).toEqual(expect.arrayContaining(['setMemberRoles', 'verifyOrganization']));
      const { schema } = app.app.get(GraphQLSchemaHost);
      const inSchema = Object.keys(schema.getMutationType()?.getFields() ?? {});
      expect(inSchema).toEqual(expect.arrayContaining(mutations));
      expect(mutations.filter((name) => !(name in SCENARIOS))).toEqual([]);
      expect(Object.keys(SCENARIOS).filter((name) => !mutations.includes(name))).toEqual([]);
    });

    for (const [mutation, scenario] of Object.entries(SCENARIOS)) {
      it(`${mutation}: refused calls write nothing; a successful one writes ${scenario.rows ?? 1}`, async () => {
        const by = scenario.by === 'admin' ? admin : staff;
        const variables = await scenario.prepare(world());

        const before = await auditCount();
        const forbidden = await member.session.call(scenario.query, variables);
        expect(errorOf(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
        const refused = await by.session.call(scenario.query, scenario.refused(variables));
        expect(refused.errors?.length).toBeGreaterThan(0);
        expect(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']).toContain(errorOf(refused)?.code);
        expect(await auditCount()).toBe(before);

        const done = await by.session.call(scenario.query, variables);
        expect(done.errors).toBeUndefined();
        const rows = await db.query<{ action: string; actor_id: string }[]>(
          `SELECT action, actor_id FROM audit_entry ORDER BY occurred_at DESC, id DESC LIMIT $1`,
          [(await auditCount()) - before],
        );
        expect(rows).toHaveLength(scenario.rows ?? 1);
        for (const row of rows) {
          expect(scenario.actions).toContain(row.action);
          expect(row.actor_id).toBe(by.id);
        }
      });
    }
  });

  it('the database refuses to change or remove audit entries, whatever the application does', async () => {
    const [entry] = await db.query<{ id: string }[]>(
      `INSERT INTO audit_entry (action, target_type, target_id) VALUES ('test.append_only', 'test', 'x')
       RETURNING id`,
    );
    await expect(
      db.query(`UPDATE audit_entry SET reason = 'rewritten' WHERE id = $1`, [entry.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_entry WHERE id = $1', [entry.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
    const [row] = await db.query<{ reason: string | null }[]>(
      'SELECT reason FROM audit_entry WHERE id = $1',
      [entry.id],
    );
    expect(row).toEqual({ reason: null });
  });

  describe('browsing and exporting', () => {
    const LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
      auditLog(filter: $filter, first: $first, after: $after) {
        nodes { id occurredAt action targetType targetId reason before after actorName actor { handle } }
        pageInfo { hasNextPage endCursor } } }`;
    type Entry = {
      id: string;
      occurredAt: string;
      action: string;
      targetType: string;
      targetId: string;
      reason: string | null;
      before: string | null;
      after: string | null;
      actorName: string | null;
      actor: { handle: string } | null;
    };
    type Log = {
      auditLog: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };

    async function log(filter: Record<string, unknown>, first = 100, after?: string) {
      const response = await admin.session.call<Log>(LOG, { filter, first, after });
      expect(response.errors).toBeUndefined();
      return response.data!.auditLog;
    }

    async function csv(query: string, token = admin.session.accessToken) {
      return fetch(`${app.url}/admin/audit-log.csv${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    }

    let organizationId: string;
    let formulaNote: string;

    beforeAll(async () => {
      const owner = await person('audit-browse-owner');
      const created = await ok<{ createOrganization: { id: string } }>(
        owner,
        'mutation { createOrganization(input: { name: "Browse", slug: "audit-browse", type: STARTUP }) { id } }',
      );
      organizationId = created.createOrganization.id;
      formulaNote = '=HYPERLINK("http://evil.example","click"), then "quote"\nand a new line';
      const verify =
        'mutation ($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { id } }';
      await ok(staff, verify, { input: { organizationId, verified: true, note: 'Looks right' } });
      await ok(staff, verify, { input: { organizationId, verified: false, note: formulaNote } });
    });

    it('admins read the log newest first, with who acted and what changed', async () => {
      const page = await log({ targetType: 'organization', targetId: organizationId });
      expect(page.nodes).toMatchObject([
        {
          action: 'organization.verification_refused',
          targetType: 'organization',
          targetId: organizationId,
          reason: formulaNote,
          actorName: 'audit-staff',
          actor: { handle: 'audit-staff' },
        },
        { action: 'organization.verified', reason: 'Looks right' },
      ]);
      expect(JSON.parse(page.nodes[0].before!)).toEqual({ verified: true });
      expect(JSON.parse(page.nodes[0].after!)).toEqual({ verified: false });
      expect(page.nodes[0].occurredAt >= page.nodes[1].occurredAt).toBe(true);

      const byActor = await log({ actorId: staff.id, actions: ['organization.verified'] });
      expect(byActor.nodes.length).toBeGreaterThan(0);
      expect(
        byActor.nodes.every(
          (n) => n.action === 'organization.verified' && n.actor?.handle === 'audit-staff',
        ),
      ).toBe(true);
      expect((await log({ actorId: member.id })).nodes).toEqual([]);

      const forbidden = await staff.session.call(LOG, {});
      expect(errorOf(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
      const actions = await admin.session.call<{ auditActions: string[] }>('{ auditActions }');
      expect(actions.data!.auditActions).toEqual(
        expect.arrayContaining(['organization.verification_refused', 'organization.verified']),
      );
      expect(actions.data!.auditActions).toEqual([...actions.data!.auditActions].sort());
      expect(new Set(actions.data!.auditActions).size).toBe(actions.data!.auditActions.length);
    });

    it('filters by time, refuses a range that ends before it starts, and pages without gaps', async () => {
      // Entries a microsecond apart, and two at the very same instant: a cursor that kept only
      // milliseconds would skip or repeat some of them.
      await db.query(
        `INSERT INTO audit_entry (occurred_at, actor_id, action, target_type, target_id, reason)
         SELECT '2031-03-01 12:00:00.000001+00'::timestamptz + (n / 2) * interval '1 microsecond',
                $1, 'test.keyset', 'keyset', 'k' || n, 'Entry ' || n
         FROM generate_series(0, 8) n`,
        [admin.id],
      );
      const filter = { targetType: 'keyset' };
      const all = await log(filter);
      expect(all.nodes).toHaveLength(9);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await log(filter, 2, after);
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all.nodes.map((n) => n.id));
      expect(new Set(seen).size).toBe(9);

      const from = '2031-03-01T12:00:00.000Z';
      const to = '2031-03-01T12:00:01.000Z';
      expect((await log({ ...filter, from, to })).nodes).toHaveLength(9);
      expect((await log({ ...filter, from: to })).nodes).toHaveLength(0);
      expect((await log({ ...filter, to: from })).nodes).toHaveLength(0);
      const reversed = await admin.session.call(LOG, { filter: { from: to, to: from } });
      expect(errorOf(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
      const badActor = await admin.session.call(LOG, { filter: { actorId: 'someone' } });
      expect(errorOf(badActor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.actorId' });
      const badCursor = await admin.session.call(LOG, { after: 'bm90LWEtY3Vyc29y' });
      expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('exports CSV for admins only, quoted, formula-safe, with the same filters', async () => {
      expect((await csv('', '')).status).toBe(401);
      expect((await csv('', staff.session.accessToken)).status).toBe(403);

      const response = await csv(
        `?targetType=organization&targetId=${organizationId}&action=organization.verification_refused&action=organization.verified`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="audit-log.csv"',
      );
      const text = await response.text();
      const rows = parseCsv(text);
      expect(rows[0]).toEqual([
        'id',
        'occurred_at',
        'actor_id',
        'actor_name',
        'action',
        'target_type',
        'target_id',
        'reason',
        'before',
        'after',
      ]);
      expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[7], r[8], r[9]])).toEqual([
        [
          staff.id,
          'audit-staff',
          'organization.verification_refused',
          `'${formulaNote}`,
          '{"verified":true}',
          '{"verified":false}',
        ],
        [
          staff.id,
          'audit-staff',
          'organization.verified',
          'Looks right',
          '{"verified":false}',
          '{"verified":true}',
        ],
      ]);
      // No cell of the file starts a formula.
      expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);

      const one = parseCsv(
        await (await csv(`?targetId=${organizationId}&action=organization.verified`)).text(),
      );
      expect(one.slice(1).map((r) => r[4])).toEqual(['organization.verified']);

      const reversed = await csv('?from=2031-01-02T00:00:00Z&to=2031-01-01T00:00:00Z');
      expect(reversed.status).toBe(400);
      expect(await reversed.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      const badDate = await csv('?from=yesterday');
      expect(badDate.status).toBe(400);
      expect(await badDate.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    });

    it('streams a large export in batches, newest first, every entry once', async () => {
      await db.query(
        `INSERT INTO audit_entry (occurred_at, action, target_type, target_id, before)
         SELECT '2032-01-01T00:00:00Z'::timestamptz + n * interval '1 second',
                'test.bulk', 'bulk', 'b' || n, jsonb_build_object('n', n)
         FROM generate_series(1, 1234) n`,
      );
      const repository = app.app.get(AuditLogRepository);
      const page = jest.spyOn(repository, 'page');
      try {
        const rows = parseCsv(await (await csv('?targetType=bulk')).text()).slice(1);
        expect(rows).toHaveLength(1234);
        expect(rows.map((r) => r[6])).toEqual(
          Array.from({ length: 1234 }, (_, i) => `b${1234 - i}`),
        );
        // Read 500 at a time, never all at once.
        expect(page.mock.calls.map((call) => call[1])).toEqual([500, 500, 500]);
      } finally {
        page.mockRestore();
      }
    });
  });
});
