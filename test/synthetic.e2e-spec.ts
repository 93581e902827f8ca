import { spawn } from 'node:child_process';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { NAICS_SECTOR_CODES } from '../src/common/taxonomy/naics-sectors.js';
import { loadConfig } from '../src/config/app-config.js';
import { projectRoot } from '../src/config/project-root.js';
import { dataSourceOptions } from '../src/database/database.js';
import {
  SYNTHETIC_PASSWORD,
  syntheticEmail,
  type SyntheticOptions,
} from '../src/database/seeds/synthetic/synthetic-set.js';
import {
  countMembers,
  generateSyntheticSet,
  hasSyntheticSet,
  resetSyntheticData,
} from '../src/database/seeds/synthetic/synthetic.js';
import { PasswordsService } from '../src/modules/auth/passwords.service.js';
import { TestSession } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const OPTIONS: SyntheticOptions = { members: 400, avgDegree: 8, seed: 7 };

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
            ORDER BY member_id, other_id)) FROM connection) AS connections`,
    );
    return row;
  }

  it('generates the same realistic network for the same seed, and its members can sign in', async () => {
    const passwordHash = await new PasswordsService().hash(SYNTHETIC_PASSWORD);
    const result = await generateSyntheticSet(db, OPTIONS, { city, passwordHash });
    expect(result.rows.member).toBe(400);
    expect(result.rows.connection).toBe(400 * 8);
    expect(result.rows.member_statement).toBeGreaterThan(400);
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

    const first = await fingerprint();
    await resetSyntheticData(db);
    expect(await countMembers(db)).toBe(0);
    expect(await hasSyntheticSet(db, OPTIONS)).toBe(false);
    await generateSyntheticSet(db, OPTIONS, { city, passwordHash });
    expect(await fingerprint()).toEqual(first);

    const session = new TestSession(app);
    const signedIn = await session.call<{ signIn: { viewer: { handle: string } } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken viewer { handle } } }',
      { input: { email: syntheticEmail(1, OPTIONS.members), password: SYNTHETIC_PASSWORD } },
    );
    expect(signedIn.data?.signIn.viewer.handle).toBe('member-000001');
  });

  it('seed:synthetic needs DATABASE_URL, and empties a database with members only on --reset', async () => {
    const withoutUrl = await runSeedSynthetic(['--members', '50'], {});
    expect(withoutUrl.code).toBe(1);
    expect(withoutUrl.stderr).toContain('set DATABASE_URL');

    const env = { DATABASE_URL: app.database.url, LOG_LEVEL: 'silent' };
    const args = ['--members', '50', '--avg-degree', '4', '--seed', '3'];
    const refused = await runSeedSynthetic(args, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds 400 members');
    expect(await countMembers(db)).toBe(400);

    const reset = await runSeedSynthetic([...args, '--reset'], env);
    expect(reset.stderr).not.toContain('Error');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/member\s+50 rows/);
    expect(reset.stdout).toMatch(/connection\s+200 rows/);
    expect(await countMembers(db)).toBe(50);
  });
});
