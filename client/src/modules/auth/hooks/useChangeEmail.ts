import { useMutation } from '@apollo/client/react';
import { ChangeEmailDocument, type ChangeEmailInput } from '../../../generated/graphql';

/** Sends a confirmation link to the new address; the email changes when it is followed. */
export function useChangeEmail() {
  const [mutate, { loading }] = useMutation(ChangeEmailDocument);
  return {
    changeEmail: async (input: ChangeEmailInput) => {
      await mutate({ variables: { input } });
    },
    loading,
  };
}
