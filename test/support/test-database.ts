import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { prepareDatabase } from '../../src/database/prepare-database.js';
import {
  adminQuery,
  createScratchDatabase,
  withDatabaseName,
  type ScratchDatabase,
} from '../../src/database/scratch-database.js';

/** A clean, migrated database of its own for one test file, on whichever engine the run uses. */
export async function createTestDatabase(): Promise<ScratchDatabase> {
  await ensureTemplate();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    return createScratchDatabase({ serverUrl, template: templateName(), prefix: 'growhere_test' });
  }
  return createScratchDatabase({ embeddedTemplateDir: templateDir(), prefix: 'growhere-test' });
}

/** An empty database with no migrations, for tests of the migrations themselves. */
export function createEmptyDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase({
    serverUrl: process.env.TEST_DATABASE_URL || undefined,
    prefix: 'growhere_empty',
  });
}

/**
 * Migrates the run's template once: the first test file to get here builds it while the others
 * wait for the marker; cloning it then takes milliseconds (PostgreSQL) or a copy (embedded).
 */
async function ensureTemplate(): Promise<void> {
  const runDir = required('GROWHERE_TEST_RUN_DIR');
  const ready = path.join(runDir, 'template.ready');
  const failed = path.join(runDir, 'template.failed');
  if (fs.existsSync(ready)) return;
  try {
    fs.mkdirSync(path.join(runDir, 'template.lock'));
  } catch {
    for (let waited = 0; waited < 180_000; waited += 100) {
      if (fs.existsSync(ready)) return;
      if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, 'utf8'));
      await sleep(100);
    }
    throw new Error('Timed out waiting for the template database');
  }
  try {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      await adminQuery(serverUrl, `CREATE DATABASE "${templateName()}"`);
      await prepareDatabase(withDatabaseName(serverUrl, templateName()), { seedDemo: false });
    } else {
      const embedded = await EmbeddedPostgres.start({ dataDir: templateDir(), maxConnections: 4 });
      try {
        await prepareDatabase(embedded.url, { seedDemo: false });
      } finally {
        await embedded.stop();
      }
    }
    fs.writeFileSync(ready, '');
  } catch (error) {
    fs.writeFileSync(failed, `Template database failed: ${String(error)}`);
    throw error;
  }
}

const templateName = () => required('GROWHERE_TEST_TEMPLATE_DB');
const templateDir = () => path.join(required('GROWHERE_TEST_RUN_DIR'), 'template');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest's global setup`);
  return value;
}
