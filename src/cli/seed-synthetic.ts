import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { countMembers, resetSyntheticData } from '../database/seeds/synthetic/synthetic.js';
import { redactUrl } from './banner.js';
import { runCli } from './run-cli.js';
import { bulkDataSource, parseSyntheticOptions, seedSyntheticSet } from './synthetic-seeding.js';

const USAGE = `Usage: npm run seed:synthetic -- --members <count> --avg-degree <degree>
         [--organizations <count>] [--opportunities <count>] --seed <integer> [--reset]
Fills the PostgreSQL database at DATABASE_URL with a synthetic city: members with profiles,
needs and offers, and their connections; organizations with their teams, needs and offers; the
opportunities they post and the interest members express. The same options and seed make the
same city.
  --members        how many members (2 to 999999; default 10000)
  --avg-degree     average connections per member (default 20)
  --organizations  how many organizations (0 to 999999; default 0)
  --opportunities  how many opportunities (0 to 9999999; default 0)
  --seed           seed of the random generator (default 42)
  --reset          empty the database's member, organization and opportunity data first`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      members: { type: 'string' },
      'avg-degree': { type: 'string' },
      organizations: { type: 'string' },
      opportunities: { type: 'string' },
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
