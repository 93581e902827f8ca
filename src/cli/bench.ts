import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { projectRoot } from '../config/project-root.js';
import { withDatabaseName } from '../database/scratch-database.js';
import { Random } from '../database/seeds/synthetic/random.js';
import {
  syntheticSetName,
  type SyntheticOptions,
} from '../database/seeds/synthetic/synthetic-set.js';
import { postgresVersion, withBenchDatabase } from './bench/bench-database.js';
import { freePort, GraphQLClient } from './bench/http-app.js';
import { runLoad, type LoadRequest, type LoadResult } from './bench/load.js';
import {
  degreeOf,
  listViewer,
  loadGraph,
  planRequests,
  type NetworkGraph,
} from './bench/network-sample.js';
import {
  BASELINE_KIND,
  bodyOf,
  DOCUMENTS,
  OPERATION_NAMES,
  P95_TARGETS,
  PROFILE_RATIO_TARGET,
  SEARCH_QUERIES,
  type Call,
  type OperationName,
} from './bench/operations.js';
import { packStatements, requestKey, type Recordings } from './bench/replay.js';
import { startRecordingApp } from './bench/recording-app.js';
import { ServerProcess } from './bench/server-process.js';
import { StatementCounter } from './bench/statement-counter.js';
import { StatementRecorder } from './bench/statement-recorder.js';
import { table } from './bench/stats.js';
import { redactUrl } from './banner.js';
import { runCli } from './run-cli.js';

const SIZES = {
  '100k': { members: 100_000, organizations: 20_000, opportunities: 50_000 },
  '10k': { members: 10_000, organizations: 2_000, opportunities: 5_000 },
} as const;
const AVG_DEGREE = 20;
const SEED = 42;
const LIST_SIZES = [5, 50] as const;
const MEMORY_TARGET_MB = 300;
const COMPARED = 20;
const MAIN = path.join(projectRoot, 'dist/src/main.js');
const BASELINE = path.join(projectRoot, 'dist/src/cli/bench/baseline-server.js');

const USAGE = `Usage: npm run bench [-- --size 100k|10k|<members>] [--duration 20] [--warmup 5]
         [--connections 50] [--viewers 100] [--database <name>] [--results bench/results.json]

Measures the operations users hit most (city, a member profile with organizations and 20
connections, search, recommendations, people you may know, introduction path) with autocannon
against the API, started as its own process (node dist/src/main.js, NODE_ENV=production), and
against a baseline: a bare Node HTTP handler that sends the same SQL through pg and answers the
same JSON. Prints one table and writes the results file.

The city is the synthetic one of the matching benchmark, in its own database on the PostgreSQL
server of DATABASE_URL (growhere_bench_matching_100k: 100,000 members, average degree 20,
20,000 organizations, 50,000 opportunities, seed 42), generated when missing and reused when
present. --size 10k measures a city ten times smaller; --size <members> (e.g. 300, for tests)
any size, in growhere_bench_<members> unless --database names another database.

--duration and --warmup are seconds per operation and per server; --viewers is how many
synthetic members the requests are signed in as (one varied request each per operation).
Members sign in again when their 15-minute access tokens grow old.`;

interface Options {
  readonly key: string;
  readonly database: string;
  readonly synthetic: SyntheticOptions;
  readonly duration: number;
  readonly warmup: number;
  readonly connections: number;
  readonly viewers: number;
  readonly resultsFile: string;
}

function parseOptions(): Options | 'help' | null {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      database: { type: 'string' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      viewers: { type: 'string', default: '100' },
      results: { type: 'string', default: path.join(projectRoot, 'bench/results.json') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const size =
    values.size in SIZES
      ? SIZES[values.size as keyof typeof SIZES]
      : /^\d+$/.test(values.size) && Number(values.size) >= 100
        ? {
            members: Number(values.size),
            organizations: Math.round(Number(values.size) / 5),
            opportunities: Math.round(Number(values.size) / 2),
          }
        : null;
  const numbers = [values.duration, values.warmup, values.connections, values.viewers].map(Number);
  if (!size || numbers.some((n) => !Number.isInteger(n) || n < 0) || numbers[0] < 1) return null;
  const [duration, warmup, connections, viewers] = numbers;
  if (connections < 1 || viewers < 1) return null;
  return {
    key: values.size,
    database:
      values.database ??
      (values.size in SIZES
        ? `growhere_bench_matching_${values.size}`
        : `growhere_bench_${values.size}`),
    synthetic: { ...size, avgDegree: AVG_DEGREE, seed: SEED },
    duration,
    warmup,
    connections,
    viewers,
    resultsFile: path.resolve(values.results),
  };
}

// ---------------------------------------------------------------------------------- the sample

interface Sample {
  readonly graph: NetworkGraph;
  readonly handles: Map<number, string>;
  readonly calls: Record<OperationName, Call[]>;
  readonly viewers: number[];
  readonly listViewer: number;
  readonly counts: Record<string, number>;
}

/**
 * The requests: the same viewers for every operation (connected members drawn at random), each
 * with arguments of their own; profiles of one of their connections (one in an organization with
 * at least 20 connections where there is one); introduction-path targets 2 and 3 hops away and a
 * few unreachable ones (as the network benchmark draws them).
 */
async function drawSample(
  dataSource: DataSource,
  options: Options,
  locales: readonly string[],
): Promise<Sample> {
  const graph = await loadGraph(dataSource);
  const random = Random.for(SEED, `bench-${options.key}`);
  const plan = planRequests(graph, random, options.viewers, options.viewers);
  const index = new Map(graph.ids.map((id, i) => [id, i]));
  const inOrganizations = new Set(
    (
      await dataSource.query<{ member_id: string }[]>(
        'SELECT DISTINCT member_id FROM organization_member',
      )
    ).map((row) => index.get(row.member_id)),
  );
  const profileTargets = plan.viewers.map((viewer) => {
    const connections = Array.from(
      graph.neighbors.subarray(graph.offsets[viewer], graph.offsets[viewer + 1]),
    );
    const best = connections.filter((m) => inOrganizations.has(m) && degreeOf(graph, m) >= 20);
    const good = connections.filter((m) => inOrganizations.has(m));
    return random.pick(best.length ? best : good.length ? good : connections);
  });
  const lists = listViewer(graph, Math.max(...LIST_SIZES));
  const mostConnected = plan.viewers.reduce((a, b) =>
    degreeOf(graph, b) > degreeOf(graph, a) ? b : a,
  );
  const listMember = lists?.viewer ?? mostConnected;

  const wanted = [...new Set([...profileTargets, listMember])];
  const handles = new Map(
    (
      await dataSource.query<{ id: string; handle: string }[]>(
        'SELECT id, handle FROM member WHERE id = ANY($1)',
        [wanted.map((m) => graph.ids[m])],
      )
    ).map((row) => [index.get(row.id)!, row.handle]),
  );
  const [counts] = await dataSource.query<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM member) AS members,
            (SELECT count(*)::int FROM connection) / 2 AS connections,
            (SELECT count(*)::int FROM organization) AS organizations,
            (SELECT count(*)::int FROM opportunity) AS opportunities`,
  );

  const localeOf = (i: number) => [...locales, null][i % (locales.length + 1)];
  const calls: Record<OperationName, Call[]> = {
    city: plan.viewers.map((_, i) => ({
      operation: 'city',
      viewer: -1,
      variables: { locale: localeOf(i) },
    })),
    profile: plan.viewers.map((viewer, i) => ({
      operation: 'profile',
      viewer,
      variables: {
        handle: handles.get(profileTargets[i])!,
        memberId: graph.ids[profileTargets[i]],
        first: 20,
      },
    })),
    search: plan.viewers.map((viewer, i) => ({
      operation: 'search',
      viewer,
      variables: { query: SEARCH_QUERIES[i % SEARCH_QUERIES.length], filter: null, first: 20 },
    })),
    recommendations: plan.viewers.map((viewer) => ({
      operation: 'recommendations',
      viewer,
      variables: { first: 10 },
    })),
    peopleYouMayKnow: plan.viewers.map((viewer) => ({
      operation: 'peopleYouMayKnow',
      viewer,
      variables: { first: 10 },
    })),
    introductionPath: plan.path.map(({ viewer, target }) => ({
      operation: 'introductionPath',
      viewer,
      variables: { memberId: graph.ids[target] },
    })),
  };
  return { graph, handles, calls, viewers: plan.viewers, listViewer: listMember, counts };
}

/** The list queries, with `first` items: the same statements for 5 as for 50 is the target. */
function listCall(operation: OperationName, sample: Sample, first: number): Call | null {
  const viewer = sample.listViewer;
  switch (operation) {
    case 'profile':
      return {
        operation,
        viewer,
        variables: {
          handle: sample.handles.get(viewer)!,
          memberId: sample.graph.ids[viewer],
          first,
        },
      };
    case 'search':
      return { operation, viewer, variables: { query: 'funding', filter: null, first } };
    case 'recommendations':
    case 'peopleYouMayKnow':
      return { operation, viewer, variables: { first } };
    default:
      return null;
  }
}

const LIST_ITEMS: Partial<Record<OperationName, (data: Record<string, unknown>) => number>> = {
  profile: (data) => (data.connections as { nodes: unknown[] }).nodes.length,
  search: (data) => (data.search as { nodes: unknown[] }).nodes.length,
  recommendations: (data) => (data.recommendations as unknown[]).length,
  peopleYouMayKnow: (data) => (data.peopleYouMayKnow as unknown[]).length,
};

// ---------------------------------------------------------------------------------- recording

interface ListResult {
  readonly statements: Record<number, number>;
  readonly items: Record<number, number>;
  readonly equal: boolean;
}

/**
 * Sends every request once, exactly as the load will send it to the API (the same body and
 * token), through the benchmark's own in-process app (the same build, configuration and database)
 * with pg's query wrapped, and keeps each request's statements under that request's key; counts
 * the list queries' statements for 5 and 50 items on the way.
 */
async function record(
  url: string,
  env: Record<string, string>,
  sample: Sample,
  tokens: Map<number, string>,
  recorder: StatementRecorder,
  counter: StatementCounter,
): Promise<{ recordings: Recordings; lists: Partial<Record<OperationName, ListResult>> }> {
  const app = await startRecordingApp(url, env);
  try {
    const texts: string[] = [];
    const textIndex = new Map<string, number>();
    const requests: Recordings['requests'] = {};
    for (const call of OPERATION_NAMES.flatMap((name) => sample.calls[name])) {
      const body = bodyOf(call);
      const token = tokens.get(call.viewer);
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      const text = await response.text();
      if (!response.ok || text.startsWith('{"errors"')) {
        throw new Error(
          `${call.operation} ${JSON.stringify(call.variables)}: ${text.slice(0, 500)}`,
        );
      }
      const viewerId = call.viewer >= 0 ? sample.graph.ids[call.viewer] : null;
      requests[requestKey(viewerId, body)] = {
        operation: call.operation,
        viewerId,
        statements: packStatements(recorder.lastRequest(), texts, textIndex),
        ...(BASELINE_KIND[call.operation] === 'replayed' ? { body: text } : {}),
      };
    }

    const lists: Partial<Record<OperationName, ListResult>> = {};
    const client = new GraphQLClient(app.url, counter);
    for (const operation of OPERATION_NAMES) {
      const count = LIST_ITEMS[operation];
      if (!count) continue;
      const statements: Record<number, number> = {};
      const items: Record<number, number> = {};
      for (const first of LIST_SIZES) {
        const call = listCall(operation, sample, first)!;
        const result = await client.request(
          DOCUMENTS[operation],
          call.variables,
          tokens.get(call.viewer),
        );
        if (result.error || !result.data) {
          throw new Error(`${operation}(first: ${first}): ${result.error}`);
        }
        statements[first] = result.statements;
        items[first] = count(result.data);
      }
      lists[operation] = { statements, items, equal: statements[5] === statements[50] };
    }
    return { recordings: { texts, requests }, lists };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------- measuring

interface Comparison {
  readonly checked: number;
  /** Requests the baseline answered byte for byte as the API did. */
  readonly identical: number;
  /** Requests the API itself answered differently when asked twice. */
  readonly apiVaried: number;
  /** Requests the API answered the same twice and the baseline otherwise: the baseline's fault. */
  readonly unexplained: number;
  /** Where the first differing answer differs (character offset), and around it. */
  readonly firstDifference?: {
    variables: Record<string, unknown>;
    at: number;
    api: string;
    baseline: string;
  };
  /** One request's response from each, for the record. */
  readonly sample: { variables: Record<string, unknown>; api: unknown; baseline: unknown };
}

async function post(url: string, request: LoadRequest): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(request.authorization ? { authorization: request.authorization } : {}),
    },
    body: request.body,
  });
  return (await response.text()).trimEnd();
}

/**
 * The same requests to both: the baseline must answer exactly what the API answers. Each goes to
 * the API twice, to tell an answer the API itself varies (a ranking with ties) from a baseline
 * that answers wrong.
 */
async function compare(
  api: string,
  baseline: string,
  calls: readonly Call[],
  requests: readonly LoadRequest[],
): Promise<Comparison> {
  let identical = 0;
  let apiVaried = 0;
  let unexplained = 0;
  let firstDifference: Comparison['firstDifference'];
  let sample: Comparison['sample'] | undefined;
  const checked = Math.min(COMPARED, calls.length);
  for (let i = 0; i < checked; i += 1) {
    const fromApi = await post(api, requests[i]);
    const again = await post(api, requests[i]);
    const fromBaseline = await post(baseline, requests[i]);
    sample ??= {
      variables: calls[i].variables,
      api: JSON.parse(fromApi) as unknown,
      baseline: JSON.parse(fromBaseline) as unknown,
    };
    if (fromApi !== again) apiVaried += 1;
    if (fromBaseline === fromApi || fromBaseline === again) {
      identical += 1;
      continue;
    }
    if (fromApi === again) unexplained += 1;
    let at = 0;
    while (fromApi[at] === fromBaseline[at]) at += 1;
    const near = (body: string) => body.slice(Math.max(0, at - 500), at + 500);
    firstDifference ??= {
      variables: calls[i].variables,
      at,
      api: near(fromApi),
      baseline: near(fromBaseline),
    };
  }
  return {
    checked,
    identical,
    apiVaried,
    unexplained,
    ...(firstDifference ? { firstDifference } : {}),
    sample: sample!,
  };
}

interface OperationResult {
  readonly baselineKind: 'mapped' | 'replayed';
  readonly requests: number;
  readonly statementsPerRequest: { median: number; min: number; max: number };
  readonly api: LoadResult;
  readonly baseline: LoadResult;
  readonly ratio: number;
  /** One connection, one request at a time: what the p95 targets were set for. */
  readonly sequential: LoadResult;
  readonly list: ListResult | null;
  readonly targets: { name: string; met: boolean }[];
  readonly comparison: Comparison;
}

function statementsPerRequest(recordings: Recordings, operation: OperationName) {
  const counts = Object.values(recordings.requests)
    .filter((request) => request.operation === operation)
    .map((request) => request.statements.length)
    .sort((a, b) => a - b);
  return {
    median: counts[Math.floor(counts.length / 2)] ?? 0,
    min: counts[0] ?? 0,
    max: counts.at(-1) ?? 0,
  };
}

function targetsOf(
  operation: OperationName,
  ratio: number,
  sequential: LoadResult,
  list: ListResult | null,
): { name: string; met: boolean }[] {
  const targets: { name: string; met: boolean }[] = [];
  if (operation === 'profile') {
    targets.push({
      name: `≥ ${PROFILE_RATIO_TARGET}× baseline`,
      met: ratio >= PROFILE_RATIO_TARGET,
    });
  }
  const p95 = P95_TARGETS[operation];
  if (p95 !== undefined) targets.push({ name: `p95 ≤ ${p95} ms`, met: sequential.p95 <= p95 });
  if (list) targets.push({ name: 'SQL 5 = 50', met: list.equal });
  return targets;
}

// ---------------------------------------------------------------------------------- output

function printTable(
  operations: Record<OperationName, OperationResult>,
  memory: { atStart: number | null; before: number | null; after: number | null },
  options: Options,
): void {
  const n = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const rows: string[][] = [
    [
      'operation',
      'API req/s',
      'p50',
      'p95',
      'p99',
      'baseline req/s',
      'p50',
      'p99',
      'ratio',
      'seq p95',
      'SQL/req',
      'SQL 5/50',
      'errors',
      'target',
      'met',
    ],
  ];
  for (const name of OPERATION_NAMES) {
    const op = operations[name];
    const { median, min, max } = op.statementsPerRequest;
    rows.push([
      name + (op.baselineKind === 'replayed' ? ' *' : ''),
      n(op.api.requestsPerSecond),
      n(op.api.p50),
      n(op.api.p95),
      n(op.api.p99),
      n(op.baseline.requestsPerSecond),
      n(op.baseline.p50),
      n(op.baseline.p99),
      `${op.ratio.toFixed(2)}×`,
      n(op.sequential.p95),
      min === max ? String(median) : `${median} (${min}–${max})`,
      op.list ? `${op.list.statements[5]}/${op.list.statements[50]}` : '—',
      `${op.api.errors}/${op.baseline.errors}`,
      op.targets.map((t) => t.name).join('; ') || '—',
      op.targets.map((t) => (t.met ? 'yes' : 'NO')).join('; '),
    ]);
  }
  console.log(`\n${table(rows)}`);
  const memoryMet = memory.after !== null && memory.after <= MEMORY_TARGET_MB;
  console.log(
    `\n  API resident memory (VmRSS): ${memory.atStart ?? '?'} MB at start, ` +
      `${memory.before ?? '?'} MB before the load (after the sign-ins), ` +
      `${memory.after ?? '?'} MB after (target ≤ ${MEMORY_TARGET_MB} MB: ${memoryMet ? 'yes' : 'NO'})`,
  );
  console.log(
    [
      '',
      `  ${options.connections} connections, ${options.duration} s per server after ${options.warmup} s of warm-up; ` +
        'latencies in ms. ratio = API req/s ÷ baseline req/s.',
      '  seq p95: one connection, one request at a time (the p95 targets were set for single requests;',
      `  under ${options.connections} connections p95 is mostly queueing). SQL/req: statements per request;`,
      '  SQL 5/50: statements for a list of 5 and of 50 items. errors: API/baseline (failed, non-2xx or',
      '  GraphQL errors).',
      '  Baseline: a bare node:http handler replaying, per request, the statements the API sent for those',
      '  arguments (same order, same concurrency, one connection per transaction) through pg, building',
      '  the same JSON from the rows by hand; * search and recommendations replay the statements but send',
      "  the API's recorded body, since building it would re-implement the ranking and the scoring.",
    ].join('\n'),
  );
  const lines = OPERATION_NAMES.flatMap((name) => {
    const { checked, identical, apiVaried, unexplained } = operations[name].comparison;
    if (identical === checked && apiVaried === 0) return [];
    const differ = checked - identical;
    return [
      operations[name].baselineKind === 'replayed'
        ? `  ${name}: ${differ} of ${checked} recorded answers (the API's own, when recorded) differ ` +
          `from its answer now; asked twice, the API answered ${apiVaried} of ${checked} differently.`
        : `  ${name}: ${differ} of ${checked} differ; asked twice, the API answered ${apiVaried} ` +
          `differently` +
          (unexplained > 0
            ? `; ${unexplained} DIFFER from a steady API answer (a baseline bug).`
            : '.'),
    ];
  });
  console.log(
    lines.length === 0
      ? '  Every compared request got byte-identical JSON from the API and the baseline.'
      : [
          '  Compared requests got byte-identical JSON from the API and the baseline, except:',
          ...lines,
        ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  const options = parseOptions();
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!options) {
    console.error(USAGE);
    return 1;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'npm run bench measures on a PostgreSQL server: set DATABASE_URL, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench\n' +
        'The synthetic city gets its own database on that server (growhere_bench_matching_100k).',
    );
    return 1;
  }
  for (const file of [MAIN, BASELINE]) {
    if (!fs.existsSync(file)) {
      console.error(`${path.relative(projectRoot, file)} is missing: run npm run build:server`);
      return 1;
    }
  }
  const recorder = new StatementRecorder();
  recorder.install();
  const counter = new StatementCounter();
  counter.install();
  const config = loadConfig({ DATABASE_URL: serverUrl, ...process.env });
  const loadBefore = os.loadavg();

  console.log(
    `${options.synthetic.members.toLocaleString('en-US')} members, ${options.synthetic.organizations.toLocaleString('en-US')} organizations, ` +
      `${options.synthetic.opportunities.toLocaleString('en-US')} opportunities — ` +
      redactUrl(withDatabaseName(serverUrl, options.database)),
  );
  const { url, result: prepared } = await withBenchDatabase(
    serverUrl,
    options.database,
    options.synthetic,
    async (dataSource, generatedSeconds) => ({
      generatedSeconds,
      sample: await drawSample(dataSource, options, config.city.locales),
    }),
  );
  const { sample } = prepared;
  const c = sample.counts;
  console.log(
    `  ${c.members} members, ${c.connections} connections, ${c.organizations} organizations, ` +
      `${c.opportunities} opportunities; requests as ${sample.viewers.length} members`,
  );

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-bench-'));
  const servers: ServerProcess[] = [];
  try {
    // As in production, without request logs, demo data or the sign-in limit (hundreds of
    // sign-ins); the in-process recording app gets the same, token secret included.
    const apiPort = await freePort();
    const serverEnv = {
      NODE_ENV: 'production',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      AUTH_SECRET: randomBytes(32).toString('hex'),
      AUTH_RATE_LIMIT: '10000',
      GROWHERE_SEED_DEMO: 'false',
      GROWHERE_CITY_FILE: config.cityFile,
      DATABASE_POOL_SIZE: String(config.database.poolSize),
      LOG_LEVEL: 'silent',
    };
    const api = new ServerProcess(
      'API',
      MAIN,
      [],
      {
        ...serverEnv,
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        DATABASE_URL: url,
        GROWHERE_UPLOADS_DIR: path.join(work, 'uploads'),
      },
      `http://127.0.0.1:${apiPort}`,
    );
    servers.push(api);
    await api.ready('/health/ready');
    const memoryAtStart = api.residentMb();
    console.log(`  API: node dist/src/main.js, pid ${api.pid}, ${memoryAtStart} MB resident`);

    // Real sign-ins over HTTP with the synthetic members' shared password; again when the
    // 15-minute access tokens grow old (the recordings are keyed by member, not by token).
    const apiClient = new GraphQLClient(api.url);
    const apiTokens = new Map<number, string>();
    let signedInAt = 0;
    const signIn = async () => {
      for (const viewer of new Set([...sample.viewers, sample.listViewer])) {
        apiTokens.set(viewer, await apiClient.signIn(sample.graph.emails[viewer]));
      }
      signedInAt = Date.now();
    };
    await signIn();

    console.log('  Recording the statements of every request in an in-process app…');
    const { recordings, lists } = await record(
      url,
      serverEnv,
      sample,
      apiTokens,
      recorder,
      counter,
    );
    const recordingsFile = path.join(work, 'recordings.json');
    fs.writeFileSync(recordingsFile, JSON.stringify(recordings));

    const baselinePort = await freePort();
    const baseline = new ServerProcess(
      'baseline',
      BASELINE,
      [recordingsFile],
      {
        DATABASE_URL: url,
        PORT: String(baselinePort),
        DATABASE_POOL_SIZE: String(config.database.poolSize),
        GROWHERE_CITY_FILE: config.cityFile,
        AUTH_SECRET: serverEnv.AUTH_SECRET,
      },
      `http://127.0.0.1:${baselinePort}`,
    );
    servers.push(baseline);
    await baseline.ready('/ready');

    const requestsOf = (calls: readonly Call[]): LoadRequest[] =>
      calls.map((call) => {
        const token = apiTokens.get(call.viewer);
        return { body: bodyOf(call), ...(token ? { authorization: `Bearer ${token}` } : {}) };
      });

    const memoryBefore = api.residentMb();
    const operations = {} as Record<OperationName, OperationResult>;
    for (const name of OPERATION_NAMES) {
      const perOperation = 2 * (options.warmup + options.duration) + 60;
      if (Date.now() - signedInAt > (14 * 60 - perOperation) * 1000) await signIn();
      const calls = sample.calls[name];
      const requests = requestsOf(calls);
      process.stdout.write(`  ${name}: comparing…`);
      const comparison = await compare(api.url, baseline.url, calls, requests);
      const load = { connections: options.connections, seconds: options.duration };
      const warm = { connections: options.connections, seconds: options.warmup };
      process.stdout.write(' API…');
      if (options.warmup > 0) await runLoad(api.url, requests, warm);
      const fromApi = await runLoad(api.url, requests, load);
      process.stdout.write(' baseline…');
      if (options.warmup > 0) await runLoad(baseline.url, requests, warm);
      const fromBaseline = await runLoad(baseline.url, requests, load);
      process.stdout.write(' one at a time…');
      const sequential = await runLoad(api.url, requests, {
        connections: 1,
        amount: requests.length,
      });
      const ratio = fromBaseline.requestsPerSecond
        ? fromApi.requestsPerSecond / fromBaseline.requestsPerSecond
        : 0;
      const list = lists[name] ?? null;
      operations[name] = {
        baselineKind: BASELINE_KIND[name],
        requests: calls.length,
        statementsPerRequest: statementsPerRequest(recordings, name),
        api: fromApi,
        baseline: fromBaseline,
        ratio: Math.round(ratio * 100) / 100,
        sequential,
        list,
        targets: targetsOf(name, ratio, sequential, list),
        comparison,
      };
      console.log(` ${fromApi.requestsPerSecond} vs ${fromBaseline.requestsPerSecond} req/s`);
    }
    const memoryAfter = api.residentMb();
    const memory = {
      atStart: memoryAtStart,
      before: memoryBefore,
      after: memoryAfter,
      targetMb: MEMORY_TARGET_MB,
      met: memoryAfter !== null && memoryAfter <= MEMORY_TARGET_MB,
      baselineAfter: baseline.residentMb(),
    };
    const loadAfter = os.loadavg();
    printTable(operations, memory, options);
    console.log(
      `  Load average (1 min) ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after, ` +
        `on ${os.cpus().length} cores: the load generator, the server and PostgreSQL share them.`,
    );

    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: await postgresVersion(url),
        loadAverage: { before: loadBefore, after: loadAfter },
      },
      city: {
        size: options.key,
        database: options.database,
        set: syntheticSetName(options.synthetic),
        counts: sample.counts,
        generatedSeconds: prepared.generatedSeconds,
      },
      method: {
        connections: options.connections,
        durationSeconds: options.duration,
        warmupSeconds: options.warmup,
        viewers: sample.viewers.length,
        sequential: 'one connection, each request of the operation once',
        api: 'node dist/src/main.js in its own process, NODE_ENV=production, LOG_LEVEL=silent',
        baseline:
          'node dist/src/cli/bench/baseline-server.js in its own process: node:http + pg, same pool size',
        statements:
          'recorded per request in an in-process app (pg Client.prototype.query wrapped), replayed by the baseline',
        documents: DOCUMENTS,
      },
      memory,
      operations,
    };
    fs.mkdirSync(path.dirname(options.resultsFile), { recursive: true });
    fs.writeFileSync(options.resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(process.cwd(), options.resultsFile)}.`);
    return 0;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

runCli(main);
