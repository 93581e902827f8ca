import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { bearerLink, retryAfterRefreshLink } from '../modules/auth/authLink';

/**
 * The cache of the app (and of the tests' `MockedProvider`).
 *
 * No type policy for `City` on purpose: it has no id, and keying it by slug would merge the
 * English and Spanish texts into one cache entry. Each locale stays under its own
 * `city({"locale":…})`.
 *
 * An organization's `members` have no ids to merge by: the list the server sends (after a member
 * is removed, say) replaces the cached one outright.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: { Organization: { fields: { members: { merge: false } } } },
  });
}

/**
 * The browser's client for the Nest server's `/graphql` (same origin in production, proxied by
 * Vite in development).
 *
 * The access token is added by `bearerLink` from memory; `credentials: 'same-origin'` sends the
 * httpOnly refresh cookie that `refreshSession` exchanges.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      retryAfterRefreshLink,
      bearerLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: createCache(),
  });
}
