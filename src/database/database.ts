import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { ENTITIES } from './entities.js';

export interface DatabaseEndpoint {
  readonly url: string;
  /** Present when GrowHere runs its own embedded PostgreSQL. */
  readonly embedded: EmbeddedPostgres | undefined;
  close(): Promise<void>;
}

/** A real PostgreSQL server when DATABASE_URL is set; otherwise the embedded one on disk. */
export async function openDatabase(database: AppConfig['database']): Promise<DatabaseEndpoint> {
  if (database.url) {
    return { url: database.url, embedded: undefined, close: async () => {} };
  }
  const embedded = await EmbeddedPostgres.start({
    dataDir: database.dataDir,
    maxConnections: database.poolSize + 4,
  });
  return { url: embedded.url, embedded, close: () => embedded.stop() };
}

/** One definition of the data source, shared by the app, the CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions are created by migrations, the same way on both engines.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize,
    applicationName: 'growhere',
    connectTimeoutMS: 5000,
    logging: ['error', 'warn'],
    // Short queries only: PostgreSQL's JIT compiles any plan whose estimate looks big (bounded
    // candidate unions do) and spends more time compiling than the query takes. The embedded
    // engine has no JIT and ignores this.
    extra: { options: '-c jit=off' },
  };
}

export function createDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
