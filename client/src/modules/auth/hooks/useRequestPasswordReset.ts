import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '../../../generated/graphql';

/** Asks for a reset link; the server answers the same whether or not the account exists. */
export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetDocument);
  return {
    requestPasswordReset: async (email: string) => {
      await mutate({ variables: { input: { email } } });
    },
    loading,
  };
}
