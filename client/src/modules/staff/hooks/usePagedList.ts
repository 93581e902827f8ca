import { NetworkStatus, type ErrorLike, type OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { REVALIDATE_ON_MOUNT } from '../../connections/hooks/revalidate';

interface Connection<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PagedList<Node> {
  /** Undefined until the first page has loaded. */
  items: Node[] | undefined;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: ErrorLike | undefined;
  loadMore: () => Promise<void>;
  refetch: () => void;
}

/**
 * One cursor-paginated list of the console: the first page, then "load more" appending the next
 * pages to it. Staff lists change under other staff's hands, so each is read afresh when shown.
 */
export function usePagedList<
  Field extends string,
  Data extends { [key in Field]: Connection<unknown> },
  Variables extends OperationVariables & { first: number; after?: string | null },
>(
  document: TypedDocumentNode<Data, Variables>,
  field: Field,
  variables: Variables,
  options: { skip?: boolean } = {},
): PagedList<Data[Field]['nodes'][number]> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery<Data, Variables>(
    document,
    {
      variables,
      notifyOnNetworkStatusChange: true,
      skip: options.skip,
      ...REVALIDATE_ON_MOUNT,
    } as useQuery.Options<Data, Variables>,
  );
  const connection = data?.[field];
  return {
    items: connection?.nodes,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch: () => void refetch().catch(() => undefined),
    loadMore: async () => {
      const after = connection?.pageInfo.endCursor;
      if (!after) return;
      await fetchMore({
        variables: { after } as Partial<Variables>,
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          [field]: {
            ...fetchMoreResult[field],
            nodes: [...previous[field].nodes, ...fetchMoreResult[field].nodes],
          },
        }),
      });
    },
  };
}
