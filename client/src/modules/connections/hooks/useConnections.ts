import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ConnectionsDocument, type NetworkMemberFieldsFragment } from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from './revalidate';

export const CONNECTIONS_PAGE_SIZE = 20;

export type NetworkMember = NetworkMemberFieldsFragment;

export interface UseConnectionsResult {
  connections: NetworkMember[] | undefined;
  hasNextPage: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
}

/** The viewer's connections, newest first; `loadMore` appends the next page after the cursor. */
export function useConnections(): UseConnectionsResult {
  const { data, error, fetchMore, networkStatus } = useQuery(ConnectionsDocument, {
    variables: { first: CONNECTIONS_PAGE_SIZE },
    ...REVALIDATE_ON_MOUNT,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.connections;
  return {
    connections: connection?.nodes,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore: async () => {
      const after = connection?.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          connections: {
            ...fetchMoreResult.connections,
            nodes: [...previous.connections.nodes, ...fetchMoreResult.connections.nodes],
          },
        }),
      });
    },
  };
}
