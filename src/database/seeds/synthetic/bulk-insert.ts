import type { QueryRunner } from 'typeorm';

/** A column of a bulk insert and its PostgreSQL type (`uuid`, `text`, `varchar[]`…). */
export interface BulkColumn {
  readonly name: string;
  readonly type: string;
}

/** Column-major rows: one array per column, all of the same length. */
export type ColumnValues = readonly unknown[][];

/** Rows per statement: large enough that round trips do not matter, small enough to stream. */
export const BULK_BATCH_ROWS = 20_000;

/**
 * Inserts rows with one statement per batch, each column passed as one array parameter and
 * spread back into rows by `unnest`. Array-typed columns travel as text (`{a,b}`) and are cast
 * back, since `unnest` would flatten an array of arrays.
 */
export class BulkInserter {
  private readonly sql: string;

  constructor(
    private readonly runner: QueryRunner,
    readonly table: string,
    private readonly columns: readonly BulkColumn[],
  ) {
    const isArray = (column: BulkColumn) => column.type.endsWith('[]');
    const names = columns.map((column) => `"${column.name}"`).join(', ');
    const params = columns
      .map((column, i) => `$${i + 1}::${isArray(column) ? 'text' : column.type}[]`)
      .join(', ');
    const select = columns
      .map((column, i) => (isArray(column) ? `c${i}::${column.type}` : `c${i}`))
      .join(', ');
    const aliases = columns.map((_, i) => `c${i}`).join(', ');
    this.sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS t(${aliases})`;
  }

  /** Inserts one batch; returns the number of rows. */
  async insert(values: ColumnValues): Promise<number> {
    const rows = values[0]?.length ?? 0;
    if (rows === 0) return 0;
    await this.runner.query(this.sql, values as unknown[]);
    return rows;
  }
}

/** A PostgreSQL array literal of plain words (sector codes, roles, language codes). */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Empty column-major rows for `count` columns. */
export function columns(count: number): unknown[][] {
  return Array.from({ length: count }, () => []);
}

/** Appends one row to column-major rows. */
export function push(target: unknown[][], row: readonly unknown[]): void {
  row.forEach((value, i) => target[i].push(value));
}

/** Empties column-major rows once they are written. */
export function clear(target: unknown[][]): void {
  target.forEach((column) => (column.length = 0));
}
