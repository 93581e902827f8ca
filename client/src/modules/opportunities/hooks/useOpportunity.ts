import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  OpportunityDocument,
  OpportunityInterestsDocument,
  type OpportunityFieldsFragment,
  type OpportunityInterestFieldsFragment,
} from '../../../generated/graphql';
import { OPPORTUNITIES_PAGE_SIZE } from '../options';
import type { PagedList } from './useOpportunityLists';

export type OpportunityDetails = OpportunityFieldsFragment;
export type OpportunityInterest = OpportunityInterestFieldsFragment;

export interface UseOpportunityResult {
  /** Null when there is none the viewer may see. */
  opportunity: OpportunityDetails | null | undefined;
  error: ErrorLike | undefined;
}

export function useOpportunity(id: string): UseOpportunityResult {
  const { data, error } = useQuery(OpportunityDocument, { variables: { id } });
  return { opportunity: data ? data.opportunity : undefined, error };
}

/** The interest an opportunity received, for its poster; read afresh each time it is shown. */
export function useOpportunityInterests(id: string): PagedList<OpportunityInterest> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(
    OpportunityInterestsDocument,
    {
      variables: { id, first: OPPORTUNITIES_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      fetchPolicy: 'cache-and-network',
      nextFetchPolicy: 'cache-first',
    },
  );
  const interests = data?.opportunity?.interests;
  return {
    items: interests?.nodes ?? (data ? [] : undefined),
    hasNextPage: interests?.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = interests?.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.opportunity?.interests;
          const next = fetchMoreResult.opportunity;
          if (!before || !next?.interests) return fetchMoreResult;
          return {
            opportunity: {
              ...next,
              interests: {
                ...next.interests,
                nodes: [...before.nodes, ...next.interests.nodes],
              },
            },
          };
        },
      });
    },
  };
}
