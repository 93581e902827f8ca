/**
 * CSV as RFC 4180 writes it: a header line, CRLF between records, a field quoted when it holds a
 * comma, a double quote, CR or LF, and a double quote inside doubled.
 */

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR), and text starting with an
 * apostrophe, gets an apostrophe in front (OWASP's advice against CSV injection). Prefixing the
 * apostrophe too keeps the escape reversible: a reader drops one leading apostrophe.
 */
const NEEDS_ESCAPE = /^[=+\-@\t\r']/;

export function escapeFormula(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The document: the header, then one line per row (fields already written as text). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((fields) => fields.map(quote).join(',')).join('\r\n') + '\r\n';
}
