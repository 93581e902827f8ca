import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { BlockedMembersDocument, type BlockedMembersQuery } from '../../../generated/graphql';

export type BlockedMember = BlockedMembersQuery['blockedMembers'][number];

/** The members the viewer blocked; only call it with a session. */
export function useBlockedMembers(): {
  blockedMembers: BlockedMember[] | undefined;
  error: ErrorLike | undefined;
} {
  const { data, error } = useQuery(BlockedMembersDocument);
  return { blockedMembers: data?.blockedMembers, error };
}
