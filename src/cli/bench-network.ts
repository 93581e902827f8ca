import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../config/project-root.js';
import { withDatabaseName } from '../database/scratch-database.js';
import { Random } from '../database/seeds/synthetic/random.js';
import {
  syntheticSetName,
  type SyntheticOptions,
} from '../database/seeds/synthetic/synthetic-set.js';
import { postgresVersion, withBenchDatabase } from './bench/bench-database.js';
import { startBenchApp } from './bench/http-app.js';
import { degreeOf, listViewer, loadGraph, planRequests } from './bench/network-sample.js';
import { StatementCounter } from './bench/statement-counter.js';
import { summarize, table, type LatencySummary } from './bench/stats.js';
import { redactUrl } from './banner.js';
import { runCli } from './run-cli.js';

const SIZES = [
  { key: '10k', database: 'growhere_bench_10k_50', members: 10_000, avgDegree: 50 },
  { key: '100k', database: 'growhere_bench_100k_20', members: 100_000, avgDegree: 20 },
] as const;
type SizeKey = (typeof SIZES)[number]['key'];

const SEED = 42;
const VIEWERS = 20;
const WARMUP = 30;
const LIST_SIZES = [5, 50] as const;
const RESULTS_FILE = path.join(projectRoot, 'bench/results-network.json');

/** The issue's targets: where each applies, and the bound on p95. */
const TARGETS: Partial<Record<QueryName, { size: SizeKey; p95: number }>> = {
  peopleYouMayKnow: { size: '10k', p95: 50 },
  introductionPath: { size: '100k', p95: 100 },
};

const USAGE = `Usage: npm run bench:network [-- --size 10k|100k] [--requests 200]
Measures the network queries over real HTTP on synthetic networks in PostgreSQL (DATABASE_URL):
10,000 members with average degree 50, and 100,000 with average degree 20, each in its own
database on that server (created, migrated and generated when missing).`;

// The client's own operations, so that the figures are what a page costs.
const MEMBER_FIELDS = `id handle displayName headline photoUrl isConnector mutualConnectionCount
  degree viewerConnection { state requestId canRequest blocked }`;
const QUERIES = {
  peopleYouMayKnow: `query PeopleYouMayKnow($first: Int!) {
    peopleYouMayKnow(first: $first) {
      mutualConnectionCount
      member { ${MEMBER_FIELDS} }
      reasons { code text count category sector neighborhood }
    } }`,
  mutualConnections: `query MutualConnections($memberId: ID!, $first: Int!) {
    mutualConnections(memberId: $memberId, first: $first) { id handle displayName } }`,
  introductionPath: `query IntroductionPath($memberId: ID!) {
    introductionPath(memberId: $memberId) { degree members { id handle displayName isConnector } } }`,
} as const;
type QueryName = keyof typeof QUERIES;

// The list queries of the issue, each at 5 and at 50 items.
const LIST_QUERIES = {
  connections: {
    query: `query ($first: Int!) { connections(first: $first) {
      nodes { handle degree mutualConnectionCount viewerConnection { state } } } }`,
    count: (data: Record<string, unknown>) =>
      (data.connections as { nodes: unknown[] }).nodes.length,
  },
  peopleYouMayKnow: {
    query: `query ($first: Int!) { peopleYouMayKnow(first: $first) {
      member { handle degree } reasons { code } } }`,
    count: (data: Record<string, unknown>) => (data.peopleYouMayKnow as unknown[]).length,
  },
  mutualConnections: {
    query: `query ($memberId: ID!, $first: Int!) { mutualConnections(memberId: $memberId, first: $first) {
      handle degree } }`,
    count: (data: Record<string, unknown>) => (data.mutualConnections as unknown[]).length,
  },
} as const;
type ListName = keyof typeof LIST_QUERIES;

interface QueryResult extends LatencySummary {
  readonly statements: { median: number; min: number; max: number };
  /** introductionPath: latencies by how far the target is. */
  readonly byTarget?: Record<string, LatencySummary>;
  readonly errors: number;
  readonly target: { p95Ms: number; met: boolean } | null;
}

interface ListResult {
  readonly statements: Record<number, number>;
  readonly items: Record<number, number>;
  readonly equal: boolean;
}

interface SizeResult {
  readonly size: SizeKey;
  readonly database: string;
  readonly set: string;
  readonly members: number;
  readonly connections: number;
  readonly generatedSeconds: number | null;
  readonly queries: Record<QueryName, QueryResult>;
  readonly lists: Record<ListName, ListResult>;
  readonly listViewer: { handle: string; connections: number; mutualWithTarget: number };
}

async function benchSize(
  serverUrl: string,
  size: (typeof SIZES)[number],
  requests: number,
  counter: StatementCounter,
): Promise<SizeResult> {
  const options: SyntheticOptions = {
    members: size.members,
    avgDegree: size.avgDegree,
    organizations: 0,
    opportunities: 0,
    seed: SEED,
  };
  console.log(
    `\n${size.members.toLocaleString('en-US')} members, average degree ${size.avgDegree} — ${redactUrl(withDatabaseName(serverUrl, size.database))}`,
  );
  const { url, result: prepared } = await withBenchDatabase(
    serverUrl,
    size.database,
    options,
    async (dataSource, generatedSeconds) => ({
      generatedSeconds,
      graph: await loadGraph(dataSource),
    }),
  );
  const { graph, generatedSeconds } = prepared;

  const random = Random.for(SEED, `bench-network-${size.key}`);
  const plan = planRequests(graph, random, VIEWERS, requests);
  const lists = listViewer(graph, Math.max(...LIST_SIZES));
  if (!lists) throw new Error('No member has enough connections for the list checks');

  const app = await startBenchApp(url, { counter });
  try {
    const client = app.client;

    // Real sign-ins over HTTP with the shared password: the tokens the requests carry.
    const tokens = new Map<number, string>();
    for (const member of [...new Set([...plan.viewers, lists.viewer])]) {
      tokens.set(member, await client.signIn(graph.emails[member]));
    }

    const calls: Record<
      QueryName,
      { variables: Record<string, unknown>; viewer: number; group?: string }[]
    > = {
      peopleYouMayKnow: plan.pymk.map(({ viewer }) => ({ viewer, variables: { first: 10 } })),
      mutualConnections: plan.mutual.map(({ viewer, target }) => ({
        viewer,
        variables: { memberId: graph.ids[target], first: 10 },
      })),
      introductionPath: plan.path.map(({ viewer, target, kind }) => ({
        viewer,
        variables: { memberId: graph.ids[target] },
        group: kind,
      })),
    };

    const queries = {} as Record<QueryName, QueryResult>;
    for (const name of Object.keys(QUERIES) as QueryName[]) {
      for (const call of calls[name].slice(0, WARMUP)) {
        await client.request(QUERIES[name], call.variables, tokens.get(call.viewer));
      }
      const latencies: number[] = [];
      const statements: number[] = [];
      const groups = new Map<string, number[]>();
      let errors = 0;
      for (const call of calls[name]) {
        const result = await client.request(QUERIES[name], call.variables, tokens.get(call.viewer));
        if (result.error) errors += 1;
        latencies.push(result.ms);
        statements.push(result.statements);
        if (call.group) groups.set(call.group, [...(groups.get(call.group) ?? []), result.ms]);
      }
      const sortedStatements = [...statements].sort((a, b) => a - b);
      const target = TARGETS[name];
      const summary = summarize(latencies);
      queries[name] = {
        ...summary,
        statements: {
          median: sortedStatements[Math.floor(sortedStatements.length / 2)] ?? 0,
          min: sortedStatements[0] ?? 0,
          max: sortedStatements.at(-1) ?? 0,
        },
        errors,
        ...(groups.size > 0
          ? {
              byTarget: Object.fromEntries(
                [...groups].map(([group, values]) => [group, summarize(values)]),
              ),
            }
          : {}),
        target:
          target?.size === size.key ? { p95Ms: target.p95, met: summary.p95 <= target.p95 } : null,
      };
    }

    const listResults = {} as Record<ListName, ListResult>;
    const token = tokens.get(lists.viewer);
    for (const name of Object.keys(LIST_QUERIES) as ListName[]) {
      const statements: Record<number, number> = {};
      const items: Record<number, number> = {};
      for (const first of LIST_SIZES) {
        const variables = { first, memberId: graph.ids[lists.target] };
        const result = await client.request(LIST_QUERIES[name].query, variables, token);
        if (result.error || !result.data)
          throw new Error(`${name}(first: ${first}): ${result.error}`);
        statements[first] = result.statements;
        items[first] = LIST_QUERIES[name].count(result.data);
      }
      listResults[name] = {
        statements,
        items,
        equal: new Set(Object.values(statements)).size === 1,
      };
    }

    return {
      size: size.key,
      database: size.database,
      set: syntheticSetName(options),
      members: graph.ids.length,
      connections: graph.neighbors.length / 2,
      generatedSeconds,
      queries,
      lists: listResults,
      listViewer: {
        handle: graph.emails[lists.viewer].split('@')[0],
        connections: degreeOf(graph, lists.viewer),
        mutualWithTarget: lists.mutual,
      },
    };
  } finally {
    await app.close();
  }
}

function printSize(result: SizeResult): void {
  const ms = (value: number) => value.toFixed(1);
  const rows: string[][] = [
    ['query', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/request', 'target', 'met'],
  ];
  for (const [name, query] of Object.entries(result.queries)) {
    const { median, min, max } = query.statements;
    rows.push([
      name,
      String(query.requests) + (query.errors ? ` (${query.errors} errors)` : ''),
      ms(query.p50),
      ms(query.p95),
      ms(query.p99),
      min === max ? String(median) : `${median} (${min}–${max})`,
      query.target ? `p95 ≤ ${query.target.p95Ms}` : '—',
      query.target ? (query.target.met ? 'yes' : 'NO') : '',
    ]);
  }
  console.log(`\n${table(rows)}`);
  const byTarget = result.queries.introductionPath.byTarget ?? {};
  console.log(
    `  introductionPath by target: ${Object.entries(byTarget)
      .map(
        ([group, summary]) =>
          `${group} ${ms(summary.p50)}/${ms(summary.p95)} ms (${summary.requests})`,
      )
      .join(', ')} (p50/p95)`,
  );
  const listRows: string[][] = [
    ['SQL statements per list query', 'first: 5', 'first: 50', 'items', 'equal (target)'],
  ];
  for (const [name, list] of Object.entries(result.lists)) {
    listRows.push([
      name,
      String(list.statements[5]),
      String(list.statements[50]),
      `${list.items[5]}/${list.items[50]}`,
      list.equal ? 'yes' : 'NO',
    ]);
  }
  console.log(`\n${table(listRows)}`);
  console.log(
    `  (lists as @${result.listViewer.handle}: ${result.listViewer.connections} connections, ` +
      `${result.listViewer.mutualWithTarget} shared with the mutual-connections target)`,
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', multiple: true },
      requests: { type: 'string', default: '200' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const requests = Number(values.requests);
  const sizes = SIZES.filter((size) => !values.size || values.size.includes(size.key));
  if (!Number.isInteger(requests) || requests < 20 || sizes.length === 0) {
    console.error(USAGE);
    return 1;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'bench:network measures on a PostgreSQL server: set DATABASE_URL, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:network\n' +
        'Each size gets its own database on that server (growhere_bench_…).',
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

  const results: SizeResult[] = [];
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
      requestsPerQuery: requests,
      sequential: true,
      transport: 'HTTP POST /graphql on 127.0.0.1, the app in this process (NODE_ENV=production)',
      statements: "pg Client.prototype.query calls inside each request's Apollo execution",
    },
    targets: TARGETS,
    sizes: results,
  };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(projectRoot, RESULTS_FILE)}.`);
  return 0;
}

runCli(main);
