import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Names this run's template database and scratch folder. Jest runs this file outside its ESM
 * loader, so the template itself is built by the first test file that needs it
 * (test-database.ts), under a lock.
 */
export default function globalSetup(): void {
  process.env.GROWHERE_TEST_RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-test-run-'));
  process.env.GROWHERE_TEST_TEMPLATE_DB = `growhere_template_${randomBytes(4).toString('hex')}`;
  const server = process.env.TEST_DATABASE_URL;
  console.log(
    server
      ? `\nTests run on PostgreSQL at ${new URL(server).host}`
      : '\nTests run on the embedded PostgreSQL (PGlite); set TEST_DATABASE_URL to use a server',
  );
}
