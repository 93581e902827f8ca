/**
 * One text cell, quoted whatever it holds (commas, quotes and line breaks stay inside it), and
 * defused when a spreadsheet would read it as a formula (`=`, `+`, `-`, `@`, tab, return).
 */
export function csvText(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${defused.replace(/"/g, '""')}"`;
}

/** A number as the file carries it: plain digits and a dot, whatever the reader's language. */
function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/**
 * A chart's points as CSV (`label,value`, CRLF lines as RFC 4180 has them), with a byte-order
 * mark so that spreadsheets read the accents of Spanish labels right.
 */
export function pointsCsv(points: readonly { label: string; value: number }[]): string {
  const lines = ['label,value', ...points.map((p) => `${csvText(p.label)},${csvNumber(p.value)}`)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
