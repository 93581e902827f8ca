import type { DataSource } from 'typeorm';
import type { Random } from '../../database/seeds/synthetic/random.js';

/** The whole graph in memory (compressed adjacency), to choose viewers and targets by distance. */
export interface NetworkGraph {
  readonly ids: readonly string[];
  readonly emails: readonly string[];
  readonly isConnector: Uint8Array;
  /** Neighbors of member i are neighbors[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
}

const PAGE = 250_000;

export async function loadGraph(dataSource: DataSource): Promise<NetworkGraph> {
  const members = await dataSource.query<{ id: string; email: string; connector: boolean }[]>(
    `SELECT id, email, 'CONNECTOR' = ANY(roles) AS connector FROM member
     WHERE deleted_at IS NULL ORDER BY handle`,
  );
  const index = new Map(members.map((member, i) => [member.id, i]));
  const from: number[] = [];
  const to: number[] = [];
  let after: [string, string] | null = null;
  for (;;) {
    const rows: { member_id: string; other_id: string }[] = await dataSource.query(
      `SELECT member_id, other_id FROM connection
       ${after ? 'WHERE (member_id, other_id) > ($1, $2)' : ''}
       ORDER BY member_id, other_id LIMIT ${PAGE}`,
      after ?? [],
    );
    for (const row of rows) {
      const a = index.get(row.member_id);
      const b = index.get(row.other_id);
      if (a !== undefined && b !== undefined) {
        from.push(a);
        to.push(b);
      }
    }
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = [last.member_id, last.other_id];
  }
  const n = members.length;
  const offsets = new Int32Array(n + 1);
  for (const a of from) offsets[a + 1] += 1;
  for (let i = 0; i < n; i += 1) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(from.length);
  for (let e = 0; e < from.length; e += 1) neighbors[fill[from[e]]++] = to[e];
  return {
    ids: members.map((member) => member.id),
    emails: members.map((member) => member.email),
    isConnector: Uint8Array.from(members, (member) => (member.connector ? 1 : 0)),
    offsets,
    neighbors,
  };
}

export function degreeOf(graph: NetworkGraph, member: number): number {
  return graph.offsets[member + 1] - graph.offsets[member];
}

/** Hops from `source` to everyone, up to `depth`; -1 beyond (or unreachable). */
export function distancesFrom(graph: NetworkGraph, source: number, depth = 3): Int8Array {
  const distance = new Int8Array(graph.ids.length).fill(-1);
  distance[source] = 0;
  let frontier = [source];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    for (const member of frontier) {
      for (let k = graph.offsets[member]; k < graph.offsets[member + 1]; k += 1) {
        const other = graph.neighbors[k];
        if (distance[other] === -1) {
          distance[other] = hop;
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/** Connections shared by `viewer` and each second-degree member. */
export function mutualCounts(graph: NetworkGraph, viewer: number): Map<number, number> {
  const direct = new Set<number>();
  for (let k = graph.offsets[viewer]; k < graph.offsets[viewer + 1]; k += 1) {
    direct.add(graph.neighbors[k]);
  }
  const counts = new Map<number, number>();
  for (const friend of direct) {
    for (let k = graph.offsets[friend]; k < graph.offsets[friend + 1]; k += 1) {
      const other = graph.neighbors[k];
      if (other !== viewer && !direct.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return counts;
}

/** How far an introduction-path target is: 2 or 3 hops, further, or with no connections at all. */
export type PathTarget = 'distance 2' | 'distance 3' | 'beyond 3 hops' | 'no connections';

export interface BenchPlan {
  /** Members the requests are made as: connected members, drawn at random. */
  readonly viewers: number[];
  readonly pymk: { viewer: number }[];
  readonly mutual: { viewer: number; target: number }[];
  readonly path: { viewer: number; target: number; kind: PathTarget }[];
}

/**
 * A fixed sample (the same for the same graph and random stream): viewers drawn among members
 * with at least one connection; mutual-connection targets at distance 2; introduction-path
 * targets at distance 2 (45%) and 3 (45%), and unreachable ones (10%): connected members further
 * than three hops where there are any, and members without connections.
 */
export function planRequests(
  graph: NetworkGraph,
  random: Random,
  viewerCount: number,
  requests: number,
): BenchPlan {
  const n = graph.ids.length;
  const viewers: number[] = [];
  const chosen = new Set<number>();
  for (let attempt = 0; viewers.length < viewerCount && attempt < n * 10; attempt += 1) {
    const member = random.int(n);
    if (degreeOf(graph, member) > 0 && !chosen.has(member)) {
      chosen.add(member);
      viewers.push(member);
    }
  }
  const rings = viewers.map((viewer) => {
    const distance = distancesFrom(graph, viewer);
    const ring: Record<PathTarget, number[]> = {
      'distance 2': [],
      'distance 3': [],
      'beyond 3 hops': [],
      'no connections': [],
    };
    distance.forEach((hops, member) => {
      if (hops === 2) ring['distance 2'].push(member);
      else if (hops === 3) ring['distance 3'].push(member);
      else if (hops === -1) {
        ring[degreeOf(graph, member) > 0 ? 'beyond 3 hops' : 'no connections'].push(member);
      }
    });
    return ring;
  });
  const pymk: BenchPlan['pymk'] = [];
  const mutual: BenchPlan['mutual'] = [];
  const path: BenchPlan['path'] = [];
  for (let i = 0; i < requests; i += 1) {
    const v = i % viewers.length;
    const ring = rings[v];
    pymk.push({ viewer: viewers[v] });
    if (ring['distance 2'].length > 0) {
      mutual.push({ viewer: viewers[v], target: random.pick(ring['distance 2']) });
    }
    const slot = i % 20;
    const wanted: PathTarget[] =
      slot < 9
        ? ['distance 2', 'distance 3']
        : slot < 18
          ? ['distance 3', 'distance 2']
          : slot === 18
            ? ['beyond 3 hops', 'no connections']
            : ['no connections', 'beyond 3 hops'];
    const kind = wanted.find((k) => ring[k].length > 0);
    if (kind) path.push({ viewer: viewers[v], target: random.pick(ring[kind]), kind });
  }
  return { viewers, pymk, mutual, path };
}

/**
 * A viewer with at least `size` connections and a second-degree member sharing at least `size`
 * connections with them, so that every list query can return `size` items; the least connected
 * such viewer, to keep the check typical rather than the network's biggest hub.
 */
export function listViewer(
  graph: NetworkGraph,
  size: number,
): { viewer: number; target: number; mutual: number } | null {
  const candidates = graph.ids
    .map((_, member) => member)
    .filter((member) => degreeOf(graph, member) >= size)
    .sort((a, b) => degreeOf(graph, a) - degreeOf(graph, b) || a - b);
  for (const viewer of candidates) {
    let best = -1;
    let most = 0;
    for (const [target, count] of mutualCounts(graph, viewer)) {
      if (count > most || (count === most && target < best)) {
        best = target;
        most = count;
      }
    }
    if (most >= size) return { viewer, target: best, mutual: most };
  }
  return null;
}
