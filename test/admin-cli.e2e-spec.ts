import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../src/config/project-root.js';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';
import type { ScratchDatabase } from '../src/database/scratch-database.js';
import { createEmptyDatabase } from './support/test-database.js';

function runAdminCreate(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'dist/src/cli/admin.js'), ...args],
      {
        env: { PATH: process.env.PATH, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run admin:create', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-admin-'));
  let database: ScratchDatabase | undefined;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    env = { GROWHERE_DATA_DIR: dataDir };
    if (process.env.TEST_DATABASE_URL) {
      database = await createEmptyDatabase();
      env.DATABASE_URL = database.url;
    }
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function rolesOf(email: string): Promise<string[] | undefined> {
    const embedded = env.DATABASE_URL
      ? undefined
      : await EmbeddedPostgres.start({ dataDir, maxConnections: 2 });
    const client = new pg.Client({ connectionString: env.DATABASE_URL ?? embedded!.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ roles: string[] }>(
        'SELECT roles FROM member WHERE email = $1',
        [email],
      );
      return rows[0]?.roles;
    } finally {
      await client.end();
      await embedded?.stop();
    }
  }

  it('creates the first admin, refusing a weak password with one line', async () => {
    const weak = await runAdminCreate(['--email', 'Boss@City.gov', '--name', 'Boss'], {
      ...env,
      ADMIN_PASSWORD: 'password',
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toBe('password must be at least 12 characters\n');

    const created = await runAdminCreate(['--email', 'Boss@City.gov', '--name', 'City Boss'], {
      ...env,
      ADMIN_PASSWORD: 'a-strong-admin-passphrase',
    });
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('Created the admin boss@city.gov (@boss).\n');
    expect(created.code).toBe(0);
    expect(await rolesOf('boss@city.gov')).toEqual(['MEMBER', 'STAFF', 'ADMIN']);
  });

  it('promotes an existing member', async () => {
    const again = await runAdminCreate(['--email', 'boss@city.gov'], env);
    expect(again.stdout).toBe('boss@city.gov is now an admin.\n');
    expect(again.code).toBe(0);
  });
});
