import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { bearerLink, retryAfterRefreshLink } from '../modules/auth/authLink';

/**
 * The browser's client for the Nest server's `/graphql` (same origin in production, proxied by
 * Vite in development).
 *
 * No type policies on purpose: `City` has no id, and keying it by slug would merge the English
 * and Spanish texts into one cache entry. Each locale stays under its own `city({"locale":…})`.
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
    cache: new InMemoryCache(),
  });
}
