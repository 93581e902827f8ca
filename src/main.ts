import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { loadConfig, type AppConfig } from './config/app-config.js';
import { ConfigError } from './config/config.error.js';
import { openDatabase, type DatabaseEndpoint } from './database/database.js';
import { DataDirectoryInUseError } from './database/embedded-postgres.js';
import { prepareDatabase } from './database/prepare-database.js';
import { printBanner } from './cli/banner.js';
import { describeDatabaseError } from './database/database-errors.js';

/** Failures a person can fix get one line and exit code 1, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  let database: DatabaseEndpoint;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataDirectoryInUseError) fail(error.message);
    throw error;
  }

  let stopping = false;
  const stopDatabase = () => database.close().catch(() => undefined);
  try {
    const prepared = await prepareDatabase(database.url, { seedDemo: config.seedDemo });
    const app = await createApp(embeddedPool(config, database), database.url);
    await app.listen(config.port, config.host);

    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`${signal} again: exiting now\n`);
        process.exit(130);
      }
      stopping = true;
      process.stdout.write(`\n${signal} received: stopping GrowHere…\n`);
      await app.close();
      await stopDatabase();
      process.stdout.write('Stopped.\n');
      process.exit(0);
    };
    process.on('SIGINT', (signal) => void shutdown(signal));
    process.on('SIGTERM', (signal) => void shutdown(signal));

    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    printBanner({ config, port, database, prepared, startedAt });
  } catch (error) {
    await stopDatabase();
    const described = describeDatabaseError(error);
    if (described) fail(described);
    throw error;
  }
}

await main();

/**
 * The embedded PostgreSQL serves one session that runs one statement at a time, so a larger pool
 * buys no concurrency; one connection also keeps the messages of concurrent requests from ever
 * interleaving on that shared session.
 */
function embeddedPool(config: AppConfig, database: DatabaseEndpoint): AppConfig {
  return database.embedded ? { ...config, database: { ...config.database, poolSize: 1 } } : config;
}
