import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS } from '../migrations/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/database/seeds/demo.seed.js';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';
import type { ScratchDatabase } from '../src/database/scratch-database.js';
import { AppProcess } from './support/app-process.js';
import { createEmptyDatabase } from './support/test-database.js';

const onServer = Boolean(process.env.TEST_DATABASE_URL);
const embeddedOnly = onServer ? it.skip : it;

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(sql);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/** Counts rows on the engine the app used, after it stopped. */
async function countAfterStop(env: NodeJS.ProcessEnv, sql: string): Promise<number> {
  if (env.DATABASE_URL) return count(env.DATABASE_URL, sql);
  const embedded = await EmbeddedPostgres.start({
    dataDir: env.GROWHERE_DATA_DIR!,
    maxConnections: 2,
  });
  try {
    return await count(embedded.url, sql);
  } finally {
    await embedded.stop();
  }
}

async function cityName(url: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ city { name } }' }),
  });
  return response.json();
}

describe('npm start (the built server as a process)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-start-'));
  let database: ScratchDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  const processes: AppProcess[] = [];
  const start = (extra: NodeJS.ProcessEnv = {}) => {
    const app = new AppProcess({ ...env, ...extra });
    processes.push(app);
    return app;
  };

  beforeAll(async () => {
    env = { GROWHERE_DATA_DIR: dataDir };
    if (onServer) {
      database = await createEmptyDatabase();
      env.DATABASE_URL = database.url;
    }
  });
  afterEach(async () => {
    await Promise.all(processes.splice(0).map((p) => p.kill()));
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates, seeds, serves API and client, prints the URL and demo sign-ins, stops on Ctrl-C', async () => {
    const app = start();
    const url = await app.ready();
    expect(app.stdout).toContain(`Migrations: ${MIGRATIONS.length} applied now, demo data seeded`);
    expect(app.stdout).toContain(`password for each: ${DEMO_PASSWORD}`);
    for (const account of DEMO_ACCOUNTS) expect(app.stdout).toContain(account.email);

    expect(await cityName(url)).toEqual({ data: { city: { name: 'Boston' } } });
    // The printed demo sign-ins work.
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { viewer { roles } } }',
        variables: { input: { email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD } },
      }),
    });
    expect(await signIn.json()).toEqual({
      data: { signIn: { viewer: { roles: DEMO_ACCOUNTS[0].roles } } },
    });
    const profile = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ member(handle: "femi-founder") { needs { category } } }' }),
    });
    expect(await profile.json()).toEqual({
      data: {
        member: {
          needs: [
            { category: 'SPACE' },
            { category: 'FUNDING' },
            { category: 'CUSTOMERS_PROCUREMENT' },
          ],
        },
      },
    });
    const verified = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ organizations(filter: { verifiedOnly: true }) { nodes { slug } } }',
      }),
    });
    expect(await verified.json()).toEqual({
      data: {
        organizations: {
          nodes: [
            { slug: 'east-boston-climate-lab' },
            { slug: 'office-of-economic-opportunity' },
            { slug: 'roxbury-innovation-fund' },
          ],
        },
      },
    });
    // The demo opportunities: the lender's loan programme among them.
    const loans = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ opportunities(filter: { kinds: [FUNDING] }) { nodes { title amountMax organization { slug } } } }',
      }),
    });
    expect(await loans.json()).toEqual({
      data: {
        opportunities: {
          nodes: [
            {
              title: 'Small-business loans from $5,000 to $150,000',
              amountMax: 150000,
              organization: { slug: 'roxbury-innovation-fund' },
            },
          ],
        },
      },
    });
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const spaRoute = await fetch(`${url}/join`);
    expect(await spaRoute.text()).toBe(await (await fetch(`${url}/`)).text());
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);

    app.signal('SIGINT');
    expect(await app.exited).toBe(0);
    expect(app.stdout).toContain('Stopped.');
  });

  it('finds its data again on the next start and seeds nothing twice', async () => {
    const app = start();
    const url = await app.ready();
    expect(app.stdout).toContain('Migrations: 0 applied now\n');
    expect(await cityName(url)).toEqual({ data: { city: { name: 'Boston' } } });
    app.signal('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(await countAfterStop(env, 'SELECT count(*) AS n FROM member')).toBe(
      DEMO_ACCOUNTS.length,
    );
  });

  embeddedOnly('refuses a second start on a data directory in use, without harm', async () => {
    const first = start();
    const url = await first.ready();
    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.stderr.trim()).toBe(
      `The data directory ${fs.realpathSync(dataDir)} is in use by another GrowHere process ` +
        `(pid ${/pid (\d+)/.exec(second.stderr)?.[1]}). Stop that process first, or set ` +
        'GROWHERE_DATA_DIR to another directory.',
    );
    expect(await cityName(url)).toEqual({ data: { city: { name: 'Boston' } } });
    first.signal('SIGINT');
    expect(await first.exited).toBe(0);
  });

  it('stops on a bad setting with one line naming it, and exit code 1', async () => {
    const badUrl = start({ DATABASE_URL: 'mysql://localhost/growhere' });
    expect(await badUrl.exited).toBe(1);
    expect(badUrl.stderr).toBe('DATABASE_URL must be a postgres:// URL\n');

    const cityFile = path.join(dataDir, 'city.json');
    fs.writeFileSync(cityFile, JSON.stringify({ slug: 'Not A Slug' }));
    const badCity = start({ GROWHERE_CITY_FILE: cityFile });
    expect(await badCity.exited).toBe(1);
    expect(badCity.stderr).toBe(
      `City file ${cityFile}: slug must be a lowercase slug like back-bay\n`,
    );

    const production = start({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1/x' });
    expect(await production.exited).toBe(1);
    expect(production.stderr).toBe(
      'AUTH_SECRET must be set to a secret of your own in production\n',
    );
  });

  it('says plainly when the database server cannot be reached', async () => {
    const app = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/growhere' });
    expect(await app.exited).toBe(1);
    expect(app.stderr).toBe(
      'Cannot use the database (connection refused). Check DATABASE_URL and that PostgreSQL is running.\n',
    );
  });

  it('logs JSON lines with request ids and never the credentials of a request', async () => {
    const app = start({ LOG_LEVEL: 'info' });
    const url = await app.ready();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer secret-token-0123456789',
        cookie: 'refresh=secret-cookie-0123456789',
        'x-request-id': 'log-test-0001',
      },
      body: JSON.stringify({
        query: 'query ($password: String) { city(locale: $password) { name } }',
        variables: { password: 'hunter2-secret-password' },
      }),
    });
    await response.json();
    app.signal('SIGINT');
    await app.exited;
    const lines = app.stdout.split('\n').filter((line) => line.startsWith('{'));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.some((entry) => (entry.req as { id?: string })?.id === 'log-test-0001')).toBe(
      true,
    );
    expect(app.stdout).not.toMatch(/secret-token|secret-cookie|hunter2/);
  });
});
