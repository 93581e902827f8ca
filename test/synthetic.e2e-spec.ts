import { spawn } from 'node:child_process';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { NAICS_SECTOR_CODES } from '../src/common/taxonomy/naics-sectors.js';
import {
  BUSINESS_STAGES,
  type NeedOfferCategory,
} from '../src/common/taxonomy/need-offer-categories.js';
import { loadConfig } from '../src/config/app-config.js';
import { projectRoot } from '../src/config/project-root.js';
import { dataSourceOptions } from '../src/database/database.js';
import {
  GroundTruth,
  ndcg,
  precision,
  type TargetType,
} from '../src/database/seeds/synthetic/ground-truth.js';
import { ORGANIZATION_PROFILES } from '../src/database/seeds/synthetic/organization-profiles.js';
import {
  SYNTHETIC_PASSWORD,
  syntheticEmail,
  type SyntheticOptions,
} from '../src/database/seeds/synthetic/synthetic-set.js';
import {
  SYNTHETIC_EPOCH,
  countMembers,
  generateSyntheticSet,
  hasSyntheticSet,
  resetSyntheticData,
} from '../src/database/seeds/synthetic/synthetic.js';
import { PasswordsService } from '../src/modules/auth/passwords.service.js';
import {
  KIND_CATEGORY,
  OPPORTUNITY_SUBKINDS,
  type OpportunityKind,
} from '../src/modules/opportunities/opportunity.types.js';
import {
  ORGANIZATION_TYPES,
  type OrganizationType,
} from '../src/modules/organizations/organization.types.js';
import { TestSession } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const OPTIONS: SyntheticOptions = {
  members: 400,
  avgDegree: 8,
  organizations: 60,
  opportunities: 150,
  seed: 7,
};

function runSeedSynthetic(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'dist/src/cli/seed-synthetic.js'), ...args],
      { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('synthetic network', () => {
  let app: TestApp;
  let db: DataSource;
  const city = loadConfig({}).city;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    db = new DataSource({ ...dataSourceOptions(app.database.url, 2), logging: false });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  /** Everything generated, reduced to fingerprints that change if any row changes. */
  async function fingerprint() {
    const [row] = await db.query<Record<string, string>[]>(
      `SELECT
         (SELECT md5(string_agg(concat_ws('|', id, email, handle, display_name, headline, roles,
            neighborhood, home_city, languages, sectors, stage, considering_locating, privacy,
            locale, created_at), ',' ORDER BY handle)) FROM member) AS members,
         (SELECT md5(string_agg(concat_ws('|', id, member_id, kind, category, text, position), ','
            ORDER BY id)) FROM member_statement) AS statements,
         (SELECT md5(string_agg(concat_ws('|', member_id, other_id, created_at), ','
            ORDER BY member_id, other_id)) FROM connection) AS connections,
         (SELECT md5(string_agg(concat_ws('|', id, slug, name, type, sectors, size_band,
            neighborhood, address, website, description, founded_year, verification_requested_at,
            verified_at, created_at, updated_at), ',' ORDER BY id)) FROM organization)
           AS organizations,
         (SELECT md5(string_agg(concat_ws('|', organization_id, member_id, role, created_at), ','
            ORDER BY organization_id, member_id)) FROM organization_member) AS teams,
         (SELECT md5(string_agg(concat_ws('|', id, organization_id, kind, category, text,
            position), ',' ORDER BY id)) FROM organization_statement) AS organization_statements,
         (SELECT md5(string_agg(concat_ws('|', id, kind, subkind, status, poster_id,
            organization_id, title, description, eligibility, sectors, stages, neighborhoods,
            citywide, remote, categories, amount_min, amount_max, size_sq_ft, deadline,
            external_url, published_at, closed_at, created_at, updated_at), ',' ORDER BY id))
           FROM opportunity) AS opportunities,
         (SELECT md5(string_agg(concat_ws('|', id, opportunity_id, member_id, message, status,
            outcome_kind, outcome_note, outcome_recorded_at, created_at), ',' ORDER BY id))
           FROM opportunity_interest) AS interest`,
    );
    return row;
  }

  it('generates the same realistic city for the same seed, and its members can sign in', async () => {
    const passwordHash = await new PasswordsService().hash(SYNTHETIC_PASSWORD);
    const result = await generateSyntheticSet(db, OPTIONS, { city, passwordHash });
    expect(result.rows.member).toBe(400);
    expect(result.rows.connection).toBe(400 * 8);
    expect(result.rows.member_statement).toBeGreaterThan(400);
    expect(result.rows.organization).toBe(60);
    expect(result.rows.organization_member).toBeGreaterThan(60);
    expect(result.rows.organization_statement).toBeGreaterThanOrEqual(120);
    expect(result.rows.opportunity).toBe(150);
    expect(result.rows.opportunity_interest).toBeGreaterThan(0);
    expect(await hasSyntheticSet(db, OPTIONS)).toBe(true);
    expect(await hasSyntheticSet(db, { ...OPTIONS, seed: 8 })).toBe(false);

    const [shape] = await db.query<Record<string, number>[]>(
      `SELECT
         (SELECT count(*)::int FROM member WHERE 'CONNECTOR' = ANY(roles)) AS connectors,
         (SELECT count(*)::int FROM connection WHERE member_id = other_id) AS loops,
         (SELECT count(*)::int FROM connection c WHERE NOT EXISTS (SELECT 1 FROM connection r
            WHERE r.member_id = c.other_id AND r.other_id = c.member_id
              AND r.created_at = c.created_at)) AS one_sided,
         (SELECT count(*)::int FROM member WHERE handle !~ '^member-[0-9]{6}$'
            OR email <> handle || '@synthetic.growhere.test') AS odd_names`,
    );
    expect(shape).toEqual({ connectors: 8, loops: 0, one_sided: 0, odd_names: 0 });
    const places = await db.query<{ neighborhood: string | null; sectors: string[] }[]>(
      'SELECT neighborhood, sectors FROM member',
    );
    const slugs = new Set(city.neighborhoods.map((n) => n.slug));
    expect(places.every((m) => m.neighborhood === null || slugs.has(m.neighborhood))).toBe(true);
    expect(places.every((m) => m.sectors.every((code) => NAICS_SECTOR_CODES.has(code)))).toBe(true);

    await expectCoherentOrganizations();
    await expectCoherentOpportunities();

    const first = await fingerprint();
    await resetSyntheticData(db);
    expect(await countMembers(db)).toBe(0);
    expect(await hasSyntheticSet(db, OPTIONS)).toBe(false);
    await generateSyntheticSet(db, OPTIONS, { city, passwordHash });
    expect(await fingerprint()).toEqual(first);
    // Another seed makes another city.
    await resetSyntheticData(db);
    await generateSyntheticSet(db, { ...OPTIONS, seed: 8 }, { city, passwordHash });
    const other = await fingerprint();
    expect(other.organizations).not.toBe(first.organizations);
    expect(other.opportunities).not.toBe(first.opportunities);
    await resetSyntheticData(db);
    await generateSyntheticSet(db, OPTIONS, { city, passwordHash });

    const session = new TestSession(app);
    const signedIn = await session.call<{ signIn: { viewer: { handle: string } } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken viewer { handle } } }',
      { input: { email: syntheticEmail(1, OPTIONS.members), password: SYNTHETIC_PASSWORD } },
    );
    expect(signedIn.data?.signIn.viewer.handle).toBe('member-000001');

    // The generator rebuilds the search and matching projections in one go instead of row batch
    // by row batch: the result must be what the triggers make, and the triggers must be back on.
    const projections = () =>
      db.query<Record<string, string>[]>(
        `SELECT
           (SELECT count(*)::int FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D') AS disabled,
           (SELECT md5(string_agg(concat_ws('|', id, type, document, member_id, organization_id,
              kind, sectors, neighborhoods, citywide, stages, verified, sort_at), ',' ORDER BY id))
             FROM search_document) AS documents,
           (SELECT md5(string_agg(lexeme, ',' ORDER BY lexeme)) FROM search_lexeme) AS lexicon,
           (SELECT md5(string_agg(concat_ws('|', member_id, sectors, stage, neighborhood, languages,
              connector, needs, offers, organization_ids), ',' ORDER BY member_id))
             FROM member_match_facts) AS members,
           (SELECT md5(string_agg(concat_ws('|', organization_id, sectors, neighborhood, verified,
              needs, offers), ',' ORDER BY organization_id)) FROM organization_match_facts)
             AS organizations`,
      );
    const [bulk] = await projections();
    expect(bulk.disabled).toBe(0);
    await db.transaction(async (manager) => {
      await manager.query('UPDATE member_statement SET position = position');
      await manager.query('UPDATE organization_statement SET position = position');
      await manager.query('UPDATE organization_member SET role = role');
      await manager.query('UPDATE opportunity SET title = title');
    });
    expect((await projections())[0]).toEqual(bulk);
  });

  /** Organizations look like their type: owners, offers, sectors, places, badges. */
  async function expectCoherentOrganizations() {
    const organizations = await db.query<
      {
        type: OrganizationType;
        sectors: string[];
        neighborhood: string | null;
        slug: string;
        verified: boolean;
        owners: number;
        offers: NeedOfferCategory[] | null;
        needs: NeedOfferCategory[] | null;
      }[]
    >(
      `SELECT o.type, o.sectors, o.neighborhood, o.slug, o.verified_at IS NOT NULL AS verified,
              (SELECT count(*)::int FROM organization_member om
                WHERE om.organization_id = o.id AND om.role = 'OWNER') AS owners,
              (SELECT array_agg(s.category) FROM organization_statement s
                WHERE s.organization_id = o.id AND s.kind = 'OFFER') AS offers,
              (SELECT array_agg(s.category) FROM organization_statement s
                WHERE s.organization_id = o.id AND s.kind = 'NEED') AS needs
       FROM organization o`,
    );
    const slugs = new Set(city.neighborhoods.map((n) => n.slug));
    expect(new Set(organizations.map((o) => o.type))).toEqual(new Set(ORGANIZATION_TYPES));
    for (const organization of organizations) {
      const profile = ORGANIZATION_PROFILES[organization.type];
      expect(organization.owners).toBe(1);
      expect(organization.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(organization.sectors.every((code) => NAICS_SECTOR_CODES.has(code))).toBe(true);
      expect(organization.neighborhood === null || slugs.has(organization.neighborhood)).toBe(true);
      expect(organization.offers?.length).toBeGreaterThan(0);
      expect(organization.needs?.length).toBeGreaterThan(0);
      if (profile.offers !== 'sector') {
        // A lender offers funding, a coworking space offers space, an agency permits help…
        expect(organization.offers).toContain(profile.offers[0][0]);
        const allowed = profile.offers.map(([category]) => category);
        expect(organization.offers!.every((category) => allowed.includes(category))).toBe(true);
      }
      if (profile.homeSectors) expect(profile.homeSectors).toContain(organization.sectors[0]);
    }
    const share = (partners: boolean) => {
      const group = organizations.filter(
        (o) => ORGANIZATION_PROFILES[o.type].resourcePartner === partners,
      );
      return group.filter((o) => o.verified).length / group.length;
    };
    expect(share(true)).toBeGreaterThan(0.6);
    expect(share(false)).toBeLessThan(0.4);
  }

  /** Opportunities fit who posted them, their kind, and their status's dates. */
  async function expectCoherentOpportunities() {
    const opportunities = await db.query<
      {
        kind: OpportunityKind;
        subkind: string | null;
        status: string;
        title: string;
        description: string;
        categories: string[];
        sectors: string[];
        stages: string[];
        neighborhoods: string[];
        citywide: boolean;
        remote: boolean;
        amount_min: number | null;
        amount_max: number | null;
        size_sq_ft: number | null;
        deadline: Date | null;
        published_at: Date | null;
        closed_at: Date | null;
        created_at: Date;
        organization_type: OrganizationType | null;
        organization_created_at: Date | null;
        poster_role: string | null;
      }[]
    >(
      `SELECT p.*, o.type AS organization_type, o.created_at AS organization_created_at,
              (SELECT om.role FROM organization_member om
                WHERE om.organization_id = p.organization_id AND om.member_id = p.poster_id)
                AS poster_role
       FROM opportunity p LEFT JOIN organization o ON o.id = p.organization_id`,
    );
    const slugs = new Set(city.neighborhoods.map((n) => n.slug));
    const epoch = new Date(SYNTHETIC_EPOCH);
    for (const p of opportunities) {
      expect(p.categories[0]).toBe(KIND_CATEGORY[p.kind]);
      expect(new Set(p.categories).size).toBe(p.categories.length);
      const subkinds: readonly string[] = OPPORTUNITY_SUBKINDS[p.kind];
      if (subkinds.length) expect(subkinds).toContain(p.subkind);
      else expect(p.subkind).toBeNull();
      if (p.organization_type) {
        // Posted by an owner or admin, of a kind its type posts, after it was created.
        expect(['OWNER', 'ADMIN']).toContain(p.poster_role);
        expect(ORGANIZATION_PROFILES[p.organization_type].kinds.map((k) => k.kind)).toContain(
          p.kind,
        );
        expect(p.created_at.getTime()).toBeGreaterThanOrEqual(p.organization_created_at!.getTime());
      }
      if (p.kind === 'FUNDING') {
        expect(p.amount_min).toBeGreaterThan(0);
        expect(p.amount_max).toBeGreaterThanOrEqual(p.amount_min!);
      } else {
        expect([p.amount_min, p.amount_max]).toEqual([null, null]);
      }
      expect(p.size_sq_ft === null).toBe(p.kind !== 'SPACE');
      expect(p.sectors.every((code) => NAICS_SECTOR_CODES.has(code))).toBe(true);
      expect(
        p.stages.every((stage) => (BUSINESS_STAGES as readonly string[]).includes(stage)),
      ).toBe(true);
      expect(p.neighborhoods.every((slug) => slugs.has(slug))).toBe(true);
      expect(p.citywide || p.remote || p.neighborhoods.length > 0).toBe(true);
      expect(p.title.length).toBeLessThanOrEqual(140);
      expect(p.description).toMatch(/^## /);
      switch (p.status) {
        case 'PUBLISHED':
          expect(p.published_at!.getTime()).toBeLessThan(epoch.getTime());
          expect(p.deadline === null || p.deadline > epoch).toBe(true);
          break;
        case 'EXPIRED':
          expect(p.deadline!.getTime()).toBeLessThan(epoch.getTime());
          expect(p.deadline!.getTime()).toBeGreaterThan(p.published_at!.getTime());
          break;
        case 'CLOSED':
          expect(p.closed_at!.getTime()).toBeGreaterThan(p.published_at!.getTime());
          expect(p.closed_at!.getTime()).toBeLessThan(epoch.getTime());
          break;
        default:
          expect(['DRAFT', 'IN_REVIEW']).toContain(p.status);
          expect(p.published_at).toBeNull();
      }
    }
    const statuses = new Set(opportunities.map((p) => p.status));
    for (const status of ['DRAFT', 'PUBLISHED', 'CLOSED', 'EXPIRED']) {
      expect(statuses).toContain(status);
    }
    const published = opportunities.filter((p) => p.status === 'PUBLISHED').length;
    expect(published / opportunities.length).toBeGreaterThan(0.5);

    // Interest: in published opportunities, while open, not from their posters, mostly from
    // members who need what they answer.
    const [interest] = await db.query<Record<string, number>[]>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE p.published_at IS NULL
                OR i.created_at < p.published_at OR i.created_at >= $1)::int AS out_of_time,
              count(*) FILTER (WHERE i.member_id = p.poster_id)::int AS by_poster,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM member_statement s
                WHERE s.member_id = i.member_id AND s.kind = 'NEED'
                  AND s.category = ANY(p.categories)))::int AS needing
       FROM opportunity_interest i JOIN opportunity p ON p.id = i.opportunity_id`,
      [epoch],
    );
    expect(interest.out_of_time).toBe(0);
    expect(interest.by_poster).toBe(0);
    expect(interest.needing / interest.total).toBeGreaterThan(0.5);
  }

  it('seed:synthetic needs DATABASE_URL, and empties a database with members only on --reset', async () => {
    const withoutUrl = await runSeedSynthetic(['--members', '50'], {});
    expect(withoutUrl.code).toBe(1);
    expect(withoutUrl.stderr).toContain('set DATABASE_URL');

    const env = { DATABASE_URL: app.database.url, LOG_LEVEL: 'silent' };
    const badCount = await runSeedSynthetic(['--organizations', 'many'], env);
    expect(badCount.code).toBe(1);
    expect(badCount.stderr).toContain('--organizations must be a whole number');

    const args = ['--members', '50', '--avg-degree', '4', '--organizations', '8'];
    args.push('--opportunities', '20', '--seed', '3');
    const refused = await runSeedSynthetic(args, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds 400 members');
    expect(await countMembers(db)).toBe(400);

    const reset = await runSeedSynthetic([...args, '--reset'], env);
    expect(reset.stderr).not.toContain('Error');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/member\s+50 rows/);
    expect(reset.stdout).toMatch(/connection\s+200 rows/);
    expect(reset.stdout).toMatch(/organization\s+8 rows/);
    expect(reset.stdout).toMatch(/opportunity\s+20 rows/);
    expect(await countMembers(db)).toBe(50);
  });

  it('grades each target from needs, offers, sector, stage and place, and leaves out what a member must not see', async () => {
    const here = city.neighborhoods[0].slug;
    const there = city.neighborhoods[1].slug;
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const [viewer, mutual, helpOnly, connected, unrelated, blocked] = [1, 2, 3, 4, 5, 6].map(id);
    const [lender, coworking, ownInvestor] = [11, 12, 13].map(id);
    const person = (
      member: string,
      sectors: string,
      stage: string,
      place: string,
      needs: string[],
      offers: string[],
    ) => ({ member, sectors, stage, place, needs, offers });
    for (const m of [
      person(viewer, '{72}', 'EARLY_REVENUE', here, ['FUNDING'], ['MARKETING_SALES']),
      person(mutual, '{72}', 'GROWTH', here, ['MARKETING_SALES'], ['FUNDING']),
      person(helpOnly, '{51}', 'IDEA', there, ['MARKETING_SALES'], []),
      person(connected, '{72}', 'GROWTH', here, ['MARKETING_SALES'], ['FUNDING']),
      person(unrelated, '{72}', 'EARLY_REVENUE', here, ['TALENT'], ['TECHNOLOGY']),
      person(blocked, '{72}', 'GROWTH', here, ['MARKETING_SALES'], ['FUNDING']),
    ]) {
      await db.query(
        `INSERT INTO member (id, email, handle, display_name, sectors, stage, neighborhood)
         VALUES ($1::uuid, $1::text || '@grading.test', 'grading-' || right($1::text, 2), 'Grading',
                 $2, $3, $4)`,
        [m.member, m.sectors, m.stage, m.place],
      );
      for (const [kind, categories] of [
        ['NEED', m.needs],
        ['OFFER', m.offers],
      ] as const) {
        for (const [position, category] of categories.entries()) {
          await db.query(
            `INSERT INTO member_statement (member_id, kind, category, text, position)
             VALUES ($1, $2, $3, 'x', $4)`,
            [m.member, kind, category, position],
          );
        }
      }
    }
    await db.query('INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1)', [
      viewer,
      connected,
    ]);
    await db.query('INSERT INTO member_block (blocker_id, blocked_id) VALUES ($1, $2)', [
      viewer,
      blocked,
    ]);
    for (const [organization, type, sectors, offer] of [
      [lender, 'LENDER', '{52}', 'FUNDING'],
      [coworking, 'COWORKING', '{53}', 'SPACE'],
      [ownInvestor, 'INVESTOR', '{52}', 'FUNDING'],
    ]) {
      await db.query(
        `INSERT INTO organization (id, slug, name, type, sectors, neighborhood)
         VALUES ($1::uuid, 'grading-' || right($1::text, 2), 'Grading', $2, $3, $4)`,
        [organization, type, sectors, here],
      );
      await db.query(
        `INSERT INTO organization_statement (organization_id, kind, category, text, position)
         VALUES ($1, 'OFFER', $2, 'x', 0)`,
        [organization, offer],
      );
    }
    await db.query(
      `INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'MEMBER')`,
      [ownInvestor, viewer],
    );
    const opportunity = async (
      n: number,
      fields: {
        status?: string;
        poster?: string;
        organization?: string;
        kind?: string;
        categories?: string;
        sectors?: string;
        stages?: string;
        neighborhoods?: string;
        citywide?: boolean;
        remote?: boolean;
      },
    ) => {
      await db.query(
        `INSERT INTO opportunity (id, kind, status, poster_id, organization_id, title, categories,
           sectors, stages, neighborhoods, citywide, remote, published_at)
         VALUES ($1, $2, $3, $4, $5, 'Grading', $6, $7, $8, $9, $10, $11, now())`,
        [
          id(n),
          fields.kind ?? 'FUNDING',
          fields.status ?? 'PUBLISHED',
          fields.poster ?? helpOnly,
          fields.organization ?? null,
          fields.categories ?? '{FUNDING}',
          fields.sectors ?? '{}',
          fields.stages ?? '{}',
          fields.neighborhoods ?? '{}',
          fields.citywide ?? false,
          fields.remote ?? false,
        ],
      );
      return id(n);
    };
    const opportunities = {
      // Meets the need, for the sector and the stage, citywide: every point.
      perfect: await opportunity(21, {
        sectors: '{72}',
        stages: '{EARLY_REVENUE}',
        citywide: true,
      }),
      // Meets the need, open to all, remote: the need alone.
      open: await opportunity(22, { remote: true }),
      otherSector: await opportunity(23, { sectors: '{51}', citywide: true }),
      otherStage: await opportunity(24, { stages: '{IDEA}', citywide: true }),
      elsewhere: await opportunity(25, { neighborhoods: `{${there}}` }),
      nearby: await opportunity(26, { neighborhoods: `{${here}}` }),
      space: await opportunity(27, { kind: 'SPACE', categories: '{SPACE}', citywide: true }),
      draft: await opportunity(28, { status: 'DRAFT', citywide: true }),
      mine: await opportunity(29, { poster: viewer, citywide: true }),
      ownOrganization: await opportunity(30, { organization: ownInvestor, citywide: true }),
      alreadyInterested: await opportunity(31, { citywide: true }),
    };
    await db.query('INSERT INTO opportunity_interest (opportunity_id, member_id) VALUES ($1, $2)', [
      opportunities.alreadyInterested,
      viewer,
    ]);

    const truth = await GroundTruth.load(db);
    const excluded = (await GroundTruth.exclusions(db, [viewer])).get(viewer)!;
    const grade = (type: TargetType, target: string) =>
      truth.grade(viewer, { type, id: target }, excluded);
    expect({
      mutual: grade('Member', mutual),
      helpOnly: grade('Member', helpOnly),
      connected: grade('Member', connected),
      unrelated: grade('Member', unrelated),
      blocked: grade('Member', blocked),
      self: grade('Member', viewer),
      lender: grade('Organization', lender),
      coworking: grade('Organization', coworking),
      ownInvestor: grade('Organization', ownInvestor),
      ...Object.fromEntries(
        Object.entries(opportunities).map(([name, target]) => [name, grade('Opportunity', target)]),
      ),
    }).toEqual({
      // Need met both ways, same sector, next stage, same neighborhood.
      mutual: 5,
      // Only their need meets an offer of the viewer's; another sector, stage and place.
      helpOnly: 1,
      connected: 0,
      unrelated: 0,
      blocked: 0,
      self: 0,
      // Funding; lenders serve early revenue; same neighborhood; not the viewer's sector.
      lender: 3,
      coworking: 0,
      ownInvestor: 0,
      perfect: 4,
      open: 1,
      otherSector: 0,
      otherStage: 0,
      elsewhere: 0,
      nearby: 2,
      space: 0,
      draft: 0,
      mine: 0,
      ownOrganization: 0,
      alreadyInterested: 0,
    });
    const universe = new Set(truth.universe(viewer, excluded).map((entry) => entry.target.id));
    expect(universe.has(opportunities.perfect)).toBe(true);
    expect(universe.has(opportunities.space)).toBe(true);
    for (const hidden of [
      viewer,
      connected,
      blocked,
      ownInvestor,
      opportunities.draft,
      opportunities.mine,
      opportunities.ownOrganization,
      opportunities.alreadyInterested,
    ]) {
      expect(universe.has(hidden)).toBe(false);
    }

    expect(ndcg([4, 1], [4, 1, 0], 10)).toBe(1);
    expect(ndcg([0, 4], [4, 0], 10)).toBeCloseTo(1 / Math.log2(3), 6);
    expect(ndcg([1], [0, 0], 10)).toBeNull();
    expect(precision([2, 1, 3, 0], 5)).toBe(0.4);
  });
});
