import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import type { OpportunityKind } from '../../common/taxonomy/opportunity-kinds.js';

export {
  OPPORTUNITY_KINDS,
  type OpportunityKind,
} from '../../common/taxonomy/opportunity-kinds.js';

/** The finer kind within a kind: which are allowed for which kind. */
export const OPPORTUNITY_SUBKINDS = {
  FUNDING: ['GRANT', 'LOAN', 'EQUITY'],
  SPACE: ['OFFICE', 'LAB', 'RETAIL', 'KITCHEN'],
  JOB: [],
  MENTORSHIP: ['MENTORSHIP', 'PROGRAM'],
  PROCUREMENT: [],
  EVENT: [],
  PARTNERSHIP: [],
  CITY_SERVICE: [],
} as const satisfies Record<OpportunityKind, readonly string[]>;
export const OPPORTUNITY_SUBKIND_VALUES = [
  'GRANT',
  'LOAN',
  'EQUITY',
  'OFFICE',
  'LAB',
  'RETAIL',
  'KITCHEN',
  'MENTORSHIP',
  'PROGRAM',
] as const;
export type OpportunitySubkind = (typeof OPPORTUNITY_SUBKIND_VALUES)[number];

/**
 * The need each kind answers, in the one needs-and-offers taxonomy profiles use: an opportunity is
 * an offer, so a member's need meets it the way it meets another member's offer.
 */
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

/**
 * DRAFT → IN_REVIEW (when the city asks staff to review) → PUBLISHED → CLOSED, or EXPIRED once the
 * deadline passes. Only PUBLISHED opportunities are seen by anyone but their poster and staff.
 */
export const OPPORTUNITY_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'CLOSED',
  'EXPIRED',
] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const INTEREST_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];
