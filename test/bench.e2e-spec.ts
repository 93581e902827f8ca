import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/project-root.js';
import type { ScratchDatabase } from '../src/database/scratch-database.js';
import { createTestDatabase } from './support/test-database.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const OPERATIONS = [
  'city',
  'profile',
  'search',
  'recommendations',
  'peopleYouMayKnow',
  'introductionPath',
] as const;
const MAPPED = ['city', 'profile', 'peopleYouMayKnow', 'introductionPath'] as const;
const LISTS = ['profile', 'search', 'recommendations', 'peopleYouMayKnow'] as const;

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

interface Results {
  city: { counts: { members: number } };
  memory: { before: number; after: number };
  operations: Record<
    string,
    {
      api: LoadResult;
      baseline: LoadResult;
      sequential: LoadResult;
      ratio: number;
      baselineKind: 'mapped' | 'replayed';
      list: { statements: Record<string, number>; equal: boolean } | null;
      comparison: {
        checked: number;
        identical: number;
        sample: { api: { data: Record<string, unknown> }; baseline: unknown };
      };
    }
  >;
}

function runBench(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'dist/src/cli/bench.js'), ...args],
      {
        env: { PATH: process.env.PATH, DATABASE_URL: serverUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// npm run bench measures on a PostgreSQL server (the API and its baseline each open a pool).
const onServer = serverUrl ? describe : describe.skip;

onServer('npm run bench', () => {
  let database: ScratchDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-bench-test-'));
  });
  afterAll(async () => {
    await database?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('measures every operation against the API process and a baseline answering the same JSON', async () => {
    const resultsFile = path.join(dir, 'results.json');
    const run = await runBench([
      '--size',
      '300',
      '--database',
      new URL(database.url).pathname.slice(1),
      '--duration',
      '2',
      '--warmup',
      '1',
      '--connections',
      '4',
      '--viewers',
      '12',
      '--results',
      resultsFile,
    ]);
    // stderr carries the generator's progress bar only.
    expect({ code: run.code, stderr: run.stderr.replace(/^.*rows \|.*$|\s/gm, '') }).toEqual({
      code: 0,
      stderr: '',
    });

    // One table: a header and a row per operation, then memory.
    expect(run.stdout).toMatch(
      /operation\s+API req\/s\s+p50\s+p95\s+p99\s+baseline req\/s\s+p50\s+p99\s+ratio\s+seq p95\s+SQL\/req\s+SQL 5\/50\s+errors\s+target\s+met/,
    );
    for (const name of OPERATIONS) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name}( \\*)? +\\d`, 'm'));
    }
    expect(run.stdout).toMatch(
      /API resident memory \(VmRSS\): \d+ MB at start, \d+ MB before the load \(after the sign-ins\), \d+ MB after/,
    );
    expect(run.stdout).toContain('byte-identical JSON from the API and the baseline');

    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
    expect(results.city.counts.members).toBe(300);
    expect(results.memory.after).toBeGreaterThan(50);
    expect(Object.keys(results.operations).sort()).toEqual([...OPERATIONS].sort());
    for (const name of OPERATIONS) {
      const op = results.operations[name];
      for (const side of [op.api, op.baseline, op.sequential]) {
        expect(side.requestsPerSecond).toBeGreaterThan(0);
        expect(side.errors).toBe(0);
        expect(side.p50).toBeLessThanOrEqual(side.p99);
      }
      expect(op.ratio).toBeCloseTo(op.api.requestsPerSecond / op.baseline.requestsPerSecond, 1);
      expect(op.comparison.checked).toBeGreaterThan(0);
    }

    // The hand-built answers are the API's, field for field, and not empty ones.
    for (const name of MAPPED) {
      const { sample } = results.operations[name].comparison;
      expect(results.operations[name].baselineKind).toBe('mapped');
      expect(results.operations[name].comparison.identical).toBe(
        results.operations[name].comparison.checked,
      );
      expect(sample.baseline).toEqual(sample.api);
    }
    const data = (name: string) => results.operations[name].comparison.sample.api.data;
    expect((data('city').city as { sectors: unknown[] }).sectors).toHaveLength(20);
    const profile = data('profile') as {
      member: { handle: string; degree: number };
      connections: { nodes: unknown[] };
    };
    expect(profile.member.degree).toBe(1);
    expect(profile.connections.nodes.length).toBeGreaterThan(0);
    expect((data('peopleYouMayKnow').peopleYouMayKnow as unknown[]).length).toBeGreaterThan(0);
    expect(data('introductionPath').introductionPath).toHaveProperty('members');

    for (const name of LISTS) {
      const { list } = results.operations[name];
      expect(list).not.toBeNull();
      expect(list!.statements['5']).toBeGreaterThan(0);
      expect(list!.equal).toBe(list!.statements['5'] === list!.statements['50']);
    }
  }, 300_000);
});

if (!serverUrl) {
  describe('npm run bench', () => {
    it.skip('runs on PostgreSQL only: set TEST_DATABASE_URL (the benchmark needs a server)', () => {});
  });
}
