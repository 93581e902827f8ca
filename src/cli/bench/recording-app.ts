import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../app.factory.js';
import { loadConfig } from '../../config/app-config.js';
import { freePort } from './http-app.js';

export interface RecordingApp {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The app in the benchmark's own process, where pg's queries can be recorded (never in the API
 * under measurement): configured as the API process is, with the same token secret and issuer, so
 * that the very requests the load sends (bearer tokens included) can be sent to it first.
 */
export async function startRecordingApp(
  databaseUrl: string,
  env: Record<string, string>,
): Promise<RecordingApp> {
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-bench-'));
  let app: NestExpressApplication | undefined;
  try {
    const port = await freePort();
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: String(port),
      // The API's PUBLIC_URL in `env` wins: it is the tokens' issuer.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
      DATABASE_URL: databaseUrl,
      GROWHERE_UPLOADS_DIR: uploadsDir,
    });
    app = await createApp(config, databaseUrl);
    await app.listen(port, '127.0.0.1');
    const started = app;
    return {
      url: `http://127.0.0.1:${port}`,
      async close() {
        await started.close();
        fs.rmSync(uploadsDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    fs.rmSync(uploadsDir, { recursive: true, force: true });
    throw error;
  }
}
