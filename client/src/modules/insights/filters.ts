import type { InsightsFilter } from '../../generated/graphql';
import { DAY_PATTERN, dayEnd, dayStart } from '../staff/dates';

/** The dashboard's filters as the form and the address bar hold them; '' is "any". */
export interface InsightsFilterValues {
  from: string;
  to: string;
  /** A NAICS sector code of the city. */
  sector: string;
  /** A neighborhood slug of the city. */
  neighborhood: string;
}

export const INSIGHTS_FILTER_KEYS = ['from', 'to', 'sector', 'neighborhood'] as const;

export const NO_INSIGHTS_FILTER: InsightsFilterValues = {
  from: '',
  to: '',
  sector: '',
  neighborhood: '',
};

export function insightsFilterFromParams(params: URLSearchParams): InsightsFilterValues {
  const value = (key: keyof InsightsFilterValues) => params.get(key)?.trim() ?? '';
  const day = (key: 'from' | 'to') => (DAY_PATTERN.test(value(key)) ? value(key) : '');
  return {
    from: day('from'),
    to: day('to'),
    sector: value('sector'),
    neighborhood: value('neighborhood'),
  };
}

export function insightsFilterParams(values: InsightsFilterValues): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of INSIGHTS_FILTER_KEYS) if (values[key]) params[key] = values[key];
  return params;
}

/** The filters as `ecosystemInsights` takes them; undefined when none is set. */
export function toInsightsFilter(values: InsightsFilterValues): InsightsFilter | undefined {
  const filter: InsightsFilter = {
    ...(values.from ? { from: dayStart(values.from) } : {}),
    ...(values.to ? { to: dayEnd(values.to) } : {}),
    ...(values.sector ? { sector: values.sector } : {}),
    ...(values.neighborhood ? { neighborhood: values.neighborhood } : {}),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}
