/**
 * A seeded pseudo-random generator (sfc32, from PractRand: small, fast, passes BigCrush), so that
 * a synthetic set is the same on every machine for the same seed. Not for anything secret.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(seeds: [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = seeds;
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  /**
   * One stream per purpose (`members`, `connections`…): a generator added later draws from its
   * own stream, so what the earlier generators make stays the same for the same seed.
   */
  static for(seed: number, stream: string): Random {
    let h = hashString(`${seed}:${stream}`);
    const next = () => {
      // splitmix32 spreads one 32-bit hash over sfc32's four words.
      h = (h + 0x9e3779b9) | 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    return new Random([next(), next(), next(), next()]);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Pareto (power-law) with the given shape and minimum: the heavy tail of who knows whom. */
  pareto(shape: number, minimum = 1): number {
    return minimum * Math.pow(1 - this.next(), -1 / shape);
  }

  /** A version-4 UUID drawn from this stream, so that ids are deterministic too. */
  uuid(): string {
    const words = [this.uint32(), this.uint32(), this.uint32(), this.uint32()];
    words[1] = ((words[1] & 0xffff0fff) | 0x00004000) >>> 0;
    words[2] = ((words[2] & 0x3fffffff) | 0x80000000) >>> 0;
    const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Distinct items, `count` of them at most, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + this.int(copy.length - i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}

/** cyrb53's mixing, folded to 32 bits. */
export function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/**
 * Draws an index in proportion to its weight in constant time (Walker's alias method): a million
 * edges drawn from a hundred thousand weighted members take milliseconds.
 */
export class WeightedSampler {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  /** `items[i]` is drawn with probability `weights[i] / sum(weights)`. */
  constructor(
    readonly items: Int32Array,
    weights: ArrayLike<number>,
  ) {
    const n = items.length;
    if (n === 0) throw new Error('WeightedSampler needs at least one item');
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i += 1) total += weights[i];
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i += 1) {
      scaled[i] = total > 0 ? (weights[i] * n) / total : 1;
      (scaled[i] < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.probability[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.probability[i] = 1;
  }

  get size(): number {
    return this.items.length;
  }

  draw(random: Random): number {
    const i = random.int(this.items.length);
    return this.items[random.next() < this.probability[i] ? i : this.alias[i]];
  }
}

/** An index drawn in proportion to its weight, by a linear scan: for short lists. */
export function drawIndex(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) total += weight;
  let point = random.next() * total;
  for (let i = 0; i < weights.length; i += 1) {
    point -= weights[i];
    if (point < 0) return i;
  }
  return weights.length - 1;
}
