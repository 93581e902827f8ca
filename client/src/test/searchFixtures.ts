import type { MockLink } from '@apollo/client/testing';
import {
  QuickSearchDocument,
  SearchDocument,
  type SearchFilter,
  type SearchMemberFieldsFragment,
  type OpportunitySummaryFieldsFragment,
  type SearchOrganizationFieldsFragment,
  type SearchQuery,
} from '../generated/graphql';

type Results = SearchQuery['search'];
type Hit = Results['nodes'][number];
type Target = Hit['target'];
type Facets = Results['facets'];

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function searchMember(
  id: string,
  displayName: string,
  extra: Partial<SearchMemberFieldsFragment> = {},
): SearchMemberFieldsFragment {
  return {
    __typename: 'Member',
    id,
    handle: slugOf(displayName),
    displayName,
    headline: '',
    photoUrl: null,
    isConnector: false,
    degree: null,
    ...extra,
  };
}

export function searchOrganization(
  name: string,
  extra: Partial<SearchOrganizationFieldsFragment> = {},
): SearchOrganizationFieldsFragment {
  const slug = slugOf(name);
  return {
    __typename: 'Organization',
    id: `org-${slug}`,
    slug,
    name,
    type: 'SMALL_BUSINESS',
    logoUrl: null,
    verified: false,
    neighborhood: null,
    sectors: [],
    ...extra,
  };
}

export function searchOpportunity(
  id: string,
  title: string,
  extra: Partial<OpportunitySummaryFieldsFragment> = {},
): OpportunitySummaryFieldsFragment {
  return {
    __typename: 'Opportunity',
    id,
    title,
    kind: 'FUNDING',
    subkind: null,
    deadline: null,
    citywide: true,
    remote: false,
    neighborhoods: [],
    organization: null,
    poster: null,
    ...extra,
  };
}

/** Snippet segments from text where [brackets] mark what matched: "Offers [loans] here". */
export function snippet(text: string): Hit['snippet'] {
  return text
    .split(/(\[[^\]]*\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('[')
        ? { __typename: 'TextSegment', text: part.slice(1, -1), highlighted: true }
        : { __typename: 'TextSegment', text: part, highlighted: false },
    );
}

export function hit(target: Target, snippetText = '', score = 1): Hit {
  return { __typename: 'SearchHit', score, target, snippet: snippet(snippetText) };
}

function counts(values: Record<string, number>): Facets['types'] {
  return Object.entries(values).map(([value, count]) => ({
    __typename: 'FacetCount',
    value,
    count,
  }));
}

/** Facet counts; every list empty unless given. `inMyNetwork` is null for anonymous viewers. */
export function facets(
  values: Partial<
    Record<
      'types' | 'kinds' | 'sectors' | 'neighborhoods' | 'stages' | 'organizationTypes',
      Record<string, number>
    >
  > & { verified?: number; inMyNetwork?: number | null; countsAreLowerBounds?: boolean } = {},
): Facets {
  return {
    __typename: 'SearchFacets',
    countsAreLowerBounds: values.countsAreLowerBounds ?? false,
    types: counts(values.types ?? {}),
    kinds: counts(values.kinds ?? {}),
    sectors: counts(values.sectors ?? {}),
    neighborhoods: counts(values.neighborhoods ?? {}),
    stages: counts(values.stages ?? {}),
    organizationTypes: counts(values.organizationTypes ?? {}),
    verified: values.verified ?? 0,
    inMyNetwork: values.inMyNetwork === undefined ? null : values.inMyNetwork,
  };
}

// ---------- Results for "loan" ----------

export const harborLender = searchOrganization('Harbor Lender', {
  type: 'LENDER',
  verified: true,
  neighborhood: 'seaport',
  sectors: ['52'],
});

export const loanProgramme = searchOpportunity('opp-1', 'Small-business loans up to $50k', {
  kind: 'FUNDING',
  subkind: 'LOAN',
  deadline: '2026-04-15T12:00:00.000Z',
  organization: {
    __typename: 'Organization',
    id: harborLender.id,
    slug: harborLender.slug,
    name: harborLender.name,
    logoUrl: null,
    verified: true,
  },
});

export const kitchenSpace = searchOpportunity('opp-2', 'Shared kitchen for food startups', {
  kind: 'SPACE',
  subkind: 'KITCHEN',
  citywide: false,
  neighborhoods: ['roxbury'],
});

export const eveLoanOfficer = searchMember('member-5', 'Eve Park', {
  headline: 'Loan officer at Harbor Lender',
  degree: 2,
});

/** `search` answered with one page. */
export function searchMock(
  variables: { query: string; filter?: SearchFilter; after?: string },
  page: {
    nodes: Hit[];
    totalCount?: number;
    totalCountIsLowerBound?: boolean;
    facets?: Facets;
    endCursor?: string | null;
    hasNextPage?: boolean;
  },
): MockLink.MockedResponse {
  const { query, filter = {}, after } = variables;
  return {
    request: {
      query: SearchDocument,
      variables: { query, filter, first: 20, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        search: {
          __typename: 'SearchResults',
          totalCount: page.totalCount ?? page.nodes.length,
          totalCountIsLowerBound: page.totalCountIsLowerBound ?? false,
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: page.endCursor ?? null,
            hasNextPage: page.hasNextPage ?? false,
          },
          facets: page.facets ?? facets(),
          nodes: page.nodes,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The header's instant results for a query. */
export function quickSearchMock(query: string, targets: Target[]): MockLink.MockedResponse {
  return {
    request: { query: QuickSearchDocument, variables: { query, first: 6 } },
    result: {
      data: {
        search: {
          __typename: 'SearchResults',
          nodes: targets.map((target) => ({ __typename: 'SearchHit', target })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
