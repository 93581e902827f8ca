import type { ApolloCache } from '@apollo/client';
import {
  ConversationFieldsFragmentDoc,
  ConversationsDocument,
  MessagesDocument,
  UnreadMessageCountDocument,
  type MessageFieldsFragment,
} from '../../generated/graphql';

export const CONVERSATIONS_PAGE_SIZE = 20;
export const MESSAGES_PAGE_SIZE = 30;

/**
 * A new message (sent here, or arriving live) at the newest end of its thread's cached pages, once
 * however often it comes (the sender's answer and the subscription bring the same message).
 */
export function addMessageToThread(cache: ApolloCache, message: MessageFieldsFragment): void {
  cache.updateQuery(
    {
      query: MessagesDocument,
      variables: { conversationId: message.conversationId, first: MESSAGES_PAGE_SIZE },
    },
    (data) => {
      if (!data || data.messages.nodes.some((node) => node.id === message.id)) return undefined;
      return { messages: { ...data.messages, nodes: [message, ...data.messages.nodes] } };
    },
  );
}

/**
 * A message arriving live, applied to the cached conversation it belongs to (its last message,
 * time and unread count) and to the list, where that conversation moves to the top. False when
 * the list does not hold that conversation (a new one), so the caller reads the list again.
 */
export function applyMessageToConversations(
  cache: ApolloCache,
  message: MessageFieldsFragment,
): boolean {
  const id = cache.identify({ __typename: 'Conversation', id: message.conversationId });
  const fragment = {
    id,
    fragment: ConversationFieldsFragmentDoc,
    fragmentName: 'ConversationFields',
  };
  const conversation = cache.readFragment(fragment);
  if (!conversation) return false;
  if (conversation.lastMessage?.id !== message.id) {
    cache.writeFragment({
      ...fragment,
      data: {
        ...conversation,
        lastMessage: message,
        lastActivityAt: message.sentAt,
        unreadCount: conversation.unreadCount + (message.isOwn ? 0 : 1),
      },
    });
  }
  let listed = false;
  cache.updateQuery(
    { query: ConversationsDocument, variables: { first: CONVERSATIONS_PAGE_SIZE } },
    (data) => {
      const nodes = data?.conversations.nodes;
      const node = nodes?.find((candidate) => candidate.id === message.conversationId);
      if (!data || !nodes || !node) return undefined;
      listed = true;
      if (nodes[0] === node) return undefined;
      return {
        conversations: {
          ...data.conversations,
          nodes: [node, ...nodes.filter((candidate) => candidate !== node)],
        },
      };
    },
  );
  return listed;
}

/** One more message from someone else waiting to be read (if the count is shown at all). */
export function countUnreadMessage(cache: ApolloCache): void {
  cache.updateQuery({ query: UnreadMessageCountDocument }, (data) =>
    data ? { unreadMessageCount: data.unreadMessageCount + 1 } : undefined,
  );
}
