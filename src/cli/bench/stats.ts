/** The value below which `p` (0–1) of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface LatencySummary {
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

export function summarize(milliseconds: readonly number[]): LatencySummary {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, column) =>
            column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
          )
          .join('   '),
    )
    .join('\n');
}
