import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  OrganizationsDocument,
  type OrganizationFilter,
  type OrganizationSummaryFieldsFragment,
} from '../../../generated/graphql';

export const ORGANIZATIONS_PAGE_SIZE = 20;

export type OrganizationSummary = OrganizationSummaryFieldsFragment;

export interface UseOrganizationsResult {
  organizations: OrganizationSummary[] | undefined;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
}

/** One page of organizations, ordered by name; `loadMore` appends the next page after the cursor. */
export function useOrganizations(filter: OrganizationFilter): UseOrganizationsResult {
  const { data, previousData, loading, error, fetchMore, networkStatus } = useQuery(
    OrganizationsDocument,
    {
      variables: { filter, first: ORGANIZATIONS_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
    },
  );
  const connection = (data ?? previousData)?.organizations;
  return {
    organizations: connection?.nodes,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore: async () => {
      const after = data?.organizations.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        // Without a field policy the next page would be cached apart; append it to this one.
        updateQuery: (previous, { fetchMoreResult }) => ({
          organizations: {
            ...fetchMoreResult.organizations,
            nodes: [...previous.organizations.nodes, ...fetchMoreResult.organizations.nodes],
          },
        }),
      });
    },
  };
}
