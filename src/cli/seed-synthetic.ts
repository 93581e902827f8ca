import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { countMembers, resetSyntheticData } from '../database/seeds/synthetic/synthetic.js';
import type { SyntheticOptions } from '../database/seeds/synthetic/synthetic-set.js';
import { redactUrl } from './banner.js';
import { runCli } from './run-cli.js';
import { bulkDataSource, seedSyntheticSet } from './synthetic-seeding.js';

const USAGE = `Usage: npm run seed:synthetic -- --members <count> --avg-degree <degree> --seed <integer> [--reset]
Fills the PostgreSQL database at DATABASE_URL with a synthetic network: members with profiles,
needs and offers, and their connections. The same options and seed make the same network.
  --members      how many members (2 to 999999; default 10000)
  --avg-degree   average connections per member (default 20)
  --seed         seed of the random generator (default 42)
  --reset        empty the database's member and organization data first`;

function parseSyntheticOptions(values: {
  members?: string;
  'avg-degree'?: string;
  seed?: string;
}): SyntheticOptions | string {
  const members = Number(values.members ?? 10_000);
  const avgDegree = Number(values['avg-degree'] ?? 20);
  const seed = Number(values.seed ?? 42);
  if (!Number.isInteger(members) || members < 2 || members > 999_999) {
    return '--members must be a whole number from 2 to 999999';
  }
  if (!Number.isFinite(avgDegree) || avgDegree <= 0 || avgDegree > Math.min(1000, members - 1)) {
    return `--avg-degree must be a number above 0 and at most ${Math.min(1000, members - 1)}`;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return '--seed must be a whole number from 0 to 4294967295';
  }
  return { members, avgDegree, seed };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      members: { type: 'string' },
      'avg-degree': { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options = parseSyntheticOptions(values);
  if (typeof options === 'string') {
    console.error(`${options}\n\n${USAGE}`);
    return 1;
  }
  if (!process.env.DATABASE_URL) {
    console.error(
      'seed:synthetic writes to a PostgreSQL server: set DATABASE_URL, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/growhere_synthetic npm run seed:synthetic -- --members 10000\n' +
        'It never writes to the embedded database.',
    );
    return 1;
  }
  const config = loadConfig();
  if (config.isProduction) {
    console.error(
      'seed:synthetic refuses NODE_ENV=production: its members share one known password.',
    );
    return 1;
  }
  const url = config.database.url!;
  console.log(`Database: ${redactUrl(url)}`);
  const prepared = await prepareDatabase(url, { seedDemo: false });
  if (prepared.migrationsRun.length) {
    console.log(`Applied migrations: ${prepared.migrationsRun.join(', ')}`);
  }
  const dataSource = bulkDataSource(url);
  await dataSource.initialize();
  try {
    const existing = await countMembers(dataSource);
    if (existing > 0) {
      if (!values.reset) {
        console.error(
          `This database already holds ${existing.toLocaleString('en-US')} members; nothing was written.\n` +
            'Add --reset to empty its member and organization data first (TRUNCATE member, organization … CASCADE).',
        );
        return 1;
      }
      await resetSyntheticData(dataSource);
      console.log(`Reset: removed ${existing.toLocaleString('en-US')} members and all their data.`);
    }
    await seedSyntheticSet(dataSource, options, config.city);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli(main);
