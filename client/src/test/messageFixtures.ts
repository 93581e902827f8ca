import { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { Observable, type Subscriber } from 'rxjs';
import {
  ConversationDocument,
  ConversationsDocument,
  MarkConversationReadDocument,
  MessageAddedDocument,
  MessagesDocument,
  SendMessageDocument,
  UnreadMessageCountDocument,
  type ConversationFieldsFragment,
  type MessageFieldsFragment,
} from '../generated/graphql';

type Person = NonNullable<MessageFieldsFragment['sender']>;

export function person(id: string, handle: string, displayName: string): Person {
  return { __typename: 'Member', id, handle, displayName, photoUrl: null };
}

export const ana = person('member-1', 'ana-lopez', 'Ana López');
export const bo = person('member-2', 'bo-chen', 'Bo Chen');
export const cy = person('member-3', 'cy-diaz', 'Cy Díaz');

/** A message in `conversationId`; Ana's own when `sender` is Ana (the tests' viewer). */
export function message(
  id: string,
  conversationId: string,
  sender: Person | null,
  body: string,
  sentAt: string,
): MessageFieldsFragment {
  return {
    __typename: 'Message',
    id,
    conversationId,
    sender,
    body,
    sentAt,
    isOwn: sender?.id === ana.id,
    hidden: false,
  };
}

export function conversation(
  id: string,
  others: Person[],
  extra: Partial<ConversationFieldsFragment> = {},
): ConversationFieldsFragment {
  return {
    __typename: 'Conversation',
    id,
    kind: 'DIRECT',
    introductionId: null,
    others,
    lastMessage: null,
    unreadCount: 0,
    canSend: true,
    lastActivityAt: '2026-03-03T15:00:00.000Z',
    ...extra,
  };
}

function pageInfo(endCursor: string | null, hasNextPage: boolean) {
  return { __typename: 'PageInfo' as const, endCursor, hasNextPage };
}

export function conversationsMock(
  nodes: ConversationFieldsFragment[],
  options: { after?: string; endCursor?: string | null; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  const { after, endCursor = null, hasNextPage = false } = options;
  return {
    request: {
      query: ConversationsDocument,
      variables: after ? { first: 20, after } : { first: 20 },
    },
    result: {
      data: {
        conversations: {
          __typename: 'ConversationConnection',
          nodes,
          pageInfo: pageInfo(endCursor, hasNextPage),
        },
      },
    },
  };
}

export function conversationMock(
  conversationId: string,
  value: ConversationFieldsFragment | null,
): MockLink.MockedResponse {
  return {
    request: { query: ConversationDocument, variables: { conversationId } },
    result: { data: { conversation: value } },
  };
}

/** `messages` answered with `nodes` (newest first, as the server pages them). */
export function messagesMock(
  conversationId: string,
  nodes: MessageFieldsFragment[],
  options: { before?: string; endCursor?: string | null; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  const { before, endCursor = null, hasNextPage = false } = options;
  return {
    request: {
      query: MessagesDocument,
      variables: before ? { conversationId, first: 30, before } : { conversationId, first: 30 },
    },
    result: {
      data: {
        messages: {
          __typename: 'MessageConnection',
          nodes,
          pageInfo: pageInfo(endCursor, hasNextPage),
        },
      },
    },
  };
}

export function markReadMock(
  conversationId: string,
  options: { delay?: number } = {},
): MockLink.MockedResponse {
  return {
    delay: options.delay,
    request: { query: MarkConversationReadDocument, variables: { input: { conversationId } } },
    result: {
      data: {
        markConversationRead: { __typename: 'Conversation', id: conversationId, unreadCount: 0 },
      },
    },
  };
}

export function sendMessageMock(
  input: { conversationId?: string; recipientId?: string; body: string },
  result: MessageFieldsFragment | GraphQLError,
): MockLink.MockedResponse {
  return {
    request: { query: SendMessageDocument, variables: { input } },
    result:
      result instanceof GraphQLError ? { errors: [result] } : { data: { sendMessage: result } },
  };
}

export function unreadCountMock(count: number): MockLink.MockedResponse {
  return {
    request: { query: UnreadMessageCountDocument },
    result: { data: { unreadMessageCount: count } },
  };
}

/**
 * The server's `messageAdded`, driven by the test: `deliver` sends a message to every open
 * subscription that would receive it (all of the viewer's, or the one for its conversation), as
 * the server's filter does. Pass it to `renderApp` as `subscriptions`.
 */
export class LiveMessagesLink extends ApolloLink {
  private readonly listeners = new Set<{
    conversationId: string | undefined;
    observer: Subscriber<ApolloLink.Result>;
  }>();

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    const { conversationId } = operation.variables as { conversationId?: string };
    return new Observable((observer) => {
      // Other subscriptions (the header's `notificationAdded`) stay open and quiet.
      if (operation.operationName !== 'MessageAdded') return;
      const listener = { conversationId, observer };
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    });
  }

  /** Whether a subscription is open for one conversation, or (undefined) for all of them. */
  listensTo(conversationId: string | undefined): boolean {
    return [...this.listeners].some((listener) => listener.conversationId === conversationId);
  }

  /** Resolves once Apollo has had a turn to pass the message on; wrap it in `act`. */
  async deliver(value: MessageFieldsFragment): Promise<void> {
    for (const { conversationId, observer } of this.listeners) {
      if (!conversationId || conversationId === value.conversationId) {
        observer.next({ data: { messageAdded: value } });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * The header counts unread messages and listens for new ones on every page once signed in;
 * `renderApp` puts these last: nothing unread, and nothing arriving, unless a test says so first.
 */
export const quietMessagesMocks: MockLink.MockedResponse[] = [
  { ...unreadCountMock(0), maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: MessageAddedDocument, variables: () => true },
    delay: Number.POSITIVE_INFINITY,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];
