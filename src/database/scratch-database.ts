import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { EmbeddedPostgres } from './embedded-postgres.js';

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** The same server URL pointing at another database. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A throwaway database: on a PostgreSQL server (optionally cloned from a template database),
 * or an embedded cluster in a temporary directory (optionally copied from a prepared one).
 */
export async function createScratchDatabase(options: {
  serverUrl?: string;
  template?: string;
  embeddedTemplateDir?: string;
  prefix?: string;
}): Promise<ScratchDatabase> {
  const prefix = options.prefix ?? 'growhere_scratch';
  if (options.serverUrl) {
    const name = `${prefix}_${randomBytes(6).toString('hex')}`;
    await adminQuery(
      options.serverUrl,
      `CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ''}`,
    );
    return {
      url: withDatabaseName(options.serverUrl, name),
      drop: () => adminQuery(options.serverUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  if (options.embeddedTemplateDir) {
    fs.cpSync(options.embeddedTemplateDir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'growhere.lock'), { force: true });
  }
  const embedded = await EmbeddedPostgres.start({ dataDir: dir, maxConnections: 16 });
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
