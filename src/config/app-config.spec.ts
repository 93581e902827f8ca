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
});
