import { Random, WeightedSampler } from './random.js';

describe('Random', () => {
  it('draws the same sequence for the same seed and stream, and another for another', () => {
    const draw = (seed: number, stream: string) => {
      const random = Random.for(seed, stream);
      return Array.from({ length: 5 }, () => random.uint32());
    };
    expect(draw(42, 'members')).toEqual(draw(42, 'members'));
    expect(draw(42, 'members')).not.toEqual(draw(43, 'members'));
    expect(draw(42, 'members')).not.toEqual(draw(42, 'connections'));
  });

  it('draws what it always drew: a change here changes every synthetic set', () => {
    // If this fails on purpose, bump SYNTHETIC_VERSION so that benchmarks regenerate their sets.
    const random = Random.for(42, 'members');
    expect([random.uint32(), random.uint32(), random.uint32()]).toEqual([
      2074144178, 4152829121, 288474923,
    ]);
    expect(random.uuid()).toBe('59491443-5115-4b15-a958-0fdc1dd80278');
  });

  it('makes version-4 UUIDs', () => {
    const random = Random.for(1, 'ids');
    for (let i = 0; i < 200; i += 1) {
      expect(random.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('stays within [0, 1) and draws integers below the bound', () => {
    const random = Random.for(7, 'range');
    for (let i = 0; i < 2_000; i += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      expect(random.int(3)).toBeLessThan(3);
    }
  });
});

describe('WeightedSampler', () => {
  it('draws each item in proportion to its weight, never one of weight zero', () => {
    const random = Random.for(3, 'weights');
    const sampler = new WeightedSampler(Int32Array.from([10, 20, 30, 40]), [1, 2, 0, 7]);
    const counts = new Map<number, number>();
    for (let i = 0; i < 100_000; i += 1) {
      const item = sampler.draw(random);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect(counts.get(30)).toBeUndefined();
    expect((counts.get(10) ?? 0) / 100_000).toBeCloseTo(0.1, 1);
    expect((counts.get(20) ?? 0) / 100_000).toBeCloseTo(0.2, 1);
    expect((counts.get(40) ?? 0) / 100_000).toBeCloseTo(0.7, 1);
  });
});
