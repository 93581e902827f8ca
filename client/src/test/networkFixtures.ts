import type { MockLink } from '@apollo/client/testing';
import {
  BlockedMembersDocument,
  ConnectionRequestsDocument,
  ConnectionsDocument,
  IntroductionPathDocument,
  MutualConnectionsDocument,
  PeopleYouMayKnowDocument,
  WaitingConnectionRequestsDocument,
  type ConnectionRequestsQuery,
  type ConnectionState,
  type IntroductionPathQuery,
  type NetworkMemberFieldsFragment,
  type PeopleYouMayKnowQuery,
  type RequestDirection,
  type ViewerConnectionFieldsFragment,
} from '../generated/graphql';

type ViewerConnection = NonNullable<ViewerConnectionFieldsFragment['viewerConnection']>;

/** Where the viewer stands with a member; NONE with requests allowed unless told otherwise. */
export function viewerConnection(
  state: ConnectionState = 'NONE',
  extra: Partial<ViewerConnection> = {},
): ViewerConnection {
  return {
    __typename: 'ViewerConnection',
    state,
    requestId: null,
    canRequest: state === 'NONE',
    blocked: false,
    ...extra,
  };
}

/** A member as network lists show them; the handle comes from the name ("Bo Chen" → bo-chen). */
export function networkMember(
  id: string,
  displayName: string,
  extra: Partial<NetworkMemberFieldsFragment> = {},
): NetworkMemberFieldsFragment {
  return {
    __typename: 'Member',
    id,
    handle: displayName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-'),
    displayName,
    headline: '',
    photoUrl: null,
    isConnector: false,
    mutualConnectionCount: 0,
    ...extra,
  };
}

/** Ana López, the session's member, as she appears on requests she sent or received. */
export const anaInLists = networkMember('member-1', 'Ana López', {
  headline: 'Founder of Harbor Kitchen',
  mutualConnectionCount: null,
});

export const bo = networkMember('member-2', 'Bo Chen', {
  headline: 'Connector for manufacturing',
  isConnector: true,
  mutualConnectionCount: 3,
});
export const cy = networkMember('member-3', 'Cy Diaz', { headline: 'Baker in Roxbury' });
export const dee = networkMember('member-4', 'Dee Díaz', { headline: 'Architect' });
export const eve = networkMember('member-5', 'Eve Park', { headline: 'Investor' });

type Request = ConnectionRequestsQuery['connectionRequests']['nodes'][number];

/** A request sent on 3 March 2026. */
export function connectionRequest(
  id: string,
  sender: NetworkMemberFieldsFragment,
  recipient: NetworkMemberFieldsFragment,
  note = '',
): Request {
  return {
    __typename: 'ConnectionRequest',
    id,
    note,
    createdAt: '2026-03-03T15:00:00.000Z',
    sender,
    recipient,
  };
}

function pageInfo(endCursor: string | null, hasNextPage: boolean) {
  return { __typename: 'PageInfo' as const, endCursor, hasNextPage };
}

/** One page of `connectionRequests` in a direction (the page after `after`, when given). */
export function requestsMock(
  direction: RequestDirection,
  nodes: Request[],
  options: { after?: string; endCursor?: string | null; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  const { after, endCursor = null, hasNextPage = false } = options;
  return {
    request: {
      query: ConnectionRequestsDocument,
      variables: { direction, first: 20, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        connectionRequests: {
          __typename: 'ConnectionRequestConnection',
          nodes,
          pageInfo: pageInfo(endCursor, hasNextPage),
        },
      },
    },
  };
}

/** One page of the viewer's `connections`. */
export function connectionsMock(
  nodes: NetworkMemberFieldsFragment[],
  options: { after?: string; endCursor?: string | null; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  const { after, endCursor = null, hasNextPage = false } = options;
  return {
    request: {
      query: ConnectionsDocument,
      variables: { first: 20, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        connections: {
          __typename: 'MemberConnection',
          nodes,
          pageInfo: pageInfo(endCursor, hasNextPage),
        },
      },
    },
  };
}

type Suggestion = PeopleYouMayKnowQuery['peopleYouMayKnow'][number];
type Reason = Suggestion['reasons'][number];

export function reason(code: string, text: string, details: Partial<Reason> = {}): Reason {
  return {
    __typename: 'Reason',
    code,
    text,
    count: null,
    category: null,
    sector: null,
    neighborhood: null,
    ...details,
  };
}

/** A suggestion of `member` (whom the viewer may ask), for `reasons`. */
export function suggestion(
  member: NetworkMemberFieldsFragment,
  reasons: Reason[],
  connection: ViewerConnection = viewerConnection(),
): Suggestion {
  const mutual = member.mutualConnectionCount ?? 0;
  return {
    __typename: 'PersonSuggestion',
    mutualConnectionCount: mutual,
    member: { ...member, degree: 2, viewerConnection: connection },
    reasons,
  };
}

export function suggestionsMock(suggestions: Suggestion[]): MockLink.MockedResponse {
  return {
    request: { query: PeopleYouMayKnowDocument, variables: { first: 10 } },
    result: { data: { peopleYouMayKnow: suggestions } },
  };
}

/** What the network page asks for when it opens (or again after a change). */
export function networkPageMocks(
  state: {
    received?: Request[];
    sent?: Request[];
    connections?: NetworkMemberFieldsFragment[];
    suggestions?: Suggestion[];
  } = {},
): MockLink.MockedResponse[] {
  return [
    requestsMock('RECEIVED', state.received ?? []),
    requestsMock('SENT', state.sent ?? []),
    connectionsMock(state.connections ?? []),
    suggestionsMock(state.suggestions ?? []),
  ];
}

export function mutualConnectionsMock(
  memberId: string,
  members: NetworkMemberFieldsFragment[],
): MockLink.MockedResponse {
  return {
    request: { query: MutualConnectionsDocument, variables: { memberId, first: 3 } },
    result: {
      data: {
        mutualConnections: members.map(({ id, handle, displayName }) => ({
          __typename: 'Member' as const,
          id,
          handle,
          displayName,
        })),
      },
    },
  };
}

export function introductionPathMock(
  memberId: string,
  members: NetworkMemberFieldsFragment[] | null,
): MockLink.MockedResponse {
  const path: IntroductionPathQuery['introductionPath'] = members && {
    __typename: 'IntroductionPath',
    degree: members.length - 1,
    members: members.map(({ id, handle, displayName, isConnector }) => ({
      __typename: 'Member' as const,
      id,
      handle,
      displayName,
      isConnector,
    })),
  };
  return {
    request: { query: IntroductionPathDocument, variables: { memberId } },
    result: { data: { introductionPath: path } },
  };
}

export function blockedMembersMock(
  members: { id: string; handle: string; displayName: string }[],
): MockLink.MockedResponse {
  return {
    request: { query: BlockedMembersDocument },
    result: {
      data: {
        blockedMembers: members.map((member) => ({
          __typename: 'BlockedMember' as const,
          ...member,
        })),
      },
    },
  };
}

/** The header's count of requests waiting for the viewer: `count` of them. */
export function waitingRequestsMock(count: number, hasNextPage = false): MockLink.MockedResponse {
  return {
    request: { query: WaitingConnectionRequestsDocument },
    result: {
      data: {
        connectionRequests: {
          __typename: 'ConnectionRequestConnection',
          nodes: Array.from({ length: count }, (_, index) => ({
            __typename: 'ConnectionRequest' as const,
            id: `waiting-${index + 1}`,
          })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage },
        },
      },
    },
  };
}

/**
 * The header counts waiting requests on every page (and again after each change to them);
 * `renderApp` puts this last, so that a test's own answers come first.
 */
export const noWaitingRequestsMock: MockLink.MockedResponse = {
  ...waitingRequestsMock(0),
  maxUsageCount: Number.POSITIVE_INFINITY,
};
