import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { loadCityProfile, type CityProfile } from './city-profile.js';
import { DEV_AUTH_SECRET, environmentSchema, type Environment } from './config.schema.js';
import { ConfigError } from './config.error.js';
import { projectRoot } from './project-root.js';

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly isProduction: boolean;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string | undefined;
  readonly database: {
    /** A real PostgreSQL server; when absent GrowHere runs its embedded one. */
    readonly url: string | undefined;
    readonly poolSize: number;
    /** Where the embedded database keeps its files. */
    readonly dataDir: string;
  };
  readonly seedDemo: boolean;
  /** Where uploaded images (photos, logos) are kept on local disk, unless `s3` is set. */
  readonly uploadsDir: string;
  /** S3-compatible object storage for uploaded images, when configured (S3_BUCKET). */
  readonly s3: S3Config | undefined;
  readonly redisUrl: string | undefined;
  readonly mail: {
    /** SMTP server; without it mail stays in the development outbox at /dev/mail. */
    readonly smtpUrl: string | undefined;
    readonly from: string;
  };
  /** Sign-up and sign-in attempts allowed per address per minute. */
  readonly authRateLimit: number;
  /** Where people reach GrowHere: the base of links in mail. */
  readonly linkBaseUrl: string;
  readonly authSecret: string;
  readonly log: { readonly level: string; readonly pretty: boolean };
  readonly city: CityProfile;
  readonly cityFile: string;
  readonly clientDir: string;
}

export interface S3Config {
  readonly bucket: string;
  readonly region: string;
  /** A server other than AWS (MinIO, Garage, Ceph…); unset for AWS itself. */
  readonly endpoint: string | undefined;
  readonly forcePathStyle: boolean;
  /** Unset: the AWS SDK's own chain (AWS_* variables, shared files, instance or task roles). */
  readonly credentials:
    { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
}

/** Beside this module, in src/ and (copied by the build) in dist/. */
export const DEFAULT_CITY_FILE = fileURLToPath(new URL('./cities/boston.json', import.meta.url));

/**
 * Reads the environment once, checks every value, and returns a typed configuration.
 * Throws ConfigError with one line naming the variable (or the city file field) at fault.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as shells and compose files often write them.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) throw ConfigError.fromIssue(parsed.error.issues[0], present);
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';

  if (isProduction && env.AUTH_SECRET === DEV_AUTH_SECRET) {
    throw new ConfigError('AUTH_SECRET must be set to a secret of your own in production');
  }
  if (isProduction && !env.DATABASE_URL) {
    throw new ConfigError(
      'DATABASE_URL must be set in production (the embedded database is for one laptop)',
    );
  }

  const s3 = s3Config(env);

  const cityFile = path.resolve(env.GROWHERE_CITY_FILE ?? DEFAULT_CITY_FILE);
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, ''),
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      dataDir: path.resolve(env.GROWHERE_DATA_DIR),
    },
    seedDemo: env.GROWHERE_SEED_DEMO ?? !isProduction,
    uploadsDir: path.resolve(
      env.GROWHERE_UPLOADS_DIR ?? path.join(env.GROWHERE_DATA_DIR, 'uploads'),
    ),
    s3,
    redisUrl: env.REDIS_URL,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    authRateLimit: env.AUTH_RATE_LIMIT,
    linkBaseUrl: env.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${env.PORT}`,
    authSecret: env.AUTH_SECRET,
    log: {
      level: env.LOG_LEVEL,
      pretty: (env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json')) === 'pretty',
    },
    city: loadCityProfile(cityFile),
    cityFile,
    clientDir: path.join(projectRoot, 'client/dist'),
  };
}

const S3_SETTINGS = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

/** S3 is on with a bucket; its other settings without one are a mistake, not a no-op. */
function s3Config(env: Environment): S3Config | undefined {
  if (!env.S3_BUCKET) {
    const stray = S3_SETTINGS.find((name) => env[name] !== undefined);
    if (stray) {
      throw new ConfigError(
        `S3_BUCKET is required when ${stray} is set (uploads go to S3 only with a bucket)`,
      );
    }
    return undefined;
  }
  if (env.S3_ACCESS_KEY_ID && !env.S3_SECRET_ACCESS_KEY) {
    throw new ConfigError('S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set');
  }
  if (env.S3_SECRET_ACCESS_KEY && !env.S3_ACCESS_KEY_ID) {
    throw new ConfigError('S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set');
  }
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION ?? 'us-east-1',
    endpoint: env.S3_ENDPOINT?.replace(/\/$/, ''),
    // Servers other than AWS rarely have a DNS name per bucket.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}

export type ConfigIssue = z.core.$ZodIssue;
