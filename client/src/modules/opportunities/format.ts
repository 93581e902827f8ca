import type { TFunction } from 'i18next';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The currency amounts are shown in. The city profile does not carry one yet, and GrowHere's
 * default city is Boston.
 */
export const CURRENCY = 'USD';

/** "$10,000 – $50,000", "From $10,000", "Up to $50,000", or undefined without either end. */
export function amountRange(
  t: TFunction,
  locale: string,
  min: number | null,
  max: number | null,
): string | undefined {
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: CURRENCY,
    maximumFractionDigits: 0,
  });
  if (min !== null && max !== null) {
    return min === max
      ? money.format(min)
      : t('opportunities.amountRange', { min: money.format(min), max: money.format(max) });
  }
  if (min !== null) return t('opportunities.amountFrom', { min: money.format(min) });
  if (max !== null) return t('opportunities.amountUpTo', { max: money.format(max) });
  return undefined;
}

/** "1,200 sq ft". */
export function squareFeet(t: TFunction, locale: string, size: number): string {
  return t('opportunities.sizeSqFt', { size: new Intl.NumberFormat(locale).format(size) });
}

/** Whole days from now until `deadline`, counted by calendar day in the reader's time zone. */
export function daysUntil(deadline: unknown, now: Date = new Date()): number {
  const end = new Date(String(deadline));
  const startOfDay = (date: Date) =>
    new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  return Math.round((startOfDay(end) - startOfDay(now)) / DAY);
}

/** "Closes March 3, 2026 (in 5 days)", "… (today)", or "Closed March 3, 2026" once past. */
export function deadlineText(t: TFunction, locale: string, deadline: unknown): string {
  const date = longDate(locale, deadline);
  if (new Date(String(deadline)).getTime() < Date.now()) {
    return t('opportunities.deadlinePassed', { date });
  }
  const days = daysUntil(deadline);
  if (days <= 0) return t('opportunities.closesToday', { date });
  return t('opportunities.closesIn', { date, count: days });
}

/** A day in full ("March 3, 2026"), in the reader's language. */
export function longDate(locale: string, value: unknown): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(String(value)));
}

/** The `yyyy-mm-dd` a date input shows for a stored deadline, in the reader's time zone. */
export function dateInputValue(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  const date = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A deadline picked as a day ends with that day, in the reader's time zone. */
export function deadlineFromDateInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const end = new Date(year, month - 1, day, 23, 59, 59, 999);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}
