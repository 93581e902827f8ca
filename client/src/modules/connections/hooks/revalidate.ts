/**
 * For what other members change too (a new request, a new connection somewhere in the graph):
 * shown from the cache at once and read again each time it is shown; in between, cache-first, so
 * that a change this member makes (which forgets what it affects) reads it only once more.
 */
export const REVALIDATE_ON_MOUNT = {
  fetchPolicy: 'cache-and-network',
  nextFetchPolicy: 'cache-first',
} as const;
