import type { TFunction } from 'i18next';

/**
 * A figure in its unit: `count` as a number, `percent` as a share already out of 100 (42.5 is
 * "42.5%"), `days` as a number of days. Null is a figure the data cannot give (too few people,
 * or nothing in the range).
 */
export function formatInsightValue(
  t: TFunction,
  locale: string,
  unit: string,
  value: number | null,
): string {
  if (value === null) return t('insights.noValue');
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  switch (unit) {
    case 'percent':
      return t('insights.units.percent', { value: number });
    case 'days':
      return t('insights.units.days', { count: value, value: number });
    default:
      return number;
  }
}

/** Series over time read best as lines; the others (by sector, by stage, a funnel) as bars. */
export function isTimeSeries(key: string): boolean {
  return /(_by_month|_by_week|_by_day|_over_time)$/.test(key);
}
