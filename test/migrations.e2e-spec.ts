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
    expect(first.seedsRun).toEqual(['demo-v1', 'demo-profiles-v1', 'demo-organizations-v1']);
    expect(second).toEqual({ migrationsRun: [], seedsRun: [], hasDemoData: true });
    const [{ count }] = await query<{ count: string }>(database.url, 'SELECT count(*) FROM member');
    expect(Number(count)).toBe(DEMO_ACCOUNTS.length);
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
