import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  MyReportsDocument,
  ReportContentDocument,
  type ReportContentInput,
  type ReportFieldsFragment,
} from '../../../generated/graphql';
import { REVALIDATE_ON_MOUNT } from '../../connections/hooks/revalidate';
import type { PagedList } from '../../opportunities/hooks/useOpportunityLists';
import { PAGE_SIZE } from '../options';
import { forgetLists } from './cache';

export type Report = ReportFieldsFragment;

export function useReportContent() {
  const [mutate, { loading }] = useMutation(ReportContentDocument);
  return {
    reportContent: async (input: ReportContentInput): Promise<Report> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => forgetLists(cache, ['myReports']),
      });
      if (!data) throw new Error('reportContent answered without data');
      return data.reportContent;
    },
    loading,
  };
}

/** What the viewer reported, newest first; read again each time it is shown (staff decide). */
export function useMyReports(): PagedList<Report> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(MyReportsDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    ...REVALIDATE_ON_MOUNT,
  });
  return {
    items: data?.myReports.nodes,
    hasNextPage: data?.myReports.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = data?.myReports.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          myReports: {
            ...fetchMoreResult.myReports,
            nodes: [...previous.myReports.nodes, ...fetchMoreResult.myReports.nodes],
          },
        }),
      });
    },
  };
}
