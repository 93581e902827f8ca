import { useEffect, type ReactNode } from 'react';
import { SessionContext, useSessionStore } from '../hooks/useSession';

/**
 * Restores the session from the refresh cookie when the app starts. The store belongs to the
 * Apollo client, not to this component, so StrictMode's double effects or a second provider
 * share the one `refreshSession` call.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const store = useSessionStore();
  useEffect(() => {
    void store.start();
  }, [store]);
  return <SessionContext value={store}>{children}</SessionContext>;
}
