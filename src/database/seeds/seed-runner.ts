import type { DataSource, EntityManager } from 'typeorm';

export interface Seed {
  /** A stable name: a seed runs once per database, recorded under this name. */
  readonly name: string;
  run(manager: EntityManager): Promise<void>;
}

/** Runs each seed not yet recorded, each in its own transaction with its record. */
export async function runSeeds(dataSource: DataSource, seeds: readonly Seed[]): Promise<string[]> {
  const applied: string[] = [];
  for (const seed of seeds) {
    const ran = await dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        'INSERT INTO seed_run (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name',
        [seed.name],
      );
      if (inserted.length === 0) return false;
      await seed.run(manager);
      return true;
    });
    if (ran) applied.push(seed.name);
  }
  return applied;
}
