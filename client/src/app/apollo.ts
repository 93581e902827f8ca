import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { bearerLink, retryAfterRefreshLink } from '../modules/auth/authLink';
import { sessionStoreFor } from '../modules/auth/session';

/**
 * The cache of the app (and of the tests' `MockedProvider`).
 *
 * No type policy for `City` on purpose: it has no id, and keying it by slug would merge the
 * English and Spanish texts into one cache entry. Each locale stays under its own
 * `city({"locale":…})`.
 *
 * An organization's `members` have no ids to merge by: the list the server sends (after a member
 * is removed, say) replaces the cached one outright.
 *
 * The schema's unions are listed so that the cache knows which fragment fits which member of
 * them (a match or a search hit is a member, an organization or an opportunity).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: {
      MatchTarget: ['Member', 'Opportunity', 'Organization'],
      SearchTarget: ['Member', 'Opportunity', 'Organization'],
    },
    typePolicies: { Organization: { fields: { members: { merge: false } } } },
  });
}

/**
 * The browser's client for the Nest server's `/graphql` (same origin in production, proxied by
 * Vite in development): queries and mutations over HTTP, subscriptions over a WebSocket
 * (graphql-ws) on the same path.
 *
 * The access token is added by `bearerLink` from memory; `credentials: 'same-origin'` sends the
 * httpOnly refresh cookie that `refreshSession` exchanges. The WebSocket sends the token when it
 * connects, and reconnects (re-subscribing) whenever a different member signs in or out.
 */
export function createApolloClient(): ApolloClient {
  // The WebSocket asks for the token when it connects, by then the client exists.
  const holder: { client?: ApolloClient } = {};
  const token = () => (holder.client ? sessionStoreFor(holder.client).accessToken : null);
  const socket = createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    lazy: true,
    connectionParams: () => {
      const current = token();
      return current ? { authorization: `Bearer ${current}` } : {};
    },
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const client = new ApolloClient({
    link: ApolloLink.from([
      retryAfterRefreshLink,
      bearerLink,
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(socket),
        http,
      ),
    ]),
    cache: createCache(),
  });
  holder.client = client;
  let member = sessionStoreFor(client).getSnapshot().viewer?.id;
  sessionStoreFor(client).subscribe(() => {
    const now = sessionStoreFor(client).getSnapshot().viewer?.id;
    if (now !== member) {
      member = now;
      socket.terminate();
    }
  });
  return client;
}
