import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import {
  ConversationDocument,
  MarkConversationReadDocument,
  MessageAddedDocument,
  MessagesDocument,
  UnreadMessageCountDocument,
  type ConversationFieldsFragment,
  type MessageFieldsFragment,
} from '../../../generated/graphql';
import { addMessageToThread, MESSAGES_PAGE_SIZE } from '../cache';

export type Conversation = ConversationFieldsFragment;
export type Message = MessageFieldsFragment;

/** Read from the cache at once and again from the server each time the thread is opened. */
const REVALIDATE_ON_MOUNT = {
  fetchPolicy: 'cache-and-network',
  nextFetchPolicy: 'cache-first',
} as const;

export interface UseConversationResult {
  /** Null when the viewer has no such conversation. */
  conversation: Conversation | null | undefined;
  error: ErrorLike | undefined;
}

export function useConversation(conversationId: string): UseConversationResult {
  const { data, error } = useQuery(ConversationDocument, {
    variables: { conversationId },
    ...REVALIDATE_ON_MOUNT,
  });
  return { conversation: data ? data.conversation : undefined, error };
}

export interface UseMessagesResult {
  /** Oldest first, as the thread shows them. */
  messages: Message[] | undefined;
  hasEarlier: boolean;
  loadingEarlier: boolean;
  error: ErrorLike | undefined;
  /** Adds the page before the oldest shown; resolves to the messages it added, oldest first. */
  loadEarlier: () => Promise<Message[]>;
}

/** A thread's messages: the newest page, then earlier ones on demand. */
export function useMessages(conversationId: string): UseMessagesResult {
  const { data, error, fetchMore, networkStatus } = useQuery(MessagesDocument, {
    variables: { conversationId, first: MESSAGES_PAGE_SIZE },
    ...REVALIDATE_ON_MOUNT,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.messages;
  // The server pages newest first; the thread reads from the top down, oldest first.
  const messages = useMemo(() => connection?.nodes.toReversed(), [connection]);
  return {
    messages,
    hasEarlier: connection?.pageInfo.hasNextPage ?? false,
    loadingEarlier: networkStatus === NetworkStatus.fetchMore,
    error,
    loadEarlier: async () => {
      const before = connection?.pageInfo.endCursor;
      if (!before) return [];
      const result = await fetchMore({
        variables: { before },
        // Older messages go after the ones cached (newest first); the cursor moves back to them.
        updateQuery: (previous, { fetchMoreResult }) => {
          const cached = new Set(previous.messages.nodes.map((node) => node.id));
          return {
            messages: {
              ...fetchMoreResult.messages,
              nodes: [
                ...previous.messages.nodes,
                ...fetchMoreResult.messages.nodes.filter((node) => !cached.has(node.id)),
              ],
            },
          };
        },
      });
      return result.data?.messages.nodes.toReversed() ?? [];
    },
  };
}

/**
 * Messages arriving in one open conversation (call it once the conversation is known to exist):
 * each joins the thread (once, whoever sent it) and `onMessage` hears of it.
 */
export function useConversationLive(
  conversationId: string,
  onMessage: (message: Message) => void,
): void {
  useSubscription(MessageAddedDocument, {
    variables: { conversationId },
    onData: ({ client, data }) => {
      const message = data.data?.messageAdded;
      if (!message || message.conversationId !== conversationId) return;
      addMessageToThread(client.cache, message);
      onMessage(message);
    },
  });
}

/** Marks a conversation read; its cached count follows, and the header's total is read again. */
export function useMarkConversationRead(): (conversationId: string) => Promise<void> {
  const [markRead] = useMutation(MarkConversationReadDocument, {
    refetchQueries: [UnreadMessageCountDocument],
  });
  return useCallback(
    async (conversationId) => {
      await markRead({ variables: { input: { conversationId } } });
    },
    [markRead],
  );
}
