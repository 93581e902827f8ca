export const ORGANIZATION_TYPES = [
  'STARTUP',
  'SMALL_BUSINESS',
  'CORPORATION',
  'NON_PROFIT',
  'UNIVERSITY',
  'INVESTOR',
  'LENDER',
  'INCUBATOR_ACCELERATOR',
  'COWORKING',
  'CITY_AGENCY',
  'OTHER',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const SIZE_BANDS = [
  'SOLO',
  'FROM_2_TO_10',
  'FROM_11_TO_50',
  'FROM_51_TO_200',
  'FROM_201_TO_1000',
  'OVER_1000',
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const ORGANIZATION_ROLES = ['OWNER', 'ADMIN', 'MEMBER'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
