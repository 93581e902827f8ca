import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  MyOpportunityInterestsDocument,
  OpportunitiesDocument,
  SavedOpportunitiesDocument,
  type MyOpportunityInterestsQuery,
  type OpportunitiesFilter,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from '../../connections/hooks/revalidate';
import { OPPORTUNITIES_PAGE_SIZE } from '../options';
import type { OpportunityCard } from './useOpportunitySearch';

export interface PagedList<Item> {
  items: Item[] | undefined;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
  refetch: () => void;
}

/**
 * Opportunities by filter: an organization's published ones, or everything the viewer and their
 * organizations posted (`postedByMe`), in every status.
 */
export function useOpportunities(
  filter: OpportunitiesFilter,
  options: { skip?: boolean } = {},
): PagedList<OpportunityCard> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(
    OpportunitiesDocument,
    {
      variables: { filter, first: OPPORTUNITIES_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      skip: options.skip,
      ...REVALIDATE_ON_MOUNT,
    },
  );
  return {
    items: data?.opportunities.nodes,
    hasNextPage: data?.opportunities.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = data?.opportunities.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          opportunities: {
            ...fetchMoreResult.opportunities,
            nodes: [...previous.opportunities.nodes, ...fetchMoreResult.opportunities.nodes],
          },
        }),
      });
    },
  };
}

/** What the viewer saved. */
export function useSavedOpportunities(): PagedList<OpportunityCard> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(
    SavedOpportunitiesDocument,
    {
      variables: { first: OPPORTUNITIES_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      ...REVALIDATE_ON_MOUNT,
    },
  );
  return {
    items: data?.savedOpportunities.nodes,
    hasNextPage: data?.savedOpportunities.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = data?.savedOpportunities.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          savedOpportunities: {
            ...fetchMoreResult.savedOpportunities,
            nodes: [
              ...previous.savedOpportunities.nodes,
              ...fetchMoreResult.savedOpportunities.nodes,
            ],
          },
        }),
      });
    },
  };
}

export type MyInterest = MyOpportunityInterestsQuery['myOpportunityInterests']['nodes'][number];

/** Where the viewer expressed interest (withdrawn ones too), with each opportunity. */
export function useMyOpportunityInterests(): PagedList<MyInterest> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(
    MyOpportunityInterestsDocument,
    {
      variables: { first: OPPORTUNITIES_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      ...REVALIDATE_ON_MOUNT,
    },
  );
  return {
    items: data?.myOpportunityInterests.nodes,
    hasNextPage: data?.myOpportunityInterests.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = data?.myOpportunityInterests.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          myOpportunityInterests: {
            ...fetchMoreResult.myOpportunityInterests,
            nodes: [
              ...previous.myOpportunityInterests.nodes,
              ...fetchMoreResult.myOpportunityInterests.nodes,
            ],
          },
        }),
      });
    },
  };
}
