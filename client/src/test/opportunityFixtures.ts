import type { MockLink } from '@apollo/client/testing';
import {
  MyOpportunityInterestsDocument,
  OpportunitiesDocument,
  OpportunityDocument,
  OpportunityInterestsDocument,
  OpportunitySearchDocument,
  RenderMarkdownDocument,
  SavedOpportunitiesDocument,
  type MyOpportunityInterestsQuery,
  type OpportunitiesFilter,
  type OpportunityCardFieldsFragment,
  type OpportunityFieldsFragment,
  type OpportunityInterestFieldsFragment,
  type OpportunitySearchQuery,
  type SearchFilter,
} from '../generated/graphql';

/** Noon, `days` calendar days from today (in the test's time zone): "closes in N days". */
export function daysFromNow(days: number): string {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date.toISOString();
}

/** The long date the page shows for `value`, in English. */
export function shownDate(value: string): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(value));
}

export const harborKitchenOrg = {
  __typename: 'Organization' as const,
  id: 'org-1',
  slug: 'harbor-kitchen',
  name: 'Harbor Kitchen Co.',
  verified: true,
  logoUrl: null,
};

export const roxburyFundOrg = {
  __typename: 'Organization' as const,
  id: 'org-9',
  slug: 'roxbury-fund',
  name: 'Roxbury Community Fund',
  verified: true,
  logoUrl: null,
};

export const boPoster = {
  __typename: 'Member' as const,
  id: 'member-2',
  handle: 'bo-chen',
  displayName: 'Bo Chen',
  photoUrl: null,
};

export const anaPoster = {
  __typename: 'Member' as const,
  id: 'member-1',
  handle: 'ana-lopez',
  displayName: 'Ana López',
  photoUrl: null,
};

/**
 * A published loan programme of the Roxbury Community Fund, posted by Bo Chen, closing in 5 days;
 * as a member who is not its poster sees it.
 */
export function opportunity(
  id: string,
  extra: Partial<OpportunityFieldsFragment> = {},
): OpportunityFieldsFragment {
  return {
    __typename: 'Opportunity',
    id,
    kind: 'FUNDING',
    subkind: 'LOAN',
    status: 'PUBLISHED',
    title: 'Small-business loans',
    neighborhoods: ['roxbury'],
    citywide: false,
    remote: false,
    amountMin: 10000,
    amountMax: 50000,
    sizeSqFt: null,
    deadline: daysFromNow(5),
    viewerSaved: false,
    poster: boPoster,
    organization: roxburyFundOrg,
    description: 'Loans for **food** businesses.',
    descriptionHtml: '<p>Loans for <strong>food</strong> businesses.</p>',
    eligibility: 'Businesses based in Roxbury.',
    sectors: ['62'],
    stages: ['EARLY_REVENUE', 'GROWTH'],
    categories: ['FUNDING'],
    externalUrl: 'https://fund.example/apply',
    publishedAt: '2026-03-03T15:00:00.000Z',
    closedAt: null,
    createdAt: '2026-03-01T15:00:00.000Z',
    updatedAt: '2026-03-03T15:00:00.000Z',
    viewerCanEdit: false,
    hidden: false,
    interestCount: 2,
    viewerInterest: null,
    ...extra,
  };
}

/** The same opportunity as a card shows it. */
export function card(
  id: string,
  extra: Partial<OpportunityCardFieldsFragment> = {},
): OpportunityCardFieldsFragment {
  const full = opportunity(id);
  return {
    __typename: 'Opportunity',
    id,
    kind: full.kind,
    subkind: full.subkind,
    status: full.status,
    title: full.title,
    neighborhoods: full.neighborhoods,
    citywide: full.citywide,
    remote: full.remote,
    amountMin: full.amountMin,
    amountMax: full.amountMax,
    sizeSqFt: full.sizeSqFt,
    deadline: full.deadline,
    viewerSaved: full.viewerSaved,
    poster: {
      __typename: 'Member',
      id: boPoster.id,
      handle: boPoster.handle,
      displayName: 'Bo Chen',
    },
    organization: {
      __typename: 'Organization',
      id: roxburyFundOrg.id,
      slug: roxburyFundOrg.slug,
      name: roxburyFundOrg.name,
      verified: true,
    },
    ...extra,
  };
}

/** A kitchen to rent, posted by Ana for herself; citywide, no deadline. */
export const kitchenCard = card('opp-kitchen', {
  kind: 'SPACE',
  subkind: 'KITCHEN',
  title: 'Shared kitchen hours',
  neighborhoods: [],
  citywide: true,
  amountMin: null,
  amountMax: null,
  sizeSqFt: 1200,
  deadline: null,
  organization: null,
  poster: { __typename: 'Member', id: 'member-1', handle: 'ana-lopez', displayName: 'Ana López' },
});

type Facets = OpportunitySearchQuery['search']['facets'];

export function facets(
  counts: Partial<Record<keyof Omit<Facets, '__typename'>, Record<string, number>>>,
): Facets {
  const list = (values: Record<string, number> = {}) =>
    Object.entries(values).map(([value, count]) => ({
      __typename: 'FacetCount' as const,
      value,
      count,
    }));
  return {
    __typename: 'SearchFacets',
    countsAreLowerBounds: false,
    kinds: list(counts.kinds),
    sectors: list(counts.sectors),
    stages: list(counts.stages),
    neighborhoods: list(counts.neighborhoods),
  };
}

/** `search` for opportunities answered with `nodes` (as hits), their facets and the next page. */
export function searchMock(
  variables: { query?: string; filter?: Omit<SearchFilter, 'types'>; after?: string },
  nodes: OpportunityCardFieldsFragment[],
  options: {
    facets?: Facets;
    totalCount?: number;
    totalCountIsLowerBound?: boolean;
    endCursor?: string | null;
    hasNextPage?: boolean;
  } = {},
): MockLink.MockedResponse {
  const { query = '', filter = {}, after } = variables;
  return {
    request: {
      query: OpportunitySearchDocument,
      variables: {
        query,
        filter: { types: ['OPPORTUNITY'], ...filter },
        first: 20,
        ...(after ? { after } : {}),
      },
    },
    result: {
      data: {
        search: {
          __typename: 'SearchResults',
          totalCount: options.totalCount ?? nodes.length,
          totalCountIsLowerBound: options.totalCountIsLowerBound ?? false,
          nodes: nodes.map((target) => ({ __typename: 'SearchHit', target })),
          facets: options.facets ?? facets({}),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: options.endCursor ?? null,
            hasNextPage: options.hasNextPage ?? false,
          },
        },
      },
    },
  };
}

export function opportunityMock(
  id: string,
  found: OpportunityFieldsFragment | null,
): MockLink.MockedResponse {
  return {
    request: { query: OpportunityDocument, variables: { id } },
    result: { data: { opportunity: found } },
  };
}

export function interest(
  id: string,
  extra: Partial<OpportunityInterestFieldsFragment> = {},
): OpportunityInterestFieldsFragment {
  return {
    __typename: 'OpportunityInterest',
    id,
    message: '',
    status: 'ACTIVE',
    createdAt: '2026-03-05T15:00:00.000Z',
    member: boPoster,
    organization: null,
    outcome: null,
    ...extra,
  };
}

/** The poster's list of interest in opportunity `id`. */
export function interestsMock(
  id: string,
  nodes: OpportunityInterestFieldsFragment[],
  interestCount = nodes.filter((node) => node.status === 'ACTIVE').length,
): MockLink.MockedResponse {
  return {
    request: { query: OpportunityInterestsDocument, variables: { id, first: 20 } },
    result: {
      data: {
        opportunity: {
          __typename: 'Opportunity',
          id,
          interestCount,
          interests: {
            __typename: 'OpportunityInterestConnection',
            nodes,
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const lastPage = { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false };

export function opportunitiesMock(
  filter: OpportunitiesFilter,
  nodes: OpportunityCardFieldsFragment[],
): MockLink.MockedResponse {
  return {
    request: { query: OpportunitiesDocument, variables: { filter, first: 20 } },
    result: {
      data: { opportunities: { __typename: 'OpportunityConnection', nodes, pageInfo: lastPage } },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function savedOpportunitiesMock(
  nodes: OpportunityCardFieldsFragment[],
): MockLink.MockedResponse {
  return {
    request: { query: SavedOpportunitiesDocument, variables: { first: 20 } },
    result: {
      data: {
        savedOpportunities: { __typename: 'OpportunityConnection', nodes, pageInfo: lastPage },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type MyInterest = MyOpportunityInterestsQuery['myOpportunityInterests']['nodes'][number];

export function myInterestsMock(nodes: MyInterest[]): MockLink.MockedResponse {
  return {
    request: { query: MyOpportunityInterestsDocument, variables: { first: 20 } },
    result: {
      data: {
        myOpportunityInterests: {
          __typename: 'OpportunityInterestConnection',
          nodes,
          pageInfo: lastPage,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function renderMarkdownMock(markdown: string, html: string): MockLink.MockedResponse {
  return {
    request: { query: RenderMarkdownDocument, variables: { markdown } },
    result: { data: { renderMarkdown: html } },
  };
}

/**
 * An organization's page lists its opportunities; `renderApp` puts this last, so that the
 * organization pages' tests (Harbor Kitchen, `org-1`) need not each answer it.
 */
export const quietOpportunitiesMocks: MockLink.MockedResponse[] = [
  opportunitiesMock({ organizationId: 'org-1' }, []),
];
