import { NestFactory } from '@nestjs/core';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { AppLogger } from './common/logging/app.logger.js';
import type { AppConfig } from './config/app-config.js';
import { PHOTO_ROUTE } from './modules/members/photo-store.js';

/** The HTTP application, as `npm start`, the tests and the tools build it. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    { bufferLogs: true },
  );
  app.useLogger(app.get(AppLogger));
  app.disable('x-powered-by');
  app.use(cookieParser());
  // Uploaded photos have content-addressed names: cache them for good; a missing one is a 404.
  app.useStaticAssets(path.join(config.uploadsDir, 'photos'), {
    prefix: PHOTO_ROUTE,
    index: false,
    fallthrough: false,
    immutable: true,
    maxAge: '365d',
  });
  return app;
}
