import { useMutation } from '@apollo/client/react';
import { RequestOrganizationVerificationDocument } from '../../../generated/graphql';

/** The owner asks city staff for the verified badge; the page then shows it as pending. */
export function useRequestOrganizationVerification() {
  const [mutate, { loading }] = useMutation(RequestOrganizationVerificationDocument);
  return {
    requestVerification: async (organizationId: string) => {
      await mutate({ variables: { input: { organizationId } } });
    },
    loading,
  };
}
