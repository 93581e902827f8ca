import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ModerateCaseDocument,
  ModerateCasesDocument,
  ModerationCaseDocument,
  ModerationQueueCountsDocument,
  ModerationQueueDocument,
  type ModerateCaseInput,
  type ModerateCasesInput,
  type ModerationCaseFieldsFragment,
  type ModerationCaseSummaryFieldsFragment,
  type ModerationQueueCountsQuery,
  type ModerationQueueFilter,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from '../../connections/hooks/revalidate';
import type { PagedList } from '../../opportunities/hooks/useOpportunityLists';
import { PAGE_SIZE } from '../options';
import { forgetLists } from './cache';

export type CaseSummary = ModerationCaseSummaryFieldsFragment;
export type ModerationCaseDetails = ModerationCaseFieldsFragment;
export type QueueCounts = ModerationQueueCountsQuery['moderationQueueCounts'];

export interface Queue extends PagedList<CaseSummary> {
  /** How many cases the filter finds, all pages together. */
  totalCount: number | undefined;
}

/** The queue by filter, oldest open case first; read again each time it is shown. */
export function useModerationQueue(filter: ModerationQueueFilter): Queue {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(
    ModerationQueueDocument,
    {
      variables: { filter, first: PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      ...REVALIDATE_ON_MOUNT,
    },
  );
  return {
    items: data?.moderationQueue.nodes,
    totalCount: data?.moderationQueue.totalCount,
    hasNextPage: data?.moderationQueue.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = data?.moderationQueue.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          moderationQueue: {
            ...fetchMoreResult.moderationQueue,
            nodes: [...previous.moderationQueue.nodes, ...fetchMoreResult.moderationQueue.nodes],
          },
        }),
      });
    },
  };
}

/** What waits for staff; nothing to show while it loads or when it fails (the queue says). */
export function useModerationQueueCounts(): QueueCounts | undefined {
  const { data } = useQuery(ModerationQueueCountsDocument, REVALIDATE_ON_MOUNT);
  return data?.moderationQueueCounts;
}

export interface UseModerationCaseResult {
  /** Null when there is no such case. */
  moderationCase: ModerationCaseDetails | null | undefined;
  error: ErrorLike | undefined;
}

export function useModerationCase(id: string): UseModerationCaseResult {
  const { data, error } = useQuery(ModerationCaseDocument, {
    variables: { id },
    ...REVALIDATE_ON_MOUNT,
  });
  return { moderationCase: data ? data.moderationCase : undefined, error };
}

/** One staff action; the case comes back as it stands, and the queue is read again. */
export function useModerateCase() {
  const [mutate, { loading }] = useMutation(ModerateCaseDocument);
  return {
    moderateCase: async (input: ModerateCaseInput): Promise<ModerationCaseDetails> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, ['moderationQueue', 'moderationQueueCounts']),
      });
      if (!data) throw new Error('moderateCase answered without data');
      return data.moderateCase;
    },
    loading,
  };
}

/** One staff action on many cases at once; the queue is read again. */
export function useModerateCases() {
  const [mutate, { loading }] = useMutation(ModerateCasesDocument);
  return {
    moderateCases: async (input: ModerateCasesInput): Promise<CaseSummary[]> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, ['moderationQueue', 'moderationQueueCounts']),
      });
      if (!data) throw new Error('moderateCases answered without data');
      return data.moderateCases.cases;
    },
    loading,
  };
}
