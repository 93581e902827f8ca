import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ConversationsDocument, type ConversationFieldsFragment } from '../../../generated/graphql';
import { CONVERSATIONS_PAGE_SIZE } from '../cache';

export type ConversationSummary = ConversationFieldsFragment;

export interface UseConversationsResult {
  conversations: ConversationSummary[] | undefined;
  hasNextPage: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
}

/**
 * The viewer's conversations, latest activity first, a page at a time. Shown from the cache at
 * once and read again each time the list is shown; in between, the live messages the header
 * listens to keep it current (see `useLiveMessages`).
 */
export function useConversations(): UseConversationsResult {
  const { data, error, fetchMore, networkStatus } = useQuery(ConversationsDocument, {
    variables: { first: CONVERSATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.conversations;
  return {
    conversations: connection?.nodes,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMore: async () => {
      const after = connection?.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        // Without a field policy the next page would be cached apart; append it to this one,
        // leaving out any conversation that moved up into the first page meanwhile.
        updateQuery: (previous, { fetchMoreResult }) => {
          const shown = new Set(previous.conversations.nodes.map((node) => node.id));
          return {
            conversations: {
              ...fetchMoreResult.conversations,
              nodes: [
                ...previous.conversations.nodes,
                ...fetchMoreResult.conversations.nodes.filter((node) => !shown.has(node.id)),
              ],
            },
          };
        },
      });
    },
  };
}
