import type { AppConfig } from '../config/app-config.js';
import { localize } from '../config/city-profile.js';
import type { DatabaseEndpoint } from '../database/database.js';
import type { PreparedDatabase } from '../database/prepare-database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../database/seeds/demo.seed.js';

/** Hides the password of a connection URL before it is shown anywhere. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export function publicUrlOf(config: AppConfig, port: number): string {
  if (config.publicUrl) return config.publicUrl;
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(config.host);
  return `http://${local ? 'localhost' : config.host}:${port}`;
}

/** What `npm start` prints once it serves: where to click, and the demo sign-ins. */
export function printBanner(options: {
  config: AppConfig;
  port: number;
  database: DatabaseEndpoint;
  prepared: PreparedDatabase;
  startedAt: number;
}): void {
  const { config, port, database, prepared } = options;
  const url = publicUrlOf(config, port);
  const seconds = ((performance.now() - options.startedAt) / 1000).toFixed(1);
  const engine = database.embedded
    ? `embedded PostgreSQL (PGlite) in ${database.embedded.dataDir}`
    : `PostgreSQL at ${redactUrl(database.url)}`;
  const lines = [
    '',
    `  GrowHere for ${localize(config.city.name, config.city.defaultLocale, config.city.defaultLocale)} is running — ready in ${seconds} s`,
    '',
    `  App:        ${url}/`,
    `  GraphQL:    ${url}/graphql${config.isProduction ? '' : '  (GraphiQL in the browser)'}`,
    `  Health:     ${url}/health/ready`,
    `  Database:   ${engine}`,
    `  Images:     ${config.s3 ? `S3 bucket ${config.s3.bucket}${config.s3.endpoint ? ` at ${config.s3.endpoint}` : ''}` : config.uploadsDir}`,
    `  Migrations: ${prepared.migrationsRun.length} applied now${prepared.seedsRun.length ? `, demo data seeded` : ''}`,
  ];
  if (prepared.hasDemoData) {
    lines.push('', `  Demo sign-ins (password for each: ${DEMO_PASSWORD})`);
    for (const account of DEMO_ACCOUNTS) {
      const role = account.roles.filter((r) => r !== 'MEMBER').join(', ') || 'member';
      lines.push(`    ${account.email.padEnd(32)} ${account.displayName} (${role.toLowerCase()})`);
    }
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}
