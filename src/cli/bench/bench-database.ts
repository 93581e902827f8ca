import pg from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config.js';
import { prepareDatabase } from '../../database/prepare-database.js';
import { withDatabaseName } from '../../database/scratch-database.js';
import {
  syntheticSetName,
  type SyntheticOptions,
} from '../../database/seeds/synthetic/synthetic-set.js';
import {
  countMembers,
  hasSyntheticSet,
  resetSyntheticData,
} from '../../database/seeds/synthetic/synthetic.js';
import { bulkDataSource, seedSyntheticSet } from '../synthetic-seeding.js';

/** Creates the database on the server unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      console.log(`  Created the database ${name}.`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Brings a database to the exact synthetic set, generating only when needed (reused when it
 * already holds that set, reset when it holds anything else). Returns the seconds generation
 * took, or null when reused.
 */
export async function prepareSyntheticSet(
  url: string,
  options: SyntheticOptions,
  dataSource: DataSource,
): Promise<number | null> {
  if (await hasSyntheticSet(dataSource, options)) {
    console.log(`  It holds ${syntheticSetName(options)}: reusing it.`);
    return null;
  }
  if ((await countMembers(dataSource)) > 0) {
    console.log('  It holds other data: resetting it.');
    await resetSyntheticData(dataSource);
  }
  const city = loadConfig({ DATABASE_URL: url }).city;
  const result = await seedSyntheticSet(dataSource, options, city);
  return Math.round(result.seconds * 10) / 10;
}

/**
 * A named benchmark database on the server, created, migrated and filled with the synthetic set
 * when missing. `use` runs with a bulk data source on it (closed afterwards).
 */
export async function withBenchDatabase<T>(
  serverUrl: string,
  name: string,
  options: SyntheticOptions,
  use: (dataSource: DataSource, generatedSeconds: number | null) => Promise<T>,
): Promise<{ url: string; result: T }> {
  const url = withDatabaseName(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  await prepareDatabase(url, { seedDemo: false });
  const dataSource = bulkDataSource(url);
  await dataSource.initialize();
  try {
    const generated = await prepareSyntheticSet(url, options, dataSource);
    return { url, result: await use(dataSource, generated) };
  } finally {
    await dataSource.destroy();
  }
}

export async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}
