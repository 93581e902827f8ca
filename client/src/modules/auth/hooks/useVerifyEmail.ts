import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { VerifyEmailDocument } from '../../../generated/graphql';

export type VerifyEmailState =
  | { status: 'checking' }
  | { status: 'confirmed'; email: string }
  | { status: 'failed'; error: unknown };

// A token works once: a second call would answer LINK_INVALID. So each client sends each token
// once, however often the page mounts (StrictMode, going back and forth), and shares the answer.
const verifications = new WeakMap<ApolloClient, Map<string, Promise<string>>>();

function verifyOnce(client: ApolloClient, token: string): Promise<string> {
  let byToken = verifications.get(client);
  if (!byToken) {
    byToken = new Map();
    verifications.set(client, byToken);
  }
  let verification = byToken.get(token);
  if (!verification) {
    verification = client
      .mutate({ mutation: VerifyEmailDocument, variables: { input: { token } } })
      .then(({ data }) => {
        if (!data) throw new Error('verifyEmail answered without data');
        return data.verifyEmail.email;
      });
    byToken.set(token, verification);
  }
  return verification;
}

/** Confirms the email the token was sent to, once, as soon as the page opens. */
export function useVerifyEmail(token: string): VerifyEmailState {
  const client = useApolloClient();
  const [state, setState] = useState<VerifyEmailState>({ status: 'checking' });
  useEffect(() => {
    let current = true;
    verifyOnce(client, token).then(
      (email) => current && setState({ status: 'confirmed', email }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [client, token]);
  return state;
}
