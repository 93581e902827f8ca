import { useMutation } from '@apollo/client/react';
import { ChangePasswordDocument, type ChangePasswordInput } from '../../../generated/graphql';

export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordDocument);
  return {
    changePassword: async (input: ChangePasswordInput) => {
      await mutate({ variables: { input } });
    },
    loading,
  };
}
