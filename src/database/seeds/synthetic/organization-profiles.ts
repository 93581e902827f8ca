import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import type {
  OpportunityKind,
  OpportunitySubkind,
} from '../../../modules/opportunities/opportunity.types.js';
import type {
  OrganizationType,
  SizeBand,
} from '../../../modules/organizations/organization.types.js';

/** A weighted choice: [value, weight]. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** What an opportunity of a given kind may be, as posted by one type of organization. */
export interface KindProfile {
  readonly kind: OpportunityKind;
  readonly weight: number;
  /** Empty for kinds without subkinds. */
  readonly subkinds: Weighted<OpportunitySubkind>;
}

/**
 * How one type of organization looks in the synthetic city: how common it is, its sectors, size,
 * what it offers and needs, which business stages its programmes serve, and what it posts.
 */
export interface OrganizationProfile {
  /** Relative share of all organizations. */
  readonly share: number;
  /** Banks, funds, incubators, coworking spaces, universities, agencies, non-profits. */
  readonly resourcePartner: boolean;
  /** Its own sector codes, one drawn; null: its owner's main sector (a business of theirs). */
  readonly homeSectors: readonly string[] | null;
  /** How many sectors it focuses on besides its own (investors, incubators, universities). */
  readonly focusSectors: number;
  readonly sizes: Weighted<SizeBand>;
  /** Offers and needs it states, the first always, the others drawn by weight. */
  readonly offers: Weighted<NeedOfferCategory> | 'sector';
  readonly needs: Weighted<NeedOfferCategory> | 'sector';
  /** The stages its programmes serve; empty: any stage (it does not target stages). */
  readonly stages: readonly BusinessStage[];
  /** Opportunities it posts, relative to other types (before each organization's own activity). */
  readonly postingRate: number;
  readonly kinds: readonly KindProfile[];
  /** Stages of the member who owns it, as weights over BUSINESS_STAGES (IDEA … ESTABLISHED). */
  readonly ownerStages: readonly number[];
}

const NO_SUBKIND: Weighted<OpportunitySubkind> = [];

export const ORGANIZATION_PROFILES: Record<OrganizationType, OrganizationProfile> = {
  SMALL_BUSINESS: {
    share: 40,
    resourcePartner: false,
    homeSectors: null,
    focusSectors: 0,
    sizes: [
      ['SOLO', 0.25],
      ['FROM_2_TO_10', 0.55],
      ['FROM_11_TO_50', 0.17],
      ['FROM_51_TO_200', 0.03],
    ],
    offers: 'sector',
    needs: 'sector',
    stages: [],
    postingRate: 0.5,
    kinds: [
      { kind: 'JOB', weight: 0.65, subkinds: NO_SUBKIND },
      { kind: 'PARTNERSHIP', weight: 0.2, subkinds: NO_SUBKIND },
      {
        kind: 'SPACE',
        weight: 0.15,
        subkinds: [
          ['RETAIL', 0.5],
          ['KITCHEN', 0.5],
        ],
      },
    ],
    ownerStages: [0.02, 0.08, 0.35, 0.3, 0.25],
  },
  STARTUP: {
    share: 22,
    resourcePartner: false,
    homeSectors: null,
    focusSectors: 0,
    sizes: [
      ['SOLO', 0.2],
      ['FROM_2_TO_10', 0.6],
      ['FROM_11_TO_50', 0.18],
      ['FROM_51_TO_200', 0.02],
    ],
    offers: [
      ['TECHNOLOGY', 1],
      ['PARTNERSHIPS', 0.5],
      ['MARKETING_SALES', 0.3],
    ],
    needs: [
      ['FUNDING', 1],
      ['TALENT', 0.8],
      ['MENTORSHIP', 0.6],
      ['CUSTOMERS_PROCUREMENT', 0.6],
      ['SPACE', 0.3],
    ],
    stages: [],
    postingRate: 0.6,
    kinds: [
      { kind: 'JOB', weight: 0.7, subkinds: NO_SUBKIND },
      { kind: 'PARTNERSHIP', weight: 0.3, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0.2, 0.35, 0.3, 0.15, 0],
  },
  CORPORATION: {
    share: 5,
    resourcePartner: false,
    homeSectors: null,
    focusSectors: 0,
    sizes: [
      ['FROM_51_TO_200', 0.3],
      ['FROM_201_TO_1000', 0.4],
      ['OVER_1000', 0.3],
    ],
    offers: [
      ['CUSTOMERS_PROCUREMENT', 1],
      ['PARTNERSHIPS', 0.7],
      ['MENTORSHIP', 0.4],
    ],
    needs: [
      ['SUPPLIERS_MANUFACTURING', 1],
      ['TECHNOLOGY', 0.7],
      ['TALENT', 0.7],
      ['PARTNERSHIPS', 0.4],
    ],
    stages: [],
    postingRate: 3,
    kinds: [
      { kind: 'PROCUREMENT', weight: 0.4, subkinds: NO_SUBKIND },
      { kind: 'JOB', weight: 0.35, subkinds: NO_SUBKIND },
      { kind: 'PARTNERSHIP', weight: 0.25, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0, 0, 0, 0.3, 0.7],
  },
  NON_PROFIT: {
    share: 10,
    resourcePartner: true,
    homeSectors: ['81', '62', '61'],
    focusSectors: 1,
    sizes: [
      ['SOLO', 0.1],
      ['FROM_2_TO_10', 0.45],
      ['FROM_11_TO_50', 0.35],
      ['FROM_51_TO_200', 0.1],
    ],
    offers: [
      ['TRAINING', 1],
      ['MENTORSHIP', 0.8],
      ['LEGAL_ACCOUNTING', 0.4],
      ['MARKETING_SALES', 0.3],
    ],
    needs: [
      ['FUNDING', 1],
      ['PARTNERSHIPS', 0.7],
      ['TALENT', 0.4],
    ],
    stages: ['IDEA', 'PRE_REVENUE', 'EARLY_REVENUE'],
    postingRate: 2.5,
    kinds: [
      {
        kind: 'MENTORSHIP',
        weight: 0.35,
        subkinds: [
          ['MENTORSHIP', 0.5],
          ['PROGRAM', 0.5],
        ],
      },
      { kind: 'EVENT', weight: 0.25, subkinds: NO_SUBKIND },
      { kind: 'FUNDING', weight: 0.2, subkinds: [['GRANT', 1]] },
      { kind: 'PARTNERSHIP', weight: 0.2, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0, 0, 0.1, 0.4, 0.5],
  },
  UNIVERSITY: {
    share: 1,
    resourcePartner: true,
    homeSectors: ['61'],
    focusSectors: 2,
    sizes: [
      ['FROM_201_TO_1000', 0.3],
      ['OVER_1000', 0.7],
    ],
    offers: [
      ['RESEARCH_UNIVERSITIES', 1],
      ['TALENT', 0.8],
      ['TRAINING', 0.7],
      ['SPACE', 0.4],
    ],
    needs: [
      ['PARTNERSHIPS', 1],
      ['FUNDING', 0.5],
    ],
    stages: [],
    postingRate: 10,
    kinds: [
      { kind: 'PARTNERSHIP', weight: 0.3, subkinds: NO_SUBKIND },
      { kind: 'MENTORSHIP', weight: 0.2, subkinds: [['PROGRAM', 1]] },
      { kind: 'SPACE', weight: 0.2, subkinds: [['LAB', 1]] },
      { kind: 'JOB', weight: 0.15, subkinds: NO_SUBKIND },
      { kind: 'EVENT', weight: 0.15, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0, 0, 0, 0.2, 0.8],
  },
  INVESTOR: {
    share: 4,
    resourcePartner: true,
    homeSectors: ['52'],
    focusSectors: 2,
    sizes: [
      ['SOLO', 0.2],
      ['FROM_2_TO_10', 0.6],
      ['FROM_11_TO_50', 0.2],
    ],
    offers: [
      ['FUNDING', 1],
      ['MENTORSHIP', 0.6],
      ['PARTNERSHIPS', 0.4],
    ],
    needs: [['PARTNERSHIPS', 1]],
    stages: ['PRE_REVENUE', 'EARLY_REVENUE', 'GROWTH'],
    postingRate: 4,
    kinds: [
      { kind: 'FUNDING', weight: 0.8, subkinds: [['EQUITY', 1]] },
      { kind: 'EVENT', weight: 0.1, subkinds: NO_SUBKIND },
      { kind: 'MENTORSHIP', weight: 0.1, subkinds: [['PROGRAM', 1]] },
    ],
    ownerStages: [0, 0, 0, 0.3, 0.7],
  },
  LENDER: {
    share: 3,
    resourcePartner: true,
    homeSectors: ['52'],
    focusSectors: 0,
    sizes: [
      ['FROM_11_TO_50', 0.4],
      ['FROM_51_TO_200', 0.3],
      ['FROM_201_TO_1000', 0.2],
      ['OVER_1000', 0.1],
    ],
    offers: [
      ['FUNDING', 1],
      ['LEGAL_ACCOUNTING', 0.4],
      ['TRAINING', 0.4],
    ],
    needs: [
      ['CUSTOMERS_PROCUREMENT', 1],
      ['MARKETING_SALES', 0.5],
    ],
    stages: ['EARLY_REVENUE', 'GROWTH', 'ESTABLISHED'],
    postingRate: 6,
    kinds: [
      {
        kind: 'FUNDING',
        weight: 0.85,
        subkinds: [
          ['LOAN', 0.85],
          ['GRANT', 0.15],
        ],
      },
      { kind: 'EVENT', weight: 0.1, subkinds: NO_SUBKIND },
      { kind: 'MENTORSHIP', weight: 0.05, subkinds: [['MENTORSHIP', 1]] },
    ],
    ownerStages: [0, 0, 0, 0.3, 0.7],
  },
  INCUBATOR_ACCELERATOR: {
    share: 3.5,
    resourcePartner: true,
    homeSectors: ['54', '61'],
    focusSectors: 1,
    sizes: [
      ['FROM_2_TO_10', 0.6],
      ['FROM_11_TO_50', 0.35],
      ['FROM_51_TO_200', 0.05],
    ],
    offers: [
      ['MENTORSHIP', 1],
      ['TRAINING', 0.7],
      ['SPACE', 0.5],
      ['FUNDING', 0.4],
      ['PARTNERSHIPS', 0.3],
    ],
    needs: [
      ['PARTNERSHIPS', 1],
      ['FUNDING', 0.6],
      ['MENTORSHIP', 0.4],
    ],
    stages: ['IDEA', 'PRE_REVENUE', 'EARLY_REVENUE'],
    postingRate: 6,
    kinds: [
      {
        kind: 'MENTORSHIP',
        weight: 0.45,
        subkinds: [
          ['PROGRAM', 0.7],
          ['MENTORSHIP', 0.3],
        ],
      },
      { kind: 'EVENT', weight: 0.2, subkinds: NO_SUBKIND },
      {
        kind: 'FUNDING',
        weight: 0.2,
        subkinds: [
          ['GRANT', 0.5],
          ['EQUITY', 0.5],
        ],
      },
      {
        kind: 'SPACE',
        weight: 0.15,
        subkinds: [
          ['OFFICE', 0.6],
          ['LAB', 0.4],
        ],
      },
    ],
    ownerStages: [0, 0, 0.1, 0.4, 0.5],
  },
  COWORKING: {
    share: 3,
    resourcePartner: true,
    homeSectors: ['53'],
    focusSectors: 0,
    sizes: [
      ['FROM_2_TO_10', 0.7],
      ['FROM_11_TO_50', 0.3],
    ],
    offers: [
      ['SPACE', 1],
      ['PARTNERSHIPS', 0.4],
      ['TECHNOLOGY', 0.2],
    ],
    needs: [
      ['CUSTOMERS_PROCUREMENT', 1],
      ['MARKETING_SALES', 0.6],
    ],
    stages: [],
    postingRate: 4,
    kinds: [
      {
        kind: 'SPACE',
        weight: 0.8,
        subkinds: [
          ['OFFICE', 0.5],
          ['RETAIL', 0.2],
          ['LAB', 0.15],
          ['KITCHEN', 0.15],
        ],
      },
      { kind: 'EVENT', weight: 0.2, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0, 0, 0.2, 0.4, 0.4],
  },
  CITY_AGENCY: {
    share: 1.5,
    resourcePartner: true,
    homeSectors: ['92'],
    focusSectors: 0,
    sizes: [
      ['FROM_51_TO_200', 0.4],
      ['FROM_201_TO_1000', 0.4],
      ['OVER_1000', 0.2],
    ],
    offers: [
      ['PERMITS_LICENSING', 1],
      ['FUNDING', 0.6],
      ['CUSTOMERS_PROCUREMENT', 0.6],
      ['TRAINING', 0.4],
    ],
    needs: [['PARTNERSHIPS', 1]],
    stages: [],
    postingRate: 12,
    kinds: [
      { kind: 'CITY_SERVICE', weight: 0.35, subkinds: NO_SUBKIND },
      { kind: 'PROCUREMENT', weight: 0.3, subkinds: NO_SUBKIND },
      { kind: 'FUNDING', weight: 0.25, subkinds: [['GRANT', 1]] },
      { kind: 'EVENT', weight: 0.1, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0, 0, 0, 0.2, 0.8],
  },
  OTHER: {
    share: 7,
    resourcePartner: false,
    homeSectors: null,
    focusSectors: 0,
    sizes: [
      ['SOLO', 0.3],
      ['FROM_2_TO_10', 0.5],
      ['FROM_11_TO_50', 0.2],
    ],
    offers: 'sector',
    needs: 'sector',
    stages: [],
    postingRate: 0.4,
    kinds: [
      { kind: 'EVENT', weight: 0.4, subkinds: NO_SUBKIND },
      { kind: 'PARTNERSHIP', weight: 0.3, subkinds: NO_SUBKIND },
      { kind: 'JOB', weight: 0.3, subkinds: NO_SUBKIND },
    ],
    ownerStages: [0.1, 0.2, 0.3, 0.2, 0.2],
  },
};

/** Sectors investors, incubators, universities and non-profits focus on, weighted. */
export const FOCUS_SECTORS: Weighted<string> = [
  ['51', 3],
  ['54', 3],
  ['62', 3],
  ['31-33', 2],
  ['72', 1.5],
  ['44-45', 1],
  ['61', 1],
  ['22', 0.5],
  ['48-49', 0.5],
];

/** Which need, besides its kind's own, an opportunity of a kind may also answer. */
export const KIND_EXTRA_CATEGORIES: Record<OpportunityKind, Weighted<NeedOfferCategory>> = {
  FUNDING: [
    ['MENTORSHIP', 1],
    ['TRAINING', 0.6],
  ],
  SPACE: [
    ['PARTNERSHIPS', 1],
    ['TECHNOLOGY', 0.4],
  ],
  JOB: [['TRAINING', 1]],
  MENTORSHIP: [
    ['TRAINING', 1],
    ['PARTNERSHIPS', 0.5],
    ['FUNDING', 0.3],
  ],
  PROCUREMENT: [['PARTNERSHIPS', 1]],
  EVENT: [
    ['TRAINING', 1],
    ['MARKETING_SALES', 0.8],
    ['MENTORSHIP', 0.5],
    ['CUSTOMERS_PROCUREMENT', 0.4],
  ],
  PARTNERSHIP: [
    ['RESEARCH_UNIVERSITIES', 0.6],
    ['TECHNOLOGY', 0.6],
    ['CUSTOMERS_PROCUREMENT', 0.5],
  ],
  CITY_SERVICE: [
    ['LEGAL_ACCOUNTING', 0.6],
    ['TRAINING', 0.5],
  ],
};

/** Stages each funding subkind is meant for (others: see `opportunityStages`). */
export const SUBKIND_STAGES: Partial<Record<OpportunitySubkind, readonly BusinessStage[]>> = {
  GRANT: ['IDEA', 'PRE_REVENUE', 'EARLY_REVENUE'],
  LOAN: ['EARLY_REVENUE', 'GROWTH', 'ESTABLISHED'],
  EQUITY: ['PRE_REVENUE', 'EARLY_REVENUE', 'GROWTH'],
  PROGRAM: ['IDEA', 'PRE_REVENUE', 'EARLY_REVENUE'],
  MENTORSHIP: ['IDEA', 'PRE_REVENUE', 'EARLY_REVENUE', 'GROWTH'],
};

/** Sectors that use each kind of space. */
export const SPACE_SECTORS: Partial<Record<OpportunitySubkind, readonly string[]>> = {
  KITCHEN: ['72', '31-33', '44-45'],
  LAB: ['54', '62', '31-33', '51'],
  RETAIL: ['44-45', '72', '81'],
};
