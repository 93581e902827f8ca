import type { ApolloCache, ObservableQuery, Reference, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  AcceptConnectionDocument,
  BlockMemberDocument,
  DeclineConnectionDocument,
  DismissSuggestionDocument,
  RemoveConnectionDocument,
  RequestConnectionDocument,
  UnblockMemberDocument,
  WithdrawConnectionRequestDocument,
} from '../../../generated/graphql';

/*
 * How the cache follows the network.
 *
 * Mutations that answer with the member (request, accept, withdraw, remove) carry its degree and
 * `viewerConnection`, which Apollo writes over the cached member: its profile and the suggestion
 * cards follow in place. What a change makes stale besides is forgotten in `update`: the lists
 * of the network (root fields), and what only connections may see on a profile. Queries on screen
 * that lose data are read again, and the mutation waits for them (`onQueryUpdated`), so the
 * page shows the outcome with fresh lists; queries not on screen are read when next shown.
 */

/**
 * Root fields holding lists of the network. A profile's mutual connections and introduction path
 * are not among them: they are read again whenever a profile shows them (`REVALIDATE_ON_MOUNT`),
 * and the viewer's own change does not alter the ones on screen (connecting with Bo leaves what
 * Ana and Bo share as it was; the path to Bo is shown only while he is two or three hops away).
 */
type NetworkList = 'connectionRequests' | 'connections' | 'peopleYouMayKnow' | 'blockedMembers';

function forgetLists(cache: ApolloCache, lists: readonly NetworkList[]) {
  for (const fieldName of lists) cache.evict({ id: 'ROOT_QUERY', fieldName });
}

/** Profile fields a member may show only to their connections (`FieldVisibility.CONNECTIONS`). */
const CONNECTIONS_ONLY_FIELDS = ['email', 'phone', 'links', 'location'] as const;

/** Once a connection starts or ends, what the member shows the viewer is read again. */
function forgetConnectionsOnlyFields(cache: ApolloCache, memberId: string) {
  const id = cache.identify({ __typename: 'Member', id: memberId });
  for (const fieldName of CONNECTIONS_ONLY_FIELDS) cache.evict({ id, fieldName });
}

/** A connection started or ended: the lists change, and so does what the profile shows. */
function forgetConnection(cache: ApolloCache, memberId: string) {
  forgetLists(cache, ['connectionRequests', 'connections', 'peopleYouMayKnow']);
  forgetConnectionsOnlyFields(cache, memberId);
}

/**
 * Reads again the queries on screen that the update left incomplete, and lets the mutation wait
 * for them. A query that fails to load shows its own error; the change itself was made.
 */
function onQueryUpdated(query: ObservableQuery, diff: { complete: boolean }) {
  if (diff.complete) return Promise.resolve();
  return query.refetch().then(
    () => undefined,
    () => undefined,
  );
}

export function useRequestConnection() {
  const [mutate, { loading }] = useMutation(RequestConnectionDocument);
  return {
    /** Sends a request with an optional note (already checked for length). */
    requestConnection: async (memberId: string, note: string) => {
      const trimmed = note.trim();
      await mutate({
        variables: { input: { memberId, ...(trimmed ? { note: trimmed } : {}) } },
        update: (cache, { data }) => {
          // Connected at once when they had asked first.
          if (data?.requestConnection.viewerConnection?.state === 'CONNECTED') {
            forgetConnection(cache, memberId);
          } else {
            forgetLists(cache, ['connectionRequests']);
          }
        },
        onQueryUpdated,
      });
    },
    loading,
  };
}

/** Accepting or ignoring a request sent to the viewer, by the request's id and its sender's. */
export function useAnswerConnectionRequest() {
  const [accept, { loading: accepting }] = useMutation(AcceptConnectionDocument);
  const [decline, { loading: declining }] = useMutation(DeclineConnectionDocument);
  return {
    acceptRequest: async (requestId: string, senderId: string) => {
      await accept({
        variables: { input: { requestId } },
        update: (cache) => forgetConnection(cache, senderId),
        onQueryUpdated,
      });
    },
    /** "Ignore": the sender is not told. */
    declineRequest: async (requestId: string, senderId: string) => {
      await decline({
        variables: { input: { requestId } },
        update: (cache) => {
          forgetLists(cache, ['connectionRequests']);
          // No longer REQUEST_RECEIVED; whether the viewer may now ask them only the server knows.
          cache.evict({
            id: cache.identify({ __typename: 'Member', id: senderId }),
            fieldName: 'viewerConnection',
          });
        },
        onQueryUpdated,
      });
    },
    loading: accepting || declining,
  };
}

export function useWithdrawConnectionRequest() {
  const [mutate, { loading }] = useMutation(WithdrawConnectionRequestDocument);
  return {
    withdrawRequest: async (requestId: string) => {
      await mutate({
        variables: { input: { requestId } },
        update: (cache) => forgetLists(cache, ['connectionRequests']),
        onQueryUpdated,
      });
    },
    loading,
  };
}

export function useRemoveConnection() {
  const [mutate, { loading }] = useMutation(RemoveConnectionDocument);
  return {
    removeConnection: async (memberId: string) => {
      await mutate({
        variables: { input: { memberId } },
        update: (cache) => forgetConnection(cache, memberId),
        onQueryUpdated,
      });
    },
    loading,
  };
}

/**
 * Blocking ends any connection and request, and hides the two members from each other: the
 * member stays cached only as blocked (its profile, if shown again, says so), and the lists are
 * read again without them. The profile is left as it is: the page moves on right after.
 */
export function useBlockMember() {
  const [mutate, { loading }] = useMutation(BlockMemberDocument);
  return {
    blockMember: async (memberId: string) => {
      await mutate({
        variables: { input: { memberId } },
        update: (cache) => {
          forgetLists(cache, [
            'connectionRequests',
            'connections',
            'peopleYouMayKnow',
            'blockedMembers',
          ]);
          cache.modify({
            id: cache.identify({ __typename: 'Member', id: memberId }),
            fields: {
              degree: () => null,
              mutualConnectionCount: () => null,
              viewerConnection: (existing: object | null) =>
                existing && {
                  ...existing,
                  state: 'NONE',
                  requestId: null,
                  canRequest: false,
                  blocked: true,
                },
            },
          });
        },
        onQueryUpdated,
      });
    },
    loading,
  };
}

/**
 * Unblocking takes the member off the blocked list at once; their profile (which the viewer could
 * not see) and any lookup of it are read again when next shown.
 */
export function useUnblockMember() {
  const [mutate, { loading }] = useMutation(UnblockMemberDocument);
  return {
    unblockMember: async (memberId: string) => {
      await mutate({
        variables: { input: { memberId } },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'BlockedMember', id: memberId }) });
          cache.evict({ id: cache.identify({ __typename: 'Member', id: memberId }) });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'member' });
          forgetLists(cache, ['peopleYouMayKnow']);
        },
        onQueryUpdated,
      });
    },
    loading,
  };
}

/** "Not interested": the suggestion leaves every cached list at once. */
export function useDismissSuggestion() {
  const [mutate, { loading }] = useMutation(DismissSuggestionDocument);
  return {
    dismissSuggestion: async (memberId: string) => {
      await mutate({
        variables: { input: { memberId } },
        update: (cache) => {
          cache.modify<{ peopleYouMayKnow: readonly StoreObject[] }>({
            id: 'ROOT_QUERY',
            fields: {
              peopleYouMayKnow: (existing, { readField }) =>
                existing.filter((suggestion) => {
                  const member = readField<Reference>('member', suggestion);
                  return !member || readField('id', member) !== memberId;
                }),
            },
          });
        },
      });
    },
    loading,
  };
}
