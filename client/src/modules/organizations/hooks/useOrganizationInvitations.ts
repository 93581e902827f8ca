import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AcceptOrganizationInvitationDocument,
  DeclineOrganizationInvitationDocument,
  OrganizationInvitationsDocument,
  type OrganizationInvitationsQuery,
} from '../../../generated/graphql';

export type OrganizationInvitation =
  OrganizationInvitationsQuery['organizationInvitations'][number];

export interface UseOrganizationInvitationsResult {
  invitations: OrganizationInvitation[] | undefined;
  error: ErrorLike | undefined;
}

/** Invitations waiting for the signed-in member; only call it with a session. */
export function useOrganizationInvitations(): UseOrganizationInvitationsResult {
  const { data, error } = useQuery(OrganizationInvitationsDocument);
  return { invitations: data?.organizationInvitations, error };
}

/**
 * Accept or decline an invitation. Either way the list is read again (the header's count with
 * it); accepting also drops the cached members and role of that organization, so that its page
 * shows the new member when visited.
 */
export function useAnswerInvitation() {
  const readAgain = {
    refetchQueries: [OrganizationInvitationsDocument],
    awaitRefetchQueries: true,
  };
  const [accept, { loading: accepting }] = useMutation(
    AcceptOrganizationInvitationDocument,
    readAgain,
  );
  const [decline, { loading: declining }] = useMutation(
    DeclineOrganizationInvitationDocument,
    readAgain,
  );
  return {
    acceptInvitation: async (invitation: OrganizationInvitation) => {
      await accept({
        variables: { input: { invitationId: invitation.id } },
        update: (cache) => {
          const id = cache.identify({
            __typename: 'Organization',
            id: invitation.organization.id,
          });
          cache.evict({ id, fieldName: 'members' });
          cache.evict({ id, fieldName: 'viewerRole' });
        },
      });
    },
    declineInvitation: async (invitation: OrganizationInvitation) => {
      await decline({ variables: { input: { invitationId: invitation.id } } });
    },
    loading: accepting || declining,
  };
}
