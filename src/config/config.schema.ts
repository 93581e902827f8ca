import { z } from 'zod';

const DEV_AUTH_SECRET = 'growhere-development-secret-change-me-0000000000';

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must be a postgres:// URL',
  });

const redisUrl = z
  .string()
  .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must be a redis:// or rediss:// URL',
  });

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Whether an S3 endpoint is only a server address: a path would be read as the bucket. */
const bareServer = (value: string) => {
  const url = new URL(value);
  return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username;
};

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

/** Every environment variable GrowHere reads, with its default. The README table mirrors this. */
export const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'must be development, production or test',
    })
    .default('development'),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100')
    .default(10),
  GROWHERE_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  GROWHERE_UPLOADS_DIR: z.string().min(1, 'must not be empty').optional(),
  GROWHERE_CITY_FILE: z.string().min(1, 'must not be empty').optional(),
  GROWHERE_SEED_DEMO: booleanFlag.optional(),
  // S3-compatible storage for uploaded images; a bucket turns it on (see loadConfig for the rules).
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      message: 'must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens',
    })
    .optional(),
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .refine(bareServer, {
      message: 'must be a server address such as http://minio:9000 (no path, query or credentials)',
    })
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, { message: 'must be a region name such as us-east-1' })
    .optional(),
  S3_ACCESS_KEY_ID: z
    .string()
    .regex(/^\S{1,256}$/, { message: 'must be an access key id without spaces' })
    .optional(),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .regex(/^\S{1,256}$/, { message: 'must be a secret key without spaces' })
    .optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.optional(),
  REDIS_URL: redisUrl.optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
      message: 'must be an smtp:// or smtps:// URL',
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'must be an address such as GrowHere <hello@example.org>')
    .default('GrowHere <no-reply@growhere.local>'),
  AUTH_RATE_LIMIT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 10000')
    .max(10000, 'must be between 1 and 10000')
    .default(10),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_AUTH_SECRET),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { message: 'must be json or pretty' }).optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export { DEV_AUTH_SECRET };
