import type { ApolloCache } from '@apollo/client';

/**
 * Lists that a change to an opportunity (or to the viewer's interest in one) may add to or drop
 * from. Mutations answer with what they changed, which Apollo writes over the cached objects;
 * lists are forgotten instead, and read again when next shown.
 */
type OpportunityList = 'search' | 'opportunities' | 'myOpportunityInterests';

export function forgetLists(cache: ApolloCache, fields: readonly OpportunityList[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
