import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The browser's client for the Nest server's `/graphql` (same origin in production, proxied by
 * Vite in development).
 *
 * No type policies on purpose: `City` has no id, and keying it by slug would merge the English
 * and Spanish texts into one cache entry. Each locale stays under its own `city({"locale":…})`.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache(),
  });
}
