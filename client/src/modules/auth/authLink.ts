import { ApolloLink } from '@apollo/client';
import { from, mergeMap, of } from 'rxjs';
import { sessionStoreFor } from './session';

/** Operations that start or end a session: their UNAUTHENTICATED answers are final. */
const SESSION_OPERATIONS = new Set(['RefreshSession', 'SignIn', 'SignUp', 'SignOut']);

/**
 * Adds `Authorization: Bearer <token>` while there is an access token in memory. While the
 * start-up refresh is under way, other operations wait for it: the first queries of a page load
 * must go out as the member, or they would show a signed-in member the anonymous view.
 */
export const bearerLink = new ApolloLink((operation, forward) => {
  const store = sessionStoreFor(operation.client);
  const send = () => {
    const token = store.accessToken;
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
      const { authorization: _previous, ...rest } = headers ?? {};
      return { headers: token ? { ...rest, authorization: `Bearer ${token}` } : rest };
    });
    return forward(operation);
  };
  if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return send();
  if (store.getSnapshot().status !== 'loading') return send();
  return from(store.start()).pipe(mergeMap(() => send()));
});

/**
 * When the server refuses a token it was sent (expired while the tab slept, say), refreshes the
 * session (single flight) and sends the operation once more. Must come before `bearerLink`, so
 * that the retry carries the new token.
 */
export const retryAfterRefreshLink = new ApolloLink((operation, forward) => {
  const store = sessionStoreFor(operation.client);
  const hadToken = store.accessToken !== null;
  if (!hadToken || SESSION_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);

  return forward(operation).pipe(
    mergeMap((result) => {
      const refused = result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
      if (!refused) return of(result);
      return from(store.refresh()).pipe(
        mergeMap((signedIn) => (signedIn ? forward(operation) : of(result))),
      );
    }),
  );
});
