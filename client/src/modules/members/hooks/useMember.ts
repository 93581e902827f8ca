import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MemberDocument, type MemberProfileFieldsFragment } from '../../../generated/graphql';

export type MemberProfile = MemberProfileFieldsFragment;

export interface UseMemberResult {
  /** The profile as the viewer may see it; null when there is no such member. */
  member: MemberProfile | null | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
}

export function useMember(handle: string | undefined): UseMemberResult {
  const { data, loading, error } = useQuery(MemberDocument, {
    variables: { handle: handle ?? '' },
    skip: !handle,
  });
  return { member: data ? data.member : undefined, loading, error };
}
