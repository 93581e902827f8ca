import type { OrganizationType, SizeBand } from '../../generated/graphql';

export const ORGANIZATION_TYPES: readonly OrganizationType[] = [
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
];

export const SIZE_BANDS: readonly SizeBand[] = [
  'SOLO',
  'FROM_2_TO_10',
  'FROM_11_TO_50',
  'FROM_51_TO_200',
  'FROM_201_TO_1000',
  'OVER_1000',
];

export const MAX_ORGANIZATION_SECTORS = 5;

/** A slug suggested from a name: "Harbor Kitchen & Co." → "harbor-kitchen-co". */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
