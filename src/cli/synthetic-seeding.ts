import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import type { CityProfile } from '../config/city-profile.js';
import { dataSourceOptions } from '../database/database.js';
import {
  generateSyntheticSet,
  type SyntheticProgress,
  type SyntheticResult,
} from '../database/seeds/synthetic/synthetic.js';
import {
  SYNTHETIC_PASSWORD,
  syntheticEmail,
  type SyntheticOptions,
} from '../database/seeds/synthetic/synthetic-set.js';
import { PasswordsService } from '../modules/auth/passwords.service.js';

/** The generator's options from command-line values, or what is wrong with them. */
export function parseSyntheticOptions(values: {
  members?: string;
  'avg-degree'?: string;
  organizations?: string;
  opportunities?: string;
  seed?: string;
}): SyntheticOptions | string {
  const members = Number(values.members ?? 10_000);
  const avgDegree = Number(values['avg-degree'] ?? 20);
  const organizations = Number(values.organizations ?? 0);
  const opportunities = Number(values.opportunities ?? 0);
  const seed = Number(values.seed ?? 42);
  if (!Number.isInteger(members) || members < 2 || members > 999_999) {
    return '--members must be a whole number from 2 to 999999';
  }
  if (!Number.isFinite(avgDegree) || avgDegree <= 0 || avgDegree > Math.min(1000, members - 1)) {
    return `--avg-degree must be a number above 0 and at most ${Math.min(1000, members - 1)}`;
  }
  if (!Number.isInteger(organizations) || organizations < 0 || organizations > 999_999) {
    return '--organizations must be a whole number from 0 to 999999';
  }
  if (!Number.isInteger(opportunities) || opportunities < 0 || opportunities > 9_999_999) {
    return '--opportunities must be a whole number from 0 to 9999999';
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return '--seed must be a whole number from 0 to 4294967295';
  }
  return { members, avgDegree, organizations, opportunities, seed };
}

/**
 * The app's data source without query logging: a failed bulk insert would otherwise print its
 * megabytes of parameters.
 */
export function bulkDataSource(url: string): DataSource {
  return new DataSource({ ...dataSourceOptions(url, 2), logging: false });
}

/** One bar for all rows of all tables; the table being written is named beside it. */
export function progressBar(): SyntheticProgress {
  const bar = new cliProgress.SingleBar(
    {
      format: '  {bar} {percentage}% | {value}/{total} rows | {table} | {duration_formatted}',
      hideCursor: true,
      stream: process.stderr,
      // Without a terminal (CI, a log file), a line every five seconds instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  let plan: Record<string, number> = {};
  const done: Record<string, number> = {};
  // Counts that are drawn (needs and offers) are estimates: the total follows what is written.
  const total = () =>
    Object.keys(plan).reduce((sum, table) => sum + Math.max(plan[table], done[table] ?? 0), 0);
  return {
    start(planned) {
      plan = planned;
      bar.start(total(), 0, { table: Object.keys(plan)[0] ?? '' });
    },
    advance(table, rows) {
      done[table] = (done[table] ?? 0) + rows;
      if (done[table] >= plan[table]) plan[table] = done[table];
      bar.setTotal(total());
      bar.increment(rows, { table });
    },
    stop() {
      plan = { ...done };
      bar.setTotal(total());
      bar.stop();
    },
  };
}

/**
 * Generates a synthetic set with a progress bar, then prints the time taken, rows per table and
 * the shape of the graph. Shared by `seed:synthetic` and `bench:network`.
 */
export async function seedSyntheticSet(
  dataSource: DataSource,
  options: SyntheticOptions,
  city: CityProfile,
): Promise<SyntheticResult> {
  const more =
    options.organizations > 0 || options.opportunities > 0
      ? `, ${options.organizations.toLocaleString('en-US')} organizations, ${options.opportunities.toLocaleString('en-US')} opportunities`
      : '';
  console.log(
    `Generating ${options.members.toLocaleString('en-US')} members, average degree ${options.avgDegree}${more}, seed ${options.seed}…`,
  );
  // Hashed once with the app's own argon2 settings: every synthetic member shares it.
  const passwordHash = await new PasswordsService().hash(SYNTHETIC_PASSWORD);
  const result = await generateSyntheticSet(dataSource, options, {
    city,
    passwordHash,
    progress: progressBar(),
  });
  console.log(
    `Done in ${result.seconds.toFixed(1)} s (${Object.entries(result.generatorSeconds)
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
      .join(', ')}, VACUUM ANALYZE ${result.vacuumSeconds.toFixed(1)} s).`,
  );
  for (const [table, rows] of Object.entries(result.rows)) {
    console.log(`  ${table.padEnd(22)} ${rows.toLocaleString('en-US').padStart(11)} rows`);
  }
  await printGraphShape(dataSource);
  console.log(
    `Sign in as any of them, e.g. ${syntheticEmail(1, options.members)}, with the password ${SYNTHETIC_PASSWORD}`,
  );
  return result;
}

/** Degrees and clustering as they are in the database, to see that the shape is realistic. */
async function printGraphShape(dataSource: DataSource): Promise<void> {
  const [degrees] = await dataSource.query<
    {
      median: number;
      p90: number;
      p99: number;
      max: number;
      isolated: number;
      connectors: number;
    }[]
  >(
    `WITH d AS (
       SELECT m.id, count(c.other_id)::int AS degree, 'CONNECTOR' = ANY(m.roles) AS connector
       FROM member m LEFT JOIN connection c ON c.member_id = m.id GROUP BY m.id)
     SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY degree) AS median,
            percentile_disc(0.9) WITHIN GROUP (ORDER BY degree) AS p90,
            percentile_disc(0.99) WITHIN GROUP (ORDER BY degree) AS p99,
            max(degree) AS max,
            count(*) FILTER (WHERE degree = 0)::int AS isolated,
            coalesce(avg(degree) FILTER (WHERE connector), 0)::int AS connectors
     FROM d`,
  );
  const [ties] = await dataSource.query<{ sector: number; place: number; either: number }[]>(
    `SELECT round(100 * avg((m.sectors[1] = o.sectors[1])::int))::int AS sector,
            round(100 * avg(coalesce(m.neighborhood = o.neighborhood, false)::int))::int AS place,
            round(100 * avg((m.sectors && o.sectors
                             OR coalesce(m.neighborhood = o.neighborhood, false))::int))::int AS either
     FROM connection c JOIN member m ON m.id = c.member_id JOIN member o ON o.id = c.other_id`,
  );
  console.log(
    `  degrees: median ${degrees.median}, p90 ${degrees.p90}, p99 ${degrees.p99}, max ${degrees.max}; ` +
      `${degrees.isolated} members without connections; connectors average ${degrees.connectors}`,
  );
  console.log(
    `  ties: ${ties.sector}% within the main sector, ${ties.place}% within the neighborhood, ` +
      `${ties.either}% sharing a sector or the neighborhood`,
  );
}
