import { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { Observable, type Subscriber } from 'rxjs';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationSettingsDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationChannel,
  type NotificationFieldsFragment,
  type NotificationType,
} from '../generated/graphql';

/** A notification from `actor` (id and name), unread unless `readAt` says otherwise. */
export function notification(
  id: string,
  type: NotificationType,
  actor: { id: string; displayName: string } | null,
  extra: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id,
    type,
    path: '/network',
    createdAt: '2026-03-03T15:00:00.000Z',
    readAt: null,
    messageCount: null,
    requestAnswer: null,
    organizationName: null,
    opportunityTitle: null,
    approved: null,
    decisionNote: null,
    reason: null,
    actor: actor && { __typename: 'Member', ...actor },
    ...extra,
  };
}

export function unreadNotificationCountMock(count: number): MockLink.MockedResponse {
  return {
    request: { query: UnreadNotificationCountDocument },
    result: { data: { unreadNotificationCount: count } },
  };
}

export function notificationsMock(nodes: NotificationFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: NotificationsDocument, variables: { first: 20 } },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    },
  };
}

export function markNotificationsReadMock(
  ids: string[] | undefined,
  left: number,
): MockLink.MockedResponse {
  return {
    request: {
      query: MarkNotificationsReadDocument,
      variables: { input: ids ? { ids } : {} },
    },
    result: { data: { markNotificationsRead: left } },
  };
}

/** Every type with its channel: IN_APP unless `channels` says otherwise. */
export function notificationSettingsMock(
  channels: Partial<Record<NotificationType, NotificationChannel>> = {},
  dailyDigest = true,
): MockLink.MockedResponse {
  const types: NotificationType[] = [
    'CONNECTION_REQUESTED',
    'CONNECTION_ACCEPTED',
    'INTRODUCTION_PROPOSED',
    'INTRODUCTION_COMPLETED',
    'INTRODUCTION_REQUESTED',
    'INTRODUCTION_REQUEST_ANSWERED',
    'MESSAGE_RECEIVED',
    'ORGANIZATION_INVITATION',
    'OPPORTUNITY_INTEREST',
    'MATCH_DIGEST',
  ];
  return {
    request: { query: NotificationSettingsDocument },
    result: {
      data: {
        notificationSettings: {
          __typename: 'NotificationSettings',
          dailyDigest,
          preferences: types.map((type) => ({
            __typename: 'NotificationPreference',
            type,
            channel: channels[type] ?? (type === 'MATCH_DIGEST' ? 'OFF' : 'IN_APP'),
          })),
        },
      },
    },
  };
}

/**
 * The server's subscriptions, driven by the test: `notify` sends a notification to every open
 * `notificationAdded`; other subscriptions (the header's `messageAdded`) stay open and quiet.
 * Pass it to `renderApp` as `subscriptions`.
 */
export class LiveNotificationsLink extends ApolloLink {
  private readonly observers = new Set<Subscriber<ApolloLink.Result>>();

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    const isNotifications = operation.operationName === 'NotificationAdded';
    return new Observable((observer) => {
      if (!isNotifications) return;
      this.observers.add(observer);
      return () => this.observers.delete(observer);
    });
  }

  get listening(): boolean {
    return this.observers.size > 0;
  }

  /** Resolves once Apollo has had a turn to pass it on; wrap it in `act`. */
  async notify(value: NotificationFieldsFragment): Promise<void> {
    for (const observer of this.observers) observer.next({ data: { notificationAdded: value } });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * The header's bell counts unread notifications and listens for new ones once signed in;
 * `renderApp` puts these last: nothing unread, and nothing arriving, unless a test says so first.
 */
export const quietNotificationsMocks: MockLink.MockedResponse[] = [
  { ...unreadNotificationCountMock(0), maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: NotificationAddedDocument },
    delay: Number.POSITIVE_INFINITY,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];
