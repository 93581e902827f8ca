import type { DataSource, QueryRunner } from 'typeorm';
import type { CityProfile } from '../../../config/city-profile.js';
import { connectionsGenerator } from './connections.generator.js';
import { membersGenerator } from './members.generator.js';
import { opportunitiesGenerator } from './opportunities.generator.js';
import { organizationsGenerator } from './organizations.generator.js';
import { Random } from './random.js';
import {
  syntheticSetName,
  type GeneratorContext,
  type SyntheticGenerator,
  type SyntheticOptions,
} from './synthetic-set.js';

/** In order: each may read what the ones before it made. Later kinds append here. */
export const SYNTHETIC_GENERATORS: readonly SyntheticGenerator[] = [
  membersGenerator,
  connectionsGenerator,
  organizationsGenerator,
  opportunitiesGenerator,
];

/**
 * Every synthetic timestamp is before this instant, whatever the clock says; only the deadlines
 * of open opportunities lie after it, as deadlines do.
 */
export const SYNTHETIC_EPOCH = Date.UTC(2026, 9, 1);

/**
 * What `--reset` empties: every table of members' and organizations' data (with everything that
 * refers to them, by cascade), so that the database is as freshly migrated.
 */
const RESET_TABLES = ['member', 'organization', 'opportunity'];

export interface SyntheticProgress {
  /** Rows planned per table, before anything is written. */
  start(plan: Record<string, number>): void;
  advance(table: string, rows: number): void;
  stop(): void;
}

export interface SyntheticResult {
  readonly rows: Record<string, number>;
  /** Seconds each generator took (drawing and writing). */
  readonly generatorSeconds: Record<string, number>;
  readonly seconds: number;
  readonly vacuumSeconds: number;
}

export async function countMembers(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM member',
  );
  return row.count;
}

export async function hasSyntheticSet(
  dataSource: DataSource,
  options: SyntheticOptions,
): Promise<boolean> {
  const rows = await dataSource.query<unknown[]>('SELECT 1 FROM seed_run WHERE name = $1', [
    syntheticSetName(options),
  ]);
  return rows.length > 0;
}

/** Empties the generated tables and forgets the seeds that filled them. */
export async function resetSyntheticData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`TRUNCATE ${RESET_TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
    await manager.query(`DELETE FROM seed_run WHERE name LIKE 'synthetic-%' OR name LIKE 'demo-%'`);
  });
}

/**
 * The tables whose triggers keep the search documents and the match facts in step with every
 * write. Row batch by row batch inside one long transaction, those triggers cost more with each
 * batch (the planner has no statistics for rows it has not committed), so the generator turns
 * them off for its own transaction and rebuilds both projections once, set-wise, before it
 * commits: with the same refresh functions the triggers call, so the result is the same.
 */
const PROJECTED_TABLES = [
  'member',
  'member_statement',
  'organization',
  'organization_statement',
  'organization_member',
  'opportunity',
];

async function suspendProjections(runner: QueryRunner): Promise<void> {
  for (const table of PROJECTED_TABLES) {
    await runner.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  }
}

async function rebuildProjections(runner: QueryRunner, written: string[]): Promise<void> {
  // ANALYZE inside the transaction counts its own new rows, so the rebuild is planned for them.
  await runner.query(`ANALYZE ${written.map((table) => `"${table}"`).join(', ')}`);
  for (const refresh of [
    'search_refresh_members(ARRAY(SELECT id FROM member))',
    'search_refresh_organizations(ARRAY(SELECT id FROM organization))',
    'search_refresh_opportunities(ARRAY(SELECT id FROM opportunity))',
    'match_refresh_members(ARRAY(SELECT id FROM member))',
    'match_refresh_organizations(ARRAY(SELECT id FROM organization))',
  ]) {
    await runner.query(`SELECT ${refresh}`);
  }
  for (const table of PROJECTED_TABLES) {
    await runner.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  }
}

/**
 * Writes a whole synthetic set in one transaction (all of it or nothing), records it in seed_run,
 * then vacuums and analyzes what it wrote so that the planner knows the new sizes at once.
 */
export async function generateSyntheticSet(
  dataSource: DataSource,
  options: SyntheticOptions,
  settings: { city: CityProfile; passwordHash: string; progress?: SyntheticProgress },
): Promise<SyntheticResult> {
  const started = performance.now();
  const plan: Record<string, number> = {};
  for (const generator of SYNTHETIC_GENERATORS) Object.assign(plan, generator.plan(options));
  settings.progress?.start(plan);

  const rows: Record<string, number> = {};
  const generatorSeconds: Record<string, number> = {};
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await suspendProjections(runner);
    const context: GeneratorContext = {
      options,
      runner,
      city: settings.city,
      passwordHash: settings.passwordHash,
      epoch: SYNTHETIC_EPOCH,
      random: (stream) => Random.for(options.seed, stream),
      advance: (table, count) => settings.progress?.advance(table, count),
    };
    for (const generator of SYNTHETIC_GENERATORS) {
      const began = performance.now();
      const written = await generator.run(context);
      Object.assign(rows, written);
      // Generators with nothing to make (no organizations asked for) are left out of the report.
      if (Object.keys(written).length > 0) {
        generatorSeconds[generator.name] = Math.round((performance.now() - began) / 100) / 10;
      }
    }
    await rebuildProjections(runner, Object.keys(rows));
    await runner.query('INSERT INTO seed_run (name) VALUES ($1)', [syntheticSetName(options)]);
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
    settings.progress?.stop();
  }
  const written = performance.now();
  // Triggers filled the search and matching tables alongside: their statistics (and GIN pending
  // lists) too.
  await dataSource.query(
    `VACUUM (ANALYZE) ${[
      ...Object.keys(rows),
      'search_document',
      'search_lexeme',
      'member_match_facts',
      'organization_match_facts',
    ]
      .map((table) => `"${table}"`)
      .join(', ')}`,
  );
  return {
    rows,
    generatorSeconds,
    seconds: (performance.now() - started) / 1000,
    vacuumSeconds: (performance.now() - written) / 1000,
  };
}
