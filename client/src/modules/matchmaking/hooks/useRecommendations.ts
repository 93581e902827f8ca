import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  RecommendationsDocument,
  type MatchFieldsFragment,
  type MatchKind,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from '../../connections/hooks/revalidate';

/** How many matches "For you" shows at once. */
export const MATCHES_SHOWN = 20;

export type Match = MatchFieldsFragment;
export type MatchTarget = Match['target'];
export type MatchReason = Match['reasons'][number];
export type MatchConnector = Match['connectors'][number];

/** The variables of one tab of "For you": every kind (null) or one. */
export function recommendationsVariables(kind: MatchKind | null) {
  return { kinds: kind ? [kind] : null, first: MATCHES_SHOWN };
}

/**
 * The viewer's matches, best first. Matches change as other members edit their profiles and
 * post: shown from the cache at once and read again each time the page (or a tab) is shown.
 */
export function useRecommendations(kind: MatchKind | null): {
  matches: Match[] | undefined;
  error: ErrorLike | undefined;
  retry: () => void;
} {
  const { data, error, refetch } = useQuery(RecommendationsDocument, {
    variables: recommendationsVariables(kind),
    ...REVALIDATE_ON_MOUNT,
  });
  return {
    matches: data?.recommendations,
    error,
    retry: () => {
      // A failed retry shows up as the query's `error`.
      refetch().catch(() => undefined);
    },
  };
}
