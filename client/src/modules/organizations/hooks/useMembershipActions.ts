import { useMutation } from '@apollo/client/react';
import {
  CancelOrganizationInvitationDocument,
  LeaveOrganizationDocument,
  OrganizationDocument,
  RemoveOrganizationMemberDocument,
  TransferOrganizationOwnershipDocument,
} from '../../../generated/graphql';

/**
 * Removing a member and handing over ownership answer with the organization, which replaces the
 * cached one (members and the viewer's role included), so its page follows without a refetch.
 */
export function useRemoveOrganizationMember() {
  const [mutate, { loading }] = useMutation(RemoveOrganizationMemberDocument);
  return {
    removeMember: async (organizationId: string, memberId: string) => {
      await mutate({ variables: { input: { organizationId, memberId } } });
    },
    loading,
  };
}

export function useTransferOrganizationOwnership() {
  const [mutate, { loading }] = useMutation(TransferOrganizationOwnershipDocument);
  return {
    transferOwnership: async (organizationId: string, memberId: string) => {
      await mutate({ variables: { input: { organizationId, memberId } } });
    },
    loading,
  };
}

/** Owners and admins withdraw an invitation; the answer replaces the cached pending list. */
export function useCancelOrganizationInvitation() {
  const [mutate, { loading }] = useMutation(CancelOrganizationInvitationDocument);
  return {
    cancelInvitation: async (invitationId: string) => {
      await mutate({ variables: { input: { invitationId } } });
    },
    loading,
  };
}

/** Leaving answers only true, so the organization is read again to drop the viewer from it. */
export function useLeaveOrganization() {
  const [mutate, { loading }] = useMutation(LeaveOrganizationDocument);
  return {
    leave: async (organization: { id: string; slug: string }) => {
      await mutate({
        variables: { input: { organizationId: organization.id } },
        refetchQueries: [{ query: OrganizationDocument, variables: { slug: organization.slug } }],
        awaitRefetchQueries: true,
      });
    },
    loading,
  };
}
