import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { projectRoot } from '../config/project-root.js';
import { withDatabaseName } from '../database/scratch-database.js';
import { Random } from '../database/seeds/synthetic/random.js';
import {
  syntheticSetName,
  type SyntheticOptions,
} from '../database/seeds/synthetic/synthetic-set.js';
import { postgresVersion, withBenchDatabase } from './bench/bench-database.js';
import { isMissingField, startBenchApp, type GraphQLClient } from './bench/http-app.js';
import { StatementCounter } from './bench/statement-counter.js';
import { summarize, table, type LatencySummary } from './bench/stats.js';
import { redactUrl } from './banner.js';
import { runCli } from './run-cli.js';

const SIZES = [
  {
    key: '100k',
    database: 'growhere_bench_matching_100k',
    members: 100_000,
    avgDegree: 20,
    organizations: 20_000,
    opportunities: 50_000,
  },
  {
    key: '10k',
    database: 'growhere_bench_matching_10k',
    members: 10_000,
    avgDegree: 20,
    organizations: 2_000,
    opportunities: 5_000,
  },
] as const;

const SEED = 42;
const VIEWERS = 20;
const WARMUP = 30;
const LIST_SIZES = [5, 50] as const;
const RESULTS_FILE = path.join(projectRoot, 'bench/matching.json');

/** What people type in the search box: words, phrases, a place, a typo, a short prefix. */
const SEARCH_QUERIES = [
  'funding',
  'small business loan',
  'kitchen space',
  'software engineer',
  'mentorship',
  'restaurant',
  'dorchester',
  'grant',
  'mentorshp',
  'bak',
];

const USAGE = `Usage: npm run bench:matching [-- --size 100k|10k] [--requests 200] [--database <name>]
Measures matchmaking and search over real HTTP on a synthetic city in PostgreSQL (DATABASE_URL):
100,000 members (average degree 20: about 1,000,000 connections), 20,000 organizations and
50,000 opportunities, in its own database on that server (created, migrated and generated when
missing; reused when it holds that set). --size 10k measures a city ten times smaller; --database
names another database for it (e.g. a copy made with CREATE DATABASE … TEMPLATE …).`;

// The operations as the client's pages would ask for them.
const MEMBER = 'id handle displayName headline photoUrl';
const ORGANIZATION = 'id slug name type verified';
const OPPORTUNITY = 'id kind title deadline';
const QUERIES = {
  recommendations: `query ForYou($first: Int!) {
    recommendations(first: $first) {
      score
      reasons { code text category offerText sector stage neighborhood language count deadline }
      connectors { ${MEMBER} }
      target {
        __typename
        ... on Member { ${MEMBER} }
        ... on Organization { ${ORGANIZATION} }
        ... on Opportunity { ${OPPORTUNITY} }
      }
    } }`,
  search: `query Search($query: String!, $filter: SearchFilter, $first: Int!) {
    search(query: $query, filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        score
        snippet { text highlighted }
        target {
          __typename
          ... on Member { ${MEMBER} }
          ... on Organization { ${ORGANIZATION} }
          ... on Opportunity { ${OPPORTUNITY} }
        }
      }
      facets {
        types { value count } kinds { value count } sectors { value count }
        neighborhoods { value count } stages { value count } organizationTypes { value count }
        verified inMyNetwork
      }
    } }`,
  candidatesForOpportunity: `query Candidates($opportunityId: ID!, $first: Int!) {
    candidatesForOpportunity(opportunityId: $opportunityId, first: $first) {
      score
      reasons { code text }
      target {
        __typename
        ... on Member { ${MEMBER} }
        ... on Organization { ${ORGANIZATION} }
      }
    } }`,
} as const;
type Field = keyof typeof QUERIES;

/**
 * The smallest document that uses each field, to tell whether this build has it: a full query
 * that also names input types (SearchFilter) fails on those first when the module is missing.
 */
const PROBES: Record<Field, string> = {
  recommendations: '{ recommendations { score } }',
  search: '{ search(query: "probe") { totalCount } }',
  candidatesForOpportunity:
    '{ candidatesForOpportunity(opportunityId: "00000000-0000-0000-0000-000000000000") { score } }',
};

async function hasField(client: GraphQLClient, field: Field, token: string): Promise<boolean> {
  const probe = await client.request(PROBES[field], {}, token);
  return !isMissingField(probe.error, field);
}

/** The measured operations: a GraphQL field with its variables, and the target. */
const OPERATIONS = {
  recommendations: { field: 'recommendations', p95: 50 },
  search: { field: 'search', p95: 30 },
  'search (in my network)': { field: 'search', p95: 30 },
  candidatesForOpportunity: { field: 'candidatesForOpportunity', p95: null },
} as const satisfies Record<string, { field: Field; p95: number | null }>;
type OperationName = keyof typeof OPERATIONS;

interface Call {
  readonly variables: Record<string, unknown>;
  readonly token: string;
}

interface OperationResult extends Partial<LatencySummary> {
  readonly status: 'ok' | 'missing';
  readonly statements?: { median: number; min: number; max: number };
  readonly errors?: number;
  readonly firstError?: string;
  readonly target: { p95Ms: number; met: boolean | null } | null;
}

interface ListResult {
  readonly status: 'ok' | 'missing' | 'error';
  readonly statements?: Record<number, number>;
  readonly items?: Record<number, number>;
  readonly equal?: boolean;
  readonly error?: string;
}

interface Sample {
  readonly viewers: { id: string; email: string }[];
  readonly opportunities: { id: string; posterEmail: string }[];
  readonly counts: Record<string, number>;
}

/** Viewers with a need and a connection; published opportunities whose poster can sign in. */
async function drawSample(dataSource: DataSource, random: Random): Promise<Sample> {
  const viewers = await dataSource.query<{ id: string; email: string }[]>(
    `SELECT m.id, m.email FROM member m
     WHERE m.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM member_statement s WHERE s.member_id = m.id AND s.kind = 'NEED')
       AND EXISTS (SELECT 1 FROM connection c WHERE c.member_id = m.id)
     ORDER BY m.handle`,
  );
  const opportunities = await dataSource.query<{ id: string; posterEmail: string }[]>(
    `SELECT p.id, m.email AS "posterEmail" FROM opportunity p
     JOIN member m ON m.id = p.poster_id AND m.deleted_at IS NULL
     WHERE p.status = 'PUBLISHED' ORDER BY p.id`,
  );
  const [counts] = await dataSource.query<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM member) AS members,
            (SELECT count(*)::int FROM connection) / 2 AS connections,
            (SELECT count(*)::int FROM organization) AS organizations,
            (SELECT count(*)::int FROM opportunity) AS opportunities,
            (SELECT count(*)::int FROM opportunity WHERE status = 'PUBLISHED') AS published`,
  );
  return {
    viewers: random.sample(viewers, VIEWERS),
    opportunities: random.sample(opportunities, VIEWERS),
    counts,
  };
}

async function measure(
  client: GraphQLClient,
  field: Field,
  calls: readonly Call[],
  target: number | null,
): Promise<OperationResult> {
  const query = QUERIES[field];
  if (!(await hasField(client, field, calls[0].token))) return { status: 'missing', target: null };
  for (const call of calls.slice(0, WARMUP)) {
    await client.request(query, call.variables, call.token);
  }
  const latencies: number[] = [];
  const statements: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  for (const call of calls) {
    const result = await client.request(query, call.variables, call.token);
    if (result.error) {
      errors += 1;
      firstError ??= result.error;
    }
    latencies.push(result.ms);
    statements.push(result.statements);
  }
  const sorted = [...statements].sort((a, b) => a - b);
  const summary = summarize(latencies);
  return {
    status: 'ok',
    ...summary,
    statements: {
      median: sorted[Math.floor(sorted.length / 2)] ?? 0,
      min: sorted[0] ?? 0,
      max: sorted.at(-1) ?? 0,
    },
    errors,
    ...(firstError ? { firstError } : {}),
    target: target === null ? null : { p95Ms: target, met: summary.p95 <= target },
  };
}

/** Statements for 5 and for 50 items: the same count when nothing is fetched per item. */
async function listCheck(
  client: GraphQLClient,
  field: Field,
  call: Call,
  count: (data: Record<string, unknown>) => number,
): Promise<ListResult> {
  if (!(await hasField(client, field, call.token))) return { status: 'missing' };
  const statements: Record<number, number> = {};
  const items: Record<number, number> = {};
  for (const first of LIST_SIZES) {
    const result = await client.request(QUERIES[field], { ...call.variables, first }, call.token);
    if (result.error || !result.data) return { status: 'error', error: result.error };
    statements[first] = result.statements;
    items[first] = count(result.data);
  }
  return {
    status: 'ok',
    statements,
    items,
    equal: new Set(Object.values(statements)).size === 1,
  };
}

async function benchSize(
  serverUrl: string,
  size: Omit<(typeof SIZES)[number], 'database'> & { database: string },
  requests: number,
  counter: StatementCounter,
) {
  const options: SyntheticOptions = {
    members: size.members,
    avgDegree: size.avgDegree,
    organizations: size.organizations,
    opportunities: size.opportunities,
    seed: SEED,
  };
  console.log(
    `\n${size.members.toLocaleString('en-US')} members, ${size.organizations.toLocaleString('en-US')} organizations, ` +
      `${size.opportunities.toLocaleString('en-US')} opportunities — ${redactUrl(withDatabaseName(serverUrl, size.database))}`,
  );
  const random = Random.for(SEED, `bench-matching-${size.key}`);
  const { url, result: prepared } = await withBenchDatabase(
    serverUrl,
    size.database,
    options,
    async (dataSource, generatedSeconds) => ({
      generatedSeconds,
      sample: await drawSample(dataSource, random),
    }),
  );
  const { sample, generatedSeconds } = prepared;

  const app = await startBenchApp(url, { counter });
  try {
    const client = app.client;
    const tokens = new Map<string, string>();
    const tokenOf = async (email: string) => {
      if (!tokens.has(email)) tokens.set(email, await client.signIn(email));
      return tokens.get(email)!;
    };
    const viewerTokens: string[] = [];
    for (const viewer of sample.viewers) viewerTokens.push(await tokenOf(viewer.email));
    const posterCalls: Call[] = [];
    for (const opportunity of sample.opportunities) {
      posterCalls.push({
        token: await tokenOf(opportunity.posterEmail),
        variables: { opportunityId: opportunity.id, first: 20 },
      });
    }

    const each = <T>(items: readonly T[], i: number) => items[i % items.length];
    const calls: Record<OperationName, Call[]> = {
      recommendations: Array.from({ length: requests }, (_, i) => ({
        token: each(viewerTokens, i),
        variables: { first: 10 },
      })),
      search: Array.from({ length: requests }, (_, i) => ({
        token: each(viewerTokens, i),
        variables: { query: each(SEARCH_QUERIES, i), filter: null, first: 20 },
      })),
      'search (in my network)': Array.from({ length: requests }, (_, i) => ({
        token: each(viewerTokens, i),
        variables: { query: each(SEARCH_QUERIES, i), filter: { inMyNetwork: true }, first: 20 },
      })),
      candidatesForOpportunity: Array.from({ length: requests }, (_, i) => each(posterCalls, i)),
    };

    const operations = {} as Record<OperationName, OperationResult>;
    for (const name of Object.keys(OPERATIONS) as OperationName[]) {
      const { field, p95 } = OPERATIONS[name];
      operations[name] = await measure(client, field, calls[name], p95);
    }

    const lists = {
      recommendations: await listCheck(
        client,
        'recommendations',
        { token: viewerTokens[0], variables: {} },
        (data) => (data.recommendations as unknown[]).length,
      ),
      search: await listCheck(
        client,
        'search',
        { token: viewerTokens[0], variables: { query: 'funding', filter: null } },
        (data) => (data.search as { nodes: unknown[] }).nodes.length,
      ),
      candidatesForOpportunity: await listCheck(
        client,
        'candidatesForOpportunity',
        posterCalls[0],
        (data) => (data.candidatesForOpportunity as unknown[]).length,
      ),
    };

    return {
      size: size.key,
      database: size.database,
      set: syntheticSetName(options),
      counts: sample.counts,
      generatedSeconds,
      operations,
      lists,
    };
  } finally {
    await app.close();
  }
}

function printSize(result: Awaited<ReturnType<typeof benchSize>>): void {
  const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
  const c = result.counts;
  console.log(
    `  ${c.members} members, ${c.connections} connections, ${c.organizations} organizations, ` +
      `${c.opportunities} opportunities (${c.published} published)` +
      (result.generatedSeconds === null ? '' : `; generated in ${result.generatedSeconds} s`),
  );
  const rows: string[][] = [
    ['operation', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/request', 'target', 'met'],
  ];
  for (const [name, op] of Object.entries(result.operations)) {
    if (op.status === 'missing') {
      rows.push([name, 'missing in this build', '', '', '', '', '', '']);
      continue;
    }
    const { median, min, max } = op.statements!;
    rows.push([
      name,
      String(op.requests) + (op.errors ? ` (${op.errors} errors)` : ''),
      ms(op.p50),
      ms(op.p95),
      ms(op.p99),
      min === max ? String(median) : `${median} (${min}–${max})`,
      op.target ? `p95 ≤ ${op.target.p95Ms}` : '—',
      op.target ? (op.target.met ? 'yes' : 'NO') : '',
    ]);
  }
  console.log(`\n${table(rows)}`);
  for (const [name, op] of Object.entries(result.operations)) {
    if (op.firstError) console.log(`  ${name}: first error: ${op.firstError}`);
  }
  const listRows: string[][] = [
    ['SQL statements per request', 'first: 5', 'first: 50', 'items', 'equal (target)'],
  ];
  for (const [name, list] of Object.entries(result.lists)) {
    if (list.status !== 'ok') {
      listRows.push([
        name,
        list.status === 'missing' ? 'missing in this build' : `error: ${list.error}`,
        '',
        '',
        '',
      ]);
      continue;
    }
    listRows.push([
      name,
      String(list.statements![5]),
      String(list.statements![50]),
      `${list.items![5]}/${list.items![50]}`,
      list.equal ? 'yes' : 'NO',
    ]);
  }
  console.log(`\n${table(listRows)}`);
  const missing = Object.entries(result.operations)
    .filter(([, op]) => op.status === 'missing')
    .map(([name]) => name);
  if (missing.length) {
    console.log(
      `\n  Not in this build: ${missing.join(', ')} (the API has no such query yet: the search or ` +
        'matchmaking module is not merged). Run again once they are.',
    );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', multiple: true },
      requests: { type: 'string', default: '200' },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const requests = Number(values.requests);
  const sizes = SIZES.filter((size) =>
    values.size ? values.size.includes(size.key) : size.key === '100k',
  ).map((size) => (values.database ? { ...size, database: values.database } : size));
  if (!Number.isInteger(requests) || requests < 20 || sizes.length === 0) {
    console.error(USAGE);
    return 1;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'bench:matching measures on a PostgreSQL server: set DATABASE_URL, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:matching\n' +
        'The synthetic city gets its own database on that server (growhere_bench_matching_…).',
    );
    return 1;
  }
  const counter = new StatementCounter();
  counter.install();
  const loadBefore = os.loadavg()[0];
  if (loadBefore > os.cpus().length / 2) {
    console.log(
      `Note: the machine is busy (load ${loadBefore.toFixed(1)} on ${os.cpus().length} cores); latencies will be higher than on an idle one.`,
    );
  }

  const results = [];
  for (const size of sizes) {
    const result = await benchSize(serverUrl, size, requests, counter);
    printSize(result);
    results.push(result);
  }

  const report = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: await postgresVersion(serverUrl),
      loadAverage: { before: loadBefore, after: os.loadavg()[0] },
    },
    method: {
      seed: SEED,
      viewers: VIEWERS,
      warmupRequests: WARMUP,
      requestsPerOperation: requests,
      searchQueries: SEARCH_QUERIES,
      sequential: true,
      transport: 'HTTP POST /graphql on 127.0.0.1, the app in this process (NODE_ENV=production)',
      statements: "pg Client.prototype.query calls inside each request's Apollo execution",
      candidatesForOpportunity: 'as the posters of published opportunities drawn at random',
    },
    targets: Object.fromEntries(
      Object.entries(OPERATIONS)
        .filter(([, op]) => op.p95 !== null)
        .map(([name, op]) => [name, { p95Ms: op.p95 }]),
    ),
    sizes: results,
  };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(projectRoot, RESULTS_FILE)}.`);
  return 0;
}

runCli(main);
