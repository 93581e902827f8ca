import { MIGRATIONS } from '../migrations/index.js';
import { createDataSource } from '../src/database/database.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { DEMO_ACCOUNTS } from '../src/database/seeds/demo.seed.js';
import type { ScratchDatabase } from '../src/database/scratch-database.js';
import { createEmptyDatabase } from './support/test-database.js';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    return await dataSource.query<T[]>(sql);
  } finally {
    await dataSource.destroy();
  }
}

describe('migrations and seeds', () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(() => database?.drop());

  it('migrate up from nothing, enabling pg_trgm', async () => {
    const prepared = await prepareDatabase(database.url, { seedDemo: false });
    expect(prepared.migrationsRun).toHaveLength(MIGRATIONS.length);
    const [row] = await query<{ similarity: number }>(
      database.url,
      "SELECT similarity('connector', 'conector') AS similarity",
    );
    expect(row.similarity).toBeGreaterThan(0.5);
  });

  it('seed the demo data once, however often they run', async () => {
    const first = await prepareDatabase(database.url, { seedDemo: true });
    const second = await prepareDatabase(database.url, { seedDemo: true });
    expect(first.seedsRun).toEqual([
      'demo-v1',
      'demo-profiles-v1',
      'demo-organizations-v1',
      'demo-opportunities-v1',
    ]);
    expect(second).toEqual({ migrationsRun: [], seedsRun: [], hasDemoData: true });
    const [{ count }] = await query<{ count: string }>(database.url, 'SELECT count(*) FROM member');
    expect(Number(count)).toBe(DEMO_ACCOUNTS.length);
    // The lender's loan programme, open to the whole city for about three weeks.
    const [loan] = await query<Record<string, unknown>>(
      database.url,
      `SELECT o.kind, o.subkind, o.status, o.citywide, o.amount_min, o.amount_max, o.sectors,
              o.stages, o.poster_id IS NOT NULL AS has_poster,
              round(extract(epoch FROM o.deadline - now()) / 86400) AS days_left, org.slug
       FROM opportunity o JOIN organization org ON org.id = o.organization_id
       WHERE o.kind = 'FUNDING'`,
    );
    expect(loan).toMatchObject({
      kind: 'FUNDING',
      subkind: 'LOAN',
      status: 'PUBLISHED',
      citywide: true,
      amount_min: 5000,
      amount_max: 150000,
      has_poster: true,
      slug: 'roxbury-innovation-fund',
    });
    expect(Number(loan.days_left)).toBe(21);
    expect((loan.sectors as string[]).length).toBeGreaterThan(0);
    expect((loan.stages as string[]).length).toBeGreaterThan(0);
    const kinds = await query<{ kind: string; subkind: string | null }>(
      database.url,
      "SELECT kind, subkind FROM opportunity WHERE status = 'PUBLISHED' ORDER BY kind",
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: 'SPACE', subkind: 'KITCHEN' },
        { kind: 'JOB', subkind: null },
        { kind: 'MENTORSHIP', subkind: 'PROGRAM' },
        { kind: 'PROCUREMENT', subkind: null },
        { kind: 'EVENT', subkind: null },
        { kind: 'CITY_SERVICE', subkind: null },
      ]),
    );
  });

  it('migrate all the way down and up again', async () => {
    const dataSource = createDataSource(database.url, 2);
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i += 1) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const tables = await dataSource.query<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      );
      expect(tables.map((t) => t.table_name)).toEqual(['migration']);
      const extensions = await dataSource.query<unknown[]>(
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'",
      );
      expect(extensions).toHaveLength(0);
      const again = await dataSource.runMigrations({ transaction: 'each' });
      expect(again).toHaveLength(MIGRATIONS.length);
    } finally {
      await dataSource.destroy();
    }
  });
});
