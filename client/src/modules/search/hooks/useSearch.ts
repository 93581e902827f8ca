import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  QuickSearchDocument,
  SearchDocument,
  type QuickSearchQuery,
  type SearchFilter,
  type SearchQuery,
} from '../../../generated/graphql';

/** How many instant results the header shows. */
export const QUICK_RESULTS = 6;
/** How many results the results page loads at a time. */
export const SEARCH_PAGE_SIZE = 20;

export type QuickTarget = QuickSearchQuery['search']['nodes'][number]['target'];
export type SearchResults = SearchQuery['search'];
export type SearchHit = SearchResults['nodes'][number];
export type SearchTarget = SearchHit['target'];
export type SearchFacets = SearchResults['facets'];

/**
 * The header's instant results for a (debounced) query; nothing is asked for a blank one. While
 * the next answer comes, the previous results stay shown.
 */
export function useQuickSearch(query: string): {
  targets: QuickTarget[] | undefined;
  /** The query the results shown answer. */
  answered: string | undefined;
  loading: boolean;
} {
  const skip = query === '';
  const { data, previousData, variables, loading } = useQuery(QuickSearchDocument, {
    variables: { query, first: QUICK_RESULTS },
    skip,
  });
  const shown = data ?? previousData;
  return {
    targets: skip ? undefined : shown?.search.nodes.map((node) => node.target),
    answered: data ? variables?.query : undefined,
    loading: !skip && loading,
  };
}

export interface UseSearchResult {
  results: SearchResults | undefined;
  /** A new query or filter is being answered; the previous results stay shown meanwhile. */
  loading: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
  retry: () => void;
}

/** One query with its filter: the first page, then `loadMore` appends the next after the cursor. */
export function useSearch(query: string, filter: SearchFilter, skip: boolean): UseSearchResult {
  const { data, previousData, loading, error, fetchMore, networkStatus, refetch } = useQuery(
    SearchDocument,
    {
      variables: { query, filter, first: SEARCH_PAGE_SIZE },
      skip,
      notifyOnNetworkStatusChange: true,
    },
  );
  return {
    results: skip ? undefined : (data ?? previousData)?.search,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore: async () => {
      const after = data?.search.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        // Without a field policy the next page would be cached apart; append it to this one.
        updateQuery: (previous, { fetchMoreResult }) => ({
          search: {
            ...fetchMoreResult.search,
            nodes: [...previous.search.nodes, ...fetchMoreResult.search.nodes],
          },
        }),
      });
    },
    retry: () => {
      refetch().catch(() => undefined);
    },
  };
}
