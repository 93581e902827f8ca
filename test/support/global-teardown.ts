import fs from 'node:fs';
import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const server = process.env.TEST_DATABASE_URL;
  const template = process.env.GROWHERE_TEST_TEMPLATE_DB;
  if (server && template) {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await client.end();
  }
  const runDir = process.env.GROWHERE_TEST_RUN_DIR;
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
}
