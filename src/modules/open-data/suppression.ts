/** A count before publication. */
export interface CountCell {
  key: string;
  label: string;
  value: number;
}

/** A count as published: null, with `suppressed`, when it could point at fewer people than allowed. */
export interface PublishedCell {
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
}

export interface PublishedTable {
  total: { value: number | null; suppressed: boolean };
  cells: PublishedCell[];
}

/**
 * Small-cell suppression of a table whose cells add up to its published total (each person in
 * exactly one cell). Every cell below the threshold is suppressed, zero included (primary
 * suppression). The total minus the published cells then tells how many people the suppressed
 * cells hold together; whenever that is between 1 and threshold - 1, the smallest published cells
 * are suppressed too until it is not (complementary suppression): neither a suppressed cell nor a
 * group of them can be worked out to hold fewer people than the threshold. (Suppressed cells that
 * together hold nobody give away only that they are empty.) A total below the threshold is
 * suppressed with every cell.
 */
export function suppressSmallCells(cells: readonly CountCell[], threshold: number): PublishedTable {
  const total = cells.reduce((sum, cell) => sum + cell.value, 0);
  if (total < threshold) {
    return {
      total: { value: null, suppressed: true },
      cells: cells.map((cell) => ({ ...cell, value: null, suppressed: true })),
    };
  }
  const suppressed = new Set(cells.filter((cell) => cell.value < threshold));
  const published = cells
    .filter((cell) => !suppressed.has(cell))
    .sort((a, b) => a.value - b.value || a.key.localeCompare(b.key));
  let hiddenPeople = [...suppressed].reduce((sum, cell) => sum + cell.value, 0);
  for (const cell of published) {
    if (hiddenPeople === 0 || hiddenPeople >= threshold) break;
    suppressed.add(cell);
    hiddenPeople += cell.value;
  }
  return {
    total: { value: total, suppressed: false },
    cells: cells.map((cell) =>
      suppressed.has(cell)
        ? { ...cell, value: null, suppressed: true }
        : { ...cell, suppressed: false },
    ),
  };
}
