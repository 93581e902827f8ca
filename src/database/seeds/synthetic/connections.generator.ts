import { BULK_BATCH_ROWS, BulkInserter } from './bulk-insert.js';
import { WeightedSampler, type Random } from './random.js';
import type { GeneratorContext, SyntheticGenerator, SyntheticMembers } from './synthetic-set.js';

/**
 * Degree weights follow a Lomax (shifted Pareto) law of this shape: most members have a few
 * connections, the tail has hubs with hundreds; P(degree > k) falls like k^-1.6.
 */
const DEGREE_SHAPE = 1.6;
/** Members who joined and have not connected to anyone yet. */
const UNCONNECTED_SHARE = 0.03;
/** Connectors are weighted this many times more: they are the hubs of the network. */
const CONNECTOR_WEIGHT = 6;
/** Where the other end of a tie is drawn from; the rest come from the whole city. */
const SAME_SECTOR = 0.45;
const SAME_NEIGHBORHOOD = 0.3;
/** Connectors bridge: half of their ties go anywhere. */
const CONNECTOR_ANYWHERE = 0.5;

const CONNECTION_COLUMNS = [
  { name: 'member_id', type: 'uuid' },
  { name: 'other_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
] as const;

/**
 * Connections shaped like a real professional network: a Chung–Lu graph (each member's expected
 * degree is their weight, weights drawn from a Pareto distribution, connectors weighted more),
 * clustered so that most ties stay inside one's sector or neighborhood. Each connection is stored
 * as its two rows, as the app writes it.
 */
export const connectionsGenerator: SyntheticGenerator = {
  name: 'connections',

  plan: (options) => ({ connection: 2 * edgeTarget(options.members, options.avgDegree) }),

  async run(context) {
    const members = context.members;
    if (!members) throw new Error('The connections generator needs the members generator first');
    const random = context.random('connections');
    const n = members.ids.length;
    const edges = drawEdges(random, members, edgeTarget(n, context.options.avgDegree));
    const written = await insertEdges(context, members, edges);
    return { connection: written };
  },
};

function edgeTarget(members: number, avgDegree: number): number {
  const possible = (members * (members - 1)) / 2;
  return Math.min(Math.round((members * avgDegree) / 2), Math.floor(possible / 2));
}

/** Expected degrees: Pareto weights scaled so that they add up to twice the edges, capped. */
function degreeWeights(random: Random, members: SyntheticMembers, edges: number): Float64Array {
  const n = members.ids.length;
  const raw = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const lomax = random.pareto(DEGREE_SHAPE) - 1 + 0.05;
    const unconnected = !members.isConnector[i] && random.chance(UNCONNECTED_SHARE);
    raw[i] = unconnected ? 0 : lomax * (members.isConnector[i] ? CONNECTOR_WEIGHT : 1);
  }
  // No one knows everybody: the cap keeps Chung–Lu's probabilities below one.
  const cap = Math.min(n - 1, 2 * Math.sqrt(2 * edges));
  const total = (scale: number) => raw.reduce((sum, w) => sum + Math.min(w * scale, cap), 0);
  let low = 0;
  let high = (2 * edges) / raw.reduce((sum, w) => sum + w, 0);
  while (total(high) < 2 * edges && high < 1e12) high *= 2;
  for (let step = 0; step < 50; step += 1) {
    const middle = (low + high) / 2;
    if (total(middle) < 2 * edges) low = middle;
    else high = middle;
  }
  return raw.map((w) => Math.min(w * high, cap));
}

/** Pairs (a < b) as two parallel arrays of member indexes. */
interface EdgeList {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly count: number;
}

function drawEdges(random: Random, members: SyntheticMembers, target: number): EdgeList {
  const n = members.ids.length;
  const weights = degreeWeights(random, members, target);
  const everyone = new WeightedSampler(
    Int32Array.from({ length: n }, (_, i) => i),
    weights,
  );
  const bySector = groupSamplers(members.primarySector, weights);
  const byNeighborhood = groupSamplers(members.neighborhood, weights);

  const seen = new Set<number>();
  const a = new Int32Array(target);
  const b = new Int32Array(target);
  let count = 0;
  // Small groups saturate; give up on a member's pick after enough repeats rather than loop.
  for (let attempt = 0; count < target && attempt < target * 20; attempt += 1) {
    const u = everyone.draw(random);
    const mode = random.next();
    const sector = bySector.get(members.primarySector[u]);
    const place = byNeighborhood.get(members.neighborhood[u]);
    const pool =
      members.isConnector[u] && random.chance(CONNECTOR_ANYWHERE)
        ? everyone
        : mode < SAME_SECTOR
          ? (sector ?? everyone)
          : mode < SAME_SECTOR + SAME_NEIGHBORHOOD
            ? (place ?? sector ?? everyone)
            : everyone;
    const v = pool.draw(random);
    if (u === v) continue;
    const low = Math.min(u, v);
    const high = Math.max(u, v);
    const key = low * n + high;
    if (seen.has(key)) continue;
    seen.add(key);
    a[count] = low;
    b[count] = high;
    count += 1;
  }
  return { a, b, count };
}

/** A weighted sampler per group (sector, neighborhood); -1 means no group. */
function groupSamplers(
  groupOf: ArrayLike<number>,
  weights: Float64Array,
): Map<number, WeightedSampler> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < groupOf.length; i += 1) {
    const group = groupOf[i];
    if (group < 0) continue;
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push(i);
  }
  const samplers = new Map<number, WeightedSampler>();
  for (const [group, list] of groups) {
    if (list.length < 2) continue;
    const items = Int32Array.from(list);
    samplers.set(
      group,
      new WeightedSampler(
        items,
        Array.from(items, (i) => weights[i]),
      ),
    );
  }
  return samplers;
}

/**
 * Writes both rows of every connection, sorted by (member_id, other_id) so that the primary key
 * grows at its right edge instead of splitting pages all over the index.
 */
async function insertEdges(
  context: GeneratorContext,
  members: SyntheticMembers,
  edges: EdgeList,
): Promise<number> {
  const n = members.ids.length;
  const byId = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) =>
    members.ids[x] < members.ids[y] ? -1 : members.ids[x] > members.ids[y] ? 1 : 0,
  );
  const rank = new Int32Array(n);
  byId.forEach((member, position) => (rank[member] = position));

  const keys = new Float64Array(edges.count * 2);
  for (let e = 0; e < edges.count; e += 1) {
    const a = rank[edges.a[e]];
    const b = rank[edges.b[e]];
    keys[2 * e] = a * n + b;
    keys[2 * e + 1] = b * n + a;
  }
  keys.sort();

  const inserter = new BulkInserter(context.runner, 'connection', CONNECTION_COLUMNS);
  let written = 0;
  for (let start = 0; start < keys.length; start += BULK_BATCH_ROWS) {
    const end = Math.min(start + BULK_BATCH_ROWS, keys.length);
    const memberIds: string[] = [];
    const otherIds: string[] = [];
    const createdAts: string[] = [];
    for (let k = start; k < end; k += 1) {
      const member = byId[Math.floor(keys[k] / n)];
      const other = byId[keys[k] % n];
      memberIds.push(members.ids[member]);
      otherIds.push(members.ids[other]);
      createdAts.push(connectedAt(context.epoch, members, member, other));
    }
    const rows = await inserter.insert([memberIds, otherIds, createdAts]);
    written += rows;
    context.advance('connection', rows);
  }
  return written;
}

/** When two members connected: after both joined, the same for both rows of the pair. */
function connectedAt(
  epoch: number,
  members: SyntheticMembers,
  member: number,
  other: number,
): string {
  const low = Math.min(member, other);
  const high = Math.max(member, other);
  let h = Math.imul(low ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(high, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  const fraction = ((h ^ (h >>> 15)) >>> 0) / 4294967296;
  const since = Math.max(members.createdAt[low], members.createdAt[high]);
  return new Date(Math.floor(since + fraction * (epoch - since))).toISOString();
}
