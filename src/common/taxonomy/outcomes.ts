/** What came of an introduction or of interest in an opportunity: one list for both. */
export const OUTCOME_KINDS = [
  'MET',
  'PARTNERSHIP',
  'HIRE',
  'CUSTOMER',
  'FUNDING',
  'SPACE',
  'RELOCATION',
  'NONE',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
