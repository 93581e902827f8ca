import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../app.factory.js';
import { loadConfig } from '../../config/app-config.js';
import { SYNTHETIC_PASSWORD } from '../../database/seeds/synthetic/synthetic-set.js';
import type { StatementCounter } from './statement-counter.js';

export interface GraphQLResult {
  readonly ms: number;
  /** SQL statements the request sent (0 without a statement counter). */
  readonly statements: number;
  readonly data: Record<string, unknown> | null;
  readonly error?: string;
}

/** Over real HTTP, as the client calls the API; times each request and counts its SQL. */
export class GraphQLClient {
  constructor(
    private readonly url: string,
    private readonly counter?: StatementCounter,
  ) {}

  async request(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult> {
    const started = performance.now();
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string }[];
    };
    const ms = performance.now() - started;
    return {
      ms,
      statements: this.counter?.lastRequest() ?? 0,
      data: body.data ?? null,
      error: body.errors?.[0]?.message,
    };
  }

  /** Signs a synthetic member in with the shared password; returns the access token. */
  async signIn(email: string): Promise<string> {
    const result = await this.request(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password: SYNTHETIC_PASSWORD } },
    );
    const token = (result.data?.signIn as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`Sign-in failed for ${email}: ${result.error}`);
    return token;
  }
}

/**
 * Whether an error says the build has no such field: the operation belongs to a part of the
 * product that is not in this build yet (GraphQL validation names the missing field).
 */
export function isMissingField(error: string | undefined, field: string): boolean {
  return error !== undefined && error.includes(`Cannot query field "${field}"`);
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface BenchApp {
  readonly client: GraphQLClient;
  close(): Promise<void>;
}

/**
 * The real app in this process, as in production (NODE_ENV=production, no request logs), on a
 * loopback port, with sign-in limits lifted so that a benchmark can sign in hundreds of members.
 */
export async function startBenchApp(
  databaseUrl: string,
  options: { counter?: StatementCounter; embedded?: boolean } = {},
): Promise<BenchApp> {
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-bench-'));
  const removeUploads = () => fs.rmSync(uploadsDir, { recursive: true, force: true });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    const port = await freePort();
    const config = loadConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      // The embedded engine serves one statement at a time: one connection, as `npm start` uses.
      ...(options.embedded ? { DATABASE_POOL_SIZE: '1' } : {}),
      GROWHERE_SEED_DEMO: 'false',
      GROWHERE_UPLOADS_DIR: uploadsDir,
      AUTH_RATE_LIMIT: '10000',
      LOG_LEVEL: 'silent',
    });
    app = await createApp(config, databaseUrl);
    await app.listen(port, '127.0.0.1');
    const started = app;
    return {
      client: new GraphQLClient(`http://127.0.0.1:${port}`, options.counter),
      async close() {
        await started.close();
        removeUploads();
      },
    };
  } catch (error) {
    await app?.close();
    removeUploads();
    throw error;
  }
}
