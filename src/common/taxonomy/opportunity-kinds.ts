/**
 * What an opportunity offers. Here rather than in the opportunities module because the city
 * profile (config) names kinds too: which ones staff review before they are published.
 */
export const OPPORTUNITY_KINDS = [
  'FUNDING',
  'SPACE',
  'JOB',
  'MENTORSHIP',
  'PROCUREMENT',
  'EVENT',
  'PARTNERSHIP',
  'CITY_SERVICE',
] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
