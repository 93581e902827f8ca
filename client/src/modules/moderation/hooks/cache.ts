import type { ApolloCache } from '@apollo/client';

/**
 * Lists a report or a staff action may add to or drop from. Mutations answer with what they
 * changed, which Apollo writes over the cached objects; lists are forgotten instead, and read
 * again when next shown (at once, when one is on the page).
 */
type ModerationList = 'myReports' | 'moderationQueue' | 'moderationQueueCounts';

export function forgetLists(cache: ApolloCache, fields: readonly ModerationList[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
