import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import type { ScratchDatabase } from '../../src/database/scratch-database.js';
import { createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; reason?: string; [key: string]: unknown };
  }[];
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly config: AppConfig;
  readonly database: ScratchDatabase;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real app on its own database, uploads folder and a real port; requests go over HTTP.
 */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-test-uploads-'));
  const removeUploads = () => fs.rmSync(uploadsDir, { recursive: true, force: true });
  try {
    // The port is chosen first so that links in mail point at this app.
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOG_FORMAT: 'json',
      DATABASE_URL: database.url,
      // One connection on the embedded engine, as `npm start` uses (see src/main.ts).
      DATABASE_POOL_SIZE: process.env.TEST_DATABASE_URL ? '4' : '1',
      GROWHERE_UPLOADS_DIR: uploadsDir,
      ...env,
    });
    const app = await createApp(config, database.url);
    await app.listen(port, '127.0.0.1');
    const address = app.getHttpServer().address();
    if (!address || typeof address !== 'object') throw new Error('The app is not listening');
    const url = `http://127.0.0.1:${address.port}`;
    return {
      app,
      config,
      database,
      url,
      async graphql<T>(
        query: string,
        variables?: Record<string, unknown>,
        headers: Record<string, string> = {},
      ) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
        return { status: response.status, headers: response.headers, ...body };
      },
      async close() {
        await app.close();
        await database.drop();
        removeUploads();
      },
    };
  } catch (error) {
    await database.drop();
    removeUploads();
    throw error;
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
