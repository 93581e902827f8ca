import { useMutation } from '@apollo/client/react';
import { ResetPasswordDocument } from '../../../generated/graphql';

/** Sets a new password with the token from a reset link. */
export function useResetPassword() {
  const [mutate, { loading }] = useMutation(ResetPasswordDocument);
  return {
    resetPassword: async (token: string, password: string) => {
      await mutate({ variables: { input: { token, password } } });
    },
    loading,
  };
}
