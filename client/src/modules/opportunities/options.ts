import type {
  NeedOfferCategory,
  OpportunityKind,
  OpportunityStatus,
  OpportunitySubkind,
} from '../../generated/graphql';

/** The kinds in the order forms and filters list them. */
export const OPPORTUNITY_KINDS: readonly OpportunityKind[] = [
  'FUNDING',
  'SPACE',
  'JOB',
  'MENTORSHIP',
  'PROCUREMENT',
  'EVENT',
  'PARTNERSHIP',
  'CITY_SERVICE',
];

/** The finer kinds a kind allows, as the server checks them; none for the others. */
export const SUBKINDS: Record<OpportunityKind, readonly OpportunitySubkind[]> = {
  FUNDING: ['GRANT', 'LOAN', 'EQUITY'],
  SPACE: ['OFFICE', 'LAB', 'RETAIL', 'KITCHEN'],
  JOB: [],
  MENTORSHIP: ['MENTORSHIP', 'PROGRAM'],
  PROCUREMENT: [],
  EVENT: [],
  PARTNERSHIP: [],
  CITY_SERVICE: [],
};

/** The need each kind always answers; the poster may add others. */
export const KIND_CATEGORY: Record<OpportunityKind, NeedOfferCategory> = {
  FUNDING: 'FUNDING',
  SPACE: 'SPACE',
  JOB: 'TALENT',
  MENTORSHIP: 'MENTORSHIP',
  PROCUREMENT: 'CUSTOMERS_PROCUREMENT',
  EVENT: 'PARTNERSHIPS',
  PARTNERSHIP: 'PARTNERSHIPS',
  CITY_SERVICE: 'PERMITS_LICENSING',
};

export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'CLOSED',
  'EXPIRED',
];

/** The longest texts the server stores (characters). */
export const TITLE_MAX_LENGTH = 140;
export const DESCRIPTION_MAX_LENGTH = 8000;
export const ELIGIBILITY_MAX_LENGTH = 2000;
export const URL_MAX_LENGTH = 500;
export const INTEREST_MESSAGE_MAX_LENGTH = 1000;

/** How many opportunities a list loads at a time. */
export const OPPORTUNITIES_PAGE_SIZE = 20;

export function isOpportunityKind(value: string | null): value is OpportunityKind {
  return OPPORTUNITY_KINDS.some((kind) => kind === value);
}

export function isSubkindOf(
  kind: OpportunityKind,
  value: string | null,
): value is OpportunitySubkind {
  return SUBKINDS[kind].some((subkind) => subkind === value);
}
