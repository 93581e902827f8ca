import { loadConfig } from './app-config.js';
import { ConfigError } from './config.error.js';

const base = { GROWHERE_DATA_DIR: '/tmp/growhere-config-spec' };

function errorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('gives working defaults for a laptop', () => {
    const config = loadConfig(base);
    expect(config.env).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toBe('/tmp/growhere-config-spec');
    expect(config.seedDemo).toBe(true);
    expect(config.log.pretty).toBe(true);
    expect(config.city.slug).toBe('boston');
  });

  it('names the variable and what is wrong, in one line', () => {
    expect(errorOf({ DATABASE_URL: 'mysql://localhost/x' })).toBe(
      'DATABASE_URL must be a postgres:// URL',
    );
    expect(errorOf({ PORT: 'eighty' })).toBe('PORT must be a number');
    expect(errorOf({ PORT: '70000' })).toBe('PORT must be between 0 and 65535');
    expect(errorOf({ REDIS_URL: 'http://x' })).toBe(
      'REDIS_URL must be a redis:// or rediss:// URL',
    );
    expect(errorOf({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of fatal/);
    expect(errorOf({ GROWHERE_SEED_DEMO: 'maybe' })).toBe(
      'GROWHERE_SEED_DEMO must be true or false',
    );
    expect(errorOf({ AUTH_SECRET: 'short' })).toBe('AUTH_SECRET must be at least 32 characters');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...base, DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('refuses default secrets and the embedded database in production', () => {
    const db = { DATABASE_URL: 'postgres://app@db:5432/growhere' };
    expect(errorOf({ NODE_ENV: 'production', ...db })).toBe(
      'AUTH_SECRET must be set to a secret of your own in production',
    );
    expect(errorOf({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toMatch(
      /^DATABASE_URL must be set in production/,
    );
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40), ...db });
    expect(config.seedDemo).toBe(false);
    expect(config.log.pretty).toBe(false);
  });

  it('keeps uploads on local disk unless S3_BUCKET is set', () => {
    const config = loadConfig(base);
    expect(config.s3).toBeUndefined();
    expect(config.uploadsDir).toBe('/tmp/growhere-config-spec/uploads');
    // The Docker image sets an uploads folder: S3 next to it is fine, and wins.
    expect(
      loadConfig({ ...base, GROWHERE_UPLOADS_DIR: '/var/lib/growhere/uploads', S3_BUCKET: 'media' })
        .s3?.bucket,
    ).toBe('media');
  });

  it('reads S3: AWS by default, path-style for another server, keys only in pairs', () => {
    expect(loadConfig({ ...base, S3_BUCKET: 'growhere-media' }).s3).toEqual({
      bucket: 'growhere-media',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    });
    const minio = {
      S3_BUCKET: 'growhere',
      S3_ENDPOINT: 'http://minio:9000/',
      S3_REGION: 'eu-west-3',
      S3_ACCESS_KEY_ID: 'growhere',
      S3_SECRET_ACCESS_KEY: 'a-secret-of-forty-characters-or-so-0000',
    };
    expect(loadConfig({ ...base, ...minio }).s3).toEqual({
      bucket: 'growhere',
      region: 'eu-west-3',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'growhere', secretAccessKey: minio.S3_SECRET_ACCESS_KEY },
    });
    expect(loadConfig({ ...base, ...minio, S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(
      false,
    );
  });

  it('refuses S3 settings that cannot work, naming the variable', () => {
    expect(errorOf({ S3_ENDPOINT: 'http://minio:9000' })).toBe(
      'S3_BUCKET is required when S3_ENDPOINT is set (uploads go to S3 only with a bucket)',
    );
    expect(errorOf({ S3_ACCESS_KEY_ID: 'key' })).toMatch(
      /^S3_BUCKET is required when S3_ACCESS_KEY_ID/,
    );
    expect(errorOf({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toBe(
      'S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set',
    );
    expect(errorOf({ S3_BUCKET: 'media', S3_SECRET_ACCESS_KEY: 'secret' })).toBe(
      'S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set',
    );
    expect(errorOf({ S3_BUCKET: 'Media_Bucket' })).toMatch(/^S3_BUCKET must be a bucket name/);
    expect(errorOf({ S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000' })).toBe(
      'S3_ENDPOINT must be an http(s) URL',
    );
    expect(errorOf({ S3_BUCKET: 'media', S3_ENDPOINT: 'http://minio:9000/media' })).toMatch(
      /^S3_ENDPOINT must be a server address/,
    );
    expect(errorOf({ S3_BUCKET: 'media', S3_REGION: 'US East' })).toBe(
      'S3_REGION must be a region name such as us-east-1',
    );
    expect(errorOf({ S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'sometimes' })).toBe(
      'S3_FORCE_PATH_STYLE must be true or false',
    );
  });
});
