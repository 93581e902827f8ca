import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PeopleYouMayKnowDocument, type PeopleYouMayKnowQuery } from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from './revalidate';

/** How many suggestions the network page shows. */
export const SUGGESTION_COUNT = 10;

export type PersonSuggestion = PeopleYouMayKnowQuery['peopleYouMayKnow'][number];
export type SuggestionReason = PersonSuggestion['reasons'][number];

export function usePeopleYouMayKnow(): {
  suggestions: PersonSuggestion[] | undefined;
  error: ErrorLike | undefined;
} {
  const { data, error } = useQuery(PeopleYouMayKnowDocument, {
    variables: { first: SUGGESTION_COUNT },
    ...REVALIDATE_ON_MOUNT,
  });
  return { suggestions: data?.peopleYouMayKnow, error };
}
