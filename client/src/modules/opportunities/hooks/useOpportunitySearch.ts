import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  OpportunitySearchDocument,
  type OpportunityCardFieldsFragment,
  type OpportunitySearchQuery,
  type SearchFilter,
} from '../../../generated/graphql';
import { OPPORTUNITIES_PAGE_SIZE } from '../options';

export type OpportunityCard = OpportunityCardFieldsFragment;
export type OpportunityFacets = OpportunitySearchQuery['search']['facets'];

/** What the browse page filters by; empty lists filter nothing. */
export interface OpportunitySearchParams {
  query: string;
  kinds: SearchFilter['kinds'];
  sectors: string[];
  stages: SearchFilter['stages'];
  neighborhoods: string[];
}

export interface UseOpportunitySearchResult {
  opportunities: OpportunityCard[] | undefined;
  totalCount: number | undefined;
  /** Broad searches count up to a cap: the total is then "at least". */
  totalCountIsLowerBound: boolean;
  facets: OpportunityFacets | undefined;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
}

/** Only the filters in use, so that equal filters make equal variables (and cache entries). */
export function searchFilter(params: OpportunitySearchParams): SearchFilter {
  const filter: SearchFilter = { types: ['OPPORTUNITY'] };
  if (params.kinds?.length) filter.kinds = params.kinds;
  if (params.sectors.length) filter.sectors = params.sectors;
  if (params.stages?.length) filter.stages = params.stages;
  if (params.neighborhoods.length) filter.neighborhoods = params.neighborhoods;
  return filter;
}

/**
 * Published opportunities through `search` (an empty text browses them all), with facet counts;
 * `loadMore` appends the next page. While new filters load, the previous results stay shown.
 */
export function useOpportunitySearch(params: OpportunitySearchParams): UseOpportunitySearchResult {
  const { data, previousData, loading, error, fetchMore, networkStatus } = useQuery(
    OpportunitySearchDocument,
    {
      variables: {
        query: params.query.trim(),
        filter: searchFilter(params),
        first: OPPORTUNITIES_PAGE_SIZE,
      },
      notifyOnNetworkStatusChange: true,
    },
  );
  const results = (data ?? previousData)?.search;
  return {
    opportunities: results?.nodes.flatMap(({ target }) =>
      target.__typename === 'Opportunity' ? [target] : [],
    ),
    totalCount: results?.totalCount,
    totalCountIsLowerBound: results?.totalCountIsLowerBound ?? false,
    facets: results?.facets,
    hasNextPage: results?.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore: async () => {
      const after = data?.search.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          search: {
            ...fetchMoreResult.search,
            nodes: [...previous.search.nodes, ...fetchMoreResult.search.nodes],
          },
        }),
      });
    },
  };
}
