import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  ConnectionRequestsDocument,
  WaitingConnectionRequestsDocument,
  type ConnectionRequestsQuery,
  type RequestDirection,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from './revalidate';

export const REQUESTS_PAGE_SIZE = 20;

export type ConnectionRequest = ConnectionRequestsQuery['connectionRequests']['nodes'][number];

export interface UseConnectionRequestsResult {
  requests: ConnectionRequest[] | undefined;
  hasNextPage: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
}

/** Requests waiting for the viewer (RECEIVED) or sent by them (SENT), a page at a time. */
export function useConnectionRequests(direction: RequestDirection): UseConnectionRequestsResult {
  const { data, error, fetchMore, networkStatus } = useQuery(ConnectionRequestsDocument, {
    variables: { direction, first: REQUESTS_PAGE_SIZE },
    ...REVALIDATE_ON_MOUNT,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.connectionRequests;
  return {
    requests: connection?.nodes,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore: async () => {
      const after = connection?.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        // Without a field policy the next page would be cached apart; append it to this one.
        updateQuery: (previous, { fetchMoreResult }) => ({
          connectionRequests: {
            ...fetchMoreResult.connectionRequests,
            nodes: [
              ...previous.connectionRequests.nodes,
              ...fetchMoreResult.connectionRequests.nodes,
            ],
          },
        }),
      });
    },
  };
}

/**
 * How many requests wait for the viewer's answer, for the header: `more` when there are more
 * than one page holds. Only call it with a session.
 */
export function useWaitingConnectionRequests(): { count: number; more: boolean } {
  const { data } = useQuery(WaitingConnectionRequestsDocument);
  const waiting = data?.connectionRequests;
  return { count: waiting?.nodes.length ?? 0, more: waiting?.pageInfo.hasNextPage ?? false };
}
