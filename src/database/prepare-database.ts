import { createDataSource } from './database.js';
import { demoOpportunitiesSeed } from './seeds/demo-opportunities.seed.js';
import { demoOrganizationsSeed } from './seeds/demo-organizations.seed.js';
import { demoProfilesSeed } from './seeds/demo-profiles.seed.js';
import { demoSeed } from './seeds/demo.seed.js';
import { runSeeds } from './seeds/seed-runner.js';

export interface PreparedDatabase {
  readonly migrationsRun: string[];
  readonly seedsRun: string[];
  /** Whether the demo data is in this database (seeded now or before). */
  readonly hasDemoData: boolean;
}

/** Brings a database up to date: pending migrations, then (when asked) the demo data, once. */
export async function prepareDatabase(
  url: string,
  options: { seedDemo: boolean },
): Promise<PreparedDatabase> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const seedsRun = options.seedDemo
      ? await runSeeds(dataSource, [
          demoSeed,
          demoProfilesSeed,
          demoOrganizationsSeed,
          demoOpportunitiesSeed,
        ])
      : [];
    const rows: unknown[] = await dataSource.query('SELECT 1 FROM seed_run WHERE name = $1', [
      demoSeed.name,
    ]);
    return {
      migrationsRun: migrations.map((migration) => migration.name),
      seedsRun,
      hasDemoData: rows.length > 0,
    };
  } finally {
    await dataSource.destroy();
  }
}
