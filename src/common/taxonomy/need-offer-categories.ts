/**
 * One taxonomy for what members and organizations need and offer, the same on both sides so that
 * a need can meet an offer.
 */
export const NEED_OFFER_CATEGORIES = [
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
] as const;
export type NeedOfferCategory = (typeof NEED_OFFER_CATEGORIES)[number];

export const BUSINESS_STAGES = [
  'IDEA',
  'PRE_REVENUE',
  'EARLY_REVENUE',
  'GROWTH',
  'ESTABLISHED',
] as const;
export type BusinessStage = (typeof BUSINESS_STAGES)[number];

/** Each category in a few plain English words, for texts the server writes (reasons, mail). */
export const CATEGORY_PHRASES: Record<NeedOfferCategory, string> = {
  FUNDING: 'funding',
  SPACE: 'space',
  TALENT: 'talent',
  MENTORSHIP: 'mentorship',
  CUSTOMERS_PROCUREMENT: 'customers and contracts',
  PERMITS_LICENSING: 'help with permits and licensing',
  PARTNERSHIPS: 'partnerships',
  EXPORT_INTERNATIONAL: 'help exporting',
  TRAINING: 'training',
  LEGAL_ACCOUNTING: 'legal and accounting help',
  MARKETING_SALES: 'marketing and sales help',
  TECHNOLOGY: 'technology',
  SUPPLIERS_MANUFACTURING: 'suppliers and manufacturing',
  RESEARCH_UNIVERSITIES: 'research partners',
  OTHER: 'other help',
};
