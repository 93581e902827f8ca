import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  InviteToOrganizationDocument,
  OrganizationDocument,
  type InviteToOrganizationInput,
} from '../../../generated/graphql';

/**
 * Owners and admins invite someone by handle or by email; they get an email with a link. The
 * organization is then read again, so that its pending invitations show the new one.
 */
export function useInviteToOrganization() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(InviteToOrganizationDocument);
  const [refreshing, setRefreshing] = useState(false);
  return {
    invite: async (input: InviteToOrganizationInput) => {
      await mutate({ variables: { input } });
      setRefreshing(true);
      // Sent whatever this reading does: a failure shows through the page's own query.
      await client.refetchQueries({ include: [OrganizationDocument] }).catch(() => undefined);
      setRefreshing(false);
    },
    loading: loading || refreshing,
  };
}
