import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationFieldsFragment,
} from '../../../generated/graphql';

/** How many notifications the bell lists: the latest ones. */
export const NOTIFICATIONS_SHOWN = 20;

const LIST_VARIABLES = { first: NOTIFICATIONS_SHOWN };

/**
 * A notification arriving: it goes to the top of the cached list (a conversation's
 * MESSAGE_RECEIVED comes again with a new count, and replaces its older self), and the unread
 * count goes up unless the list already held it unread.
 */
export function applyNotification(cache: ApolloCache, notification: NotificationFieldsFragment) {
  let knownUnread = false;
  cache.updateQuery({ query: NotificationsDocument, variables: LIST_VARIABLES }, (data) => {
    if (!data) return data;
    const nodes = data.notifications.nodes;
    knownUnread = nodes.some((node) => node.id === notification.id && node.readAt === null);
    return {
      notifications: {
        ...data.notifications,
        nodes: [notification, ...nodes.filter((node) => node.id !== notification.id)],
      },
    };
  });
  if (notification.readAt !== null || knownUnread) return;
  cache.updateQuery({ query: UnreadNotificationCountDocument }, (data) =>
    data ? { unreadNotificationCount: data.unreadNotificationCount + 1 } : data,
  );
}

/** Listens for the viewer's new notifications while a member is signed in (the header's bell). */
export function useLiveNotifications(): void {
  useSubscription(NotificationAddedDocument, {
    onData: ({ client, data }) => {
      const notification = data.data?.notificationAdded;
      if (notification) applyNotification(client.cache, notification);
    },
  });
}

/** How many notifications are unread; 0 until known (or when the count fails to load). */
export function useUnreadNotificationCount(): number {
  const { data } = useQuery(UnreadNotificationCountDocument);
  return data?.unreadNotificationCount ?? 0;
}

/** The latest notifications, read once and then kept live by `useLiveNotifications`. */
export function useNotifications(skip: boolean) {
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: LIST_VARIABLES,
    skip,
  });
  return { notifications: data?.notifications.nodes, loading, error, refetch };
}

/** Marks some notifications read (all of them without `ids`), in the list and in the count. */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadDocument);
  return {
    markRead: async (ids?: readonly string[]) => {
      const readAt = new Date().toISOString();
      await mutate({
        variables: { input: ids ? { ids: [...ids] } : {} },
        update: (cache, { data }) => {
          if (data) {
            cache.writeQuery({
              query: UnreadNotificationCountDocument,
              data: { unreadNotificationCount: data.markNotificationsRead },
            });
          }
          cache.updateQuery({ query: NotificationsDocument, variables: LIST_VARIABLES }, (list) =>
            list
              ? {
                  notifications: {
                    ...list.notifications,
                    nodes: list.notifications.nodes.map((node) =>
                      node.readAt === null && (!ids || ids.includes(node.id))
                        ? { ...node, readAt }
                        : node,
                    ),
                  },
                }
              : list,
          );
        },
      });
    },
    loading,
  };
}
