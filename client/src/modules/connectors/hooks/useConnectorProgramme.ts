import { useMutation } from '@apollo/client/react';
import {
  ConnectorApplicationsDocument,
  ConnectorOverviewDocument,
  DecideConnectorApplicationDocument,
  StaffConsoleCountsDocument,
  type ConnectorApplicationStatus,
  type ConnectorApplicationsQuery,
  type ConnectorOverviewQuery,
} from '../../../generated/graphql';
import { usePagedList, type PagedList } from '../../staff/hooks/usePagedList';
import { STAFF_PAGE_SIZE } from '../../staff/limits';

export type ApplicationForStaff =
  ConnectorApplicationsQuery['connectorApplications']['nodes'][number];
export type ConnectorWithRecord = ConnectorOverviewQuery['connectorOverview']['nodes'][number];

/**
 * Applications in one status, for staff. A decision answers with the application's new status,
 * which the cache writes over it: decided ones leave the waiting list at once.
 */
export function useConnectorApplications(
  status: ConnectorApplicationStatus,
): PagedList<ApplicationForStaff> {
  const list = usePagedList(ConnectorApplicationsDocument, 'connectorApplications', {
    status,
    first: STAFF_PAGE_SIZE,
  });
  return { ...list, items: list.items?.filter((item) => item.status === status) };
}

/** Every connector with what their introductions came to. */
export function useConnectorOverview(): PagedList<ConnectorWithRecord> {
  return usePagedList(ConnectorOverviewDocument, 'connectorOverview', { first: STAFF_PAGE_SIZE });
}

/** Approve an application (the applicant becomes a connector) or decline it with a note. */
export function useDecideConnectorApplication() {
  const [mutate, { loading }] = useMutation(DecideConnectorApplicationDocument, {
    refetchQueries: [StaffConsoleCountsDocument],
  });
  return {
    decide: async (applicationId: string, approve: boolean, note?: string) => {
      await mutate({
        variables: { input: { applicationId, approve, ...(note ? { note } : {}) } },
        update: (cache) => {
          // The other statuses' lists, and the connectors, gain it: read them afresh.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'connectorOverview' });
          cache.gc();
        },
      });
    },
    loading,
  };
}
