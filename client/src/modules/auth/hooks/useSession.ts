import { useApolloClient } from '@apollo/client/react';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { SignInInput, SignUpInput } from '../../../generated/graphql';
import { sessionStoreFor, type SessionStatus, type SessionStore, type Viewer } from '../session';

export const SessionContext = createContext<SessionStore | null>(null);

export interface Session {
  status: SessionStatus;
  /** The signed-in member, or null while loading and when anonymous. */
  viewer: Viewer | null;
  signIn: (input: SignInInput) => Promise<Viewer>;
  signUp: (input: SignUpInput) => Promise<Viewer>;
  /** Ends the session here (or on every device) and clears the GraphQL cache. */
  signOut: (options?: { everywhere?: boolean }) => Promise<void>;
  /** Re-reads the member after a change made elsewhere (a confirmed email, say). */
  reloadViewer: () => Promise<void>;
}

/** The current session; needs a `SessionProvider` above it. */
export function useSession(): Session {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession needs a <SessionProvider> above it');
  const { status, viewer } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return useMemo(
    () => ({
      status,
      viewer,
      signIn: (input) => store.signIn(input),
      signUp: (input) => store.signUp(input),
      signOut: (options) => store.signOut(options),
      reloadViewer: () => store.reloadViewer(),
    }),
    [store, status, viewer],
  );
}

/** The session store of the Apollo client in context. */
export function useSessionStore(): SessionStore {
  return sessionStoreFor(useApolloClient());
}
