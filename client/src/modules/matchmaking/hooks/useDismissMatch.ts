import type { Reference, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  DismissMatchDocument,
  RecommendationsDocument,
  UndismissMatchDocument,
  type MatchDismissReason,
  type MatchKind,
} from '../../../generated/graphql';
import { recommendationsVariables, type Match } from './useRecommendations';

/** A cached list (the matches hold references to their targets), not a single reference. */
function isList(value: unknown): value is readonly (Reference | StoreObject)[] {
  return Array.isArray(value);
}

/**
 * Dismissing takes the match out of every cached list of recommendations at once (an optimistic
 * answer; Apollo puts it back by itself if the server refuses), so it stays gone on every tab.
 */
export function useDismissMatch() {
  const [mutate] = useMutation(DismissMatchDocument);
  return async (targetId: string, reason: MatchDismissReason | null) => {
    await mutate({
      variables: { input: { targetId, ...(reason ? { reason } : {}) } },
      optimisticResponse: { dismissMatch: true },
      update: (cache, { data }) => {
        if (!data?.dismissMatch) return;
        cache.modify<{ recommendations: Match[] }>({
          id: 'ROOT_QUERY',
          fields: {
            recommendations: (existing, { readField }) =>
              isList(existing)
                ? existing.filter((match) => {
                    const target = readField<Reference>('target', match);
                    return readField<string>('id', target) !== targetId;
                  })
                : existing,
          },
        });
      },
    });
  };
}

/**
 * "Undo": the match goes back at once where it was in the list on screen. The other tabs read theirs
 * again from the server when next shown, and the server suggests it again from now on.
 */
export function useUndismissMatch() {
  const [mutate] = useMutation(UndismissMatchDocument);
  return async (match: Match, place: { tab: MatchKind | null; index: number }) => {
    await mutate({
      variables: { input: { targetId: match.target.id } },
      optimisticResponse: { undismissMatch: true },
      update: (cache, { data }) => {
        if (!data?.undismissMatch) return;
        cache.updateQuery(
          { query: RecommendationsDocument, variables: recommendationsVariables(place.tab) },
          (current) => {
            if (!current) return current;
            const list = current.recommendations.filter(
              (candidate) => candidate.target.id !== match.target.id,
            );
            list.splice(Math.min(place.index, list.length), 0, match);
            return { ...current, recommendations: list };
          },
        );
      },
    });
  };
}
