import { useMutation } from '@apollo/client/react';
import {
  InviteToOrganizationDocument,
  type InviteToOrganizationInput,
} from '../../../generated/graphql';

/** Owners and admins invite someone by handle or by email; they get an email with a link. */
export function useInviteToOrganization() {
  const [mutate, { loading }] = useMutation(InviteToOrganizationDocument);
  return {
    invite: async (input: InviteToOrganizationInput) => {
      await mutate({ variables: { input } });
    },
    loading,
  };
}
