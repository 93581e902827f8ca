import { useQuery, useSubscription } from '@apollo/client/react';
import {
  ConversationsDocument,
  MessageAddedDocument,
  UnreadMessageCountDocument,
} from '../../../generated/graphql';
import { applyMessageToConversations, countUnreadMessage } from '../cache';

/**
 * Messages arriving in any of the viewer's conversations, for as long as a member is signed in
 * (the header calls it once): the cached list and its unread counts follow, and so does the
 * header's total. A conversation the list does not hold yet is read again from the server.
 */
export function useLiveMessages(): void {
  useSubscription(MessageAddedDocument, {
    variables: {},
    onData: ({ client, data }) => {
      const message = data.data?.messageAdded;
      if (!message) return;
      if (!message.isOwn) countUnreadMessage(client.cache);
      if (!applyMessageToConversations(client.cache, message)) {
        client.refetchQueries({ include: [ConversationsDocument] }).catch(() => undefined);
      }
    },
  });
}

/** How many messages from others wait to be read, for the header; 0 until known. */
export function useUnreadMessageCount(): number {
  const { data } = useQuery(UnreadMessageCountDocument);
  return data?.unreadMessageCount ?? 0;
}
