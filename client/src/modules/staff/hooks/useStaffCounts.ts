import { useQuery } from '@apollo/client/react';
import {
  StaffConsoleCountsDocument,
  type StaffConsoleCountsQuery,
} from '../../../generated/graphql';

export type StaffCounts = StaffConsoleCountsQuery['moderationQueueCounts'];

/**
 * What waits for staff, for the console's navigation; undefined while loading or when it could
 * not be read (the links work without their counts). Staff decisions refetch it.
 */
export function useStaffCounts(skip = false): StaffCounts | undefined {
  const { data } = useQuery(StaffConsoleCountsDocument, {
    skip,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return data?.moderationQueueCounts;
}
