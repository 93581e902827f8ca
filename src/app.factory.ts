import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { AppLogger } from './common/logging/app.logger.js';
import type { AppConfig } from './config/app-config.js';

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
  return app;
}
