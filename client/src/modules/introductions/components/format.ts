/** A day in full ("March 3, 2026"), in the reader's language. */
export function longDate(locale: string, value: unknown): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(String(value)));
}
