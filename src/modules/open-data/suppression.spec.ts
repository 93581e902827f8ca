import { suppressSmallCells, type CountCell } from './suppression.js';

const cells = (values: Record<string, number>): CountCell[] =>
  Object.entries(values).map(([key, value]) => ({ key, label: key, value }));

const shown = (values: Record<string, number>) =>
  Object.fromEntries(
    suppressSmallCells(cells(values), 5).cells.map((cell) => [cell.key, cell.value]),
  );

describe('suppressSmallCells', () => {
  it('publishes a table without small cells as it is', () => {
    const table = suppressSmallCells(cells({ a: 5, b: 12 }), 5);
    expect(table.total).toEqual({ value: 17, suppressed: false });
    expect(table.cells.every((cell) => !cell.suppressed)).toBe(true);
  });

  it('suppresses cells below the threshold, zero included', () => {
    expect(shown({ a: 4, b: 3, c: 6, d: 0 })).toEqual({ a: null, b: null, c: 6, d: null });
  });

  it('suppresses the smallest other cell when the total would give a lone small cell away', () => {
    // 4 alone could be worked out as 20 - 6 - 10.
    expect(shown({ a: 4, b: 6, c: 10 })).toEqual({ a: null, b: null, c: 10 });
  });

  it('keeps suppressing until the suppressed cells together reach the threshold', () => {
    // 0 + 1 = 1 could be worked out from the total: a group of one person.
    expect(shown({ a: 0, b: 1, c: 7, d: 9, e: 20 })).toEqual({
      a: null,
      b: null,
      c: null,
      d: 9,
      e: 20,
    });
  });

  it('leaves the rest published when the suppressed cells hold nobody together', () => {
    // The total tells that a and b are empty, and nothing about anyone.
    expect(shown({ a: 0, b: 0, c: 7 })).toEqual({ a: null, b: null, c: 7 });
  });

  it('suppresses everything, the total too, below the threshold', () => {
    const table = suppressSmallCells(cells({ a: 2, b: 2 }), 5);
    expect(table.total).toEqual({ value: null, suppressed: true });
    expect(table.cells.map((cell) => cell.value)).toEqual([null, null]);
  });

  it('never publishes a value below the threshold, nor lets the total tell of fewer people', () => {
    for (let seed = 1; seed < 500; seed += 1) {
      const values: Record<string, number> = {};
      for (let i = 0; i < 1 + (seed % 7); i += 1) values[`k${i}`] = (seed * (i + 3)) % 13;
      const table = suppressSmallCells(cells(values), 5);
      for (const cell of table.cells) {
        if (cell.value !== null) expect(cell.value).toBeGreaterThanOrEqual(5);
      }
      if (!table.total.suppressed) {
        const published = table.cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
        const workedOut = table.total.value! - published;
        expect(workedOut === 0 || workedOut >= 5).toBe(true);
      }
    }
  });
});
