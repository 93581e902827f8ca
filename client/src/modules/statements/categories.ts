import type { NeedOfferCategory } from '../../generated/graphql';

/** Every category of the one need/offer taxonomy, in the order forms list them. */
export const NEED_OFFER_CATEGORIES: readonly NeedOfferCategory[] = [
  'FUNDING',
  'SPACE',
  'TALENT',
  'MENTORSHIP',
  'CUSTOMERS_PROCUREMENT',
  'PERMITS_LICENSING',
  'PARTNERSHIPS',
  'EXPORT_INTERNATIONAL',
  'TRAINING',
  'LEGAL_ACCOUNTING',
  'MARKETING_SALES',
  'TECHNOLOGY',
  'SUPPLIERS_MANUFACTURING',
  'RESEARCH_UNIVERSITIES',
  'OTHER',
];

/** At most this many needs, and as many offers, on a member or an organization. */
export const MAX_STATEMENTS = 10;

export function isNeedOfferCategory(value: string | null): value is NeedOfferCategory {
  return NEED_OFFER_CATEGORIES.some((category) => category === value);
}

/** One editable row of a needs or offers list; `key` keeps React's identity across removals. */
export interface StatementRow {
  key: string;
  category: NeedOfferCategory | null;
  text: string;
}

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export function toStatementRows(
  statements: readonly { category: NeedOfferCategory; text: string }[],
): StatementRow[] {
  return statements.map(({ category, text }) => ({ key: newRowKey(), category, text }));
}

/** The rows as the server takes them; blank rows are dropped. */
export function toStatementInputs(rows: readonly StatementRow[]) {
  return rows
    .filter((row) => row.category !== null || row.text.trim() !== '')
    .map((row) => ({ category: row.category ?? 'OTHER', text: row.text.trim() }));
}
