import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  RefreshSessionDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  ViewerDocument,
  type SessionFieldsFragment,
  type SignInInput,
  type SignUpInput,
  type ViewerFieldsFragment,
} from '../../generated/graphql';

export type Viewer = ViewerFieldsFragment;

export type SessionStatus = 'loading' | 'anonymous' | 'signedIn';

export interface SessionState {
  status: SessionStatus;
  viewer: Viewer | null;
}

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;
/** Never schedule refreshes closer together than this, whatever the server's expiry says. */
const MIN_REFRESH_DELAY_MS = 5_000;
/** After a refresh the network swallowed, try again this much later (if the token still lives). */
const RETRY_REFRESH_DELAY_MS = 30_000;
/** The Web Lock that keeps tabs of one browser from rotating the same refresh cookie at once. */
const REFRESH_LOCK = 'growhere.refreshSession';

const ANONYMOUS: SessionState = { status: 'anonymous', viewer: null };

/** Whether an error is the server saying "no valid session" (as opposed to the network failing). */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
  );
}

/**
 * The session of one Apollo client, outside React: the access token lives only in this object's
 * memory (never in storage), and the refresh cookie is httpOnly.
 *
 * A refresh token may be used once: sending it twice revokes the whole session family. So there
 * is at most one `refreshSession` in flight (later callers share its promise), the start-up
 * refresh happens once however often React mounts the provider (StrictMode, two providers), and
 * where the browser has Web Locks, tabs take turns so each sends the cookie its predecessor set.
 */
export class SessionStore {
  private state: SessionState = { status: 'loading', viewer: null };
  private token: string | null = null;
  private refreshing: Promise<boolean> | null = null;
  private started = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: ApolloClient) {}

  get accessToken(): string | null {
    return this.token;
  }

  getSnapshot = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Restores the session from the refresh cookie, once per store. */
  start(): Promise<boolean> {
    if (this.started) return this.refreshing ?? Promise.resolve(this.state.status === 'signedIn');
    this.started = true;
    return this.refresh();
  }

  /**
   * A new access token from the refresh cookie; resolves to whether there is a session.
   * Concurrent callers share the one request in flight.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.withRefreshLock(() => this.doRefresh()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async signIn(input: SignInInput): Promise<Viewer> {
    const { data } = await this.client.mutate({ mutation: SignInDocument, variables: { input } });
    if (!data) throw new Error('signIn answered without data');
    return this.begin(data.signIn);
  }

  async signUp(input: SignUpInput): Promise<Viewer> {
    const { data } = await this.client.mutate({ mutation: SignUpDocument, variables: { input } });
    if (!data) throw new Error('signUp answered without data');
    return this.begin(data.signUp);
  }

  /** Ends the session on the server (here or everywhere) and forgets everything locally. */
  async signOut(options: { everywhere?: boolean } = {}): Promise<void> {
    try {
      await this.client.mutate({
        mutation: SignOutDocument,
        variables: { input: { everywhere: options.everywhere ?? false } },
      });
    } finally {
      // Even if the server could not be told, this tab must not keep acting as the member.
      await this.end();
    }
  }

  /** Re-reads the member, e.g. after their email was confirmed. */
  async reloadViewer(): Promise<void> {
    if (this.state.status !== 'signedIn') return;
    const { data } = await this.client.query({ query: ViewerDocument, fetchPolicy: 'no-cache' });
    if (data?.viewer) this.set({ status: 'signedIn', viewer: data.viewer });
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const { data } = await this.client.mutate({
        mutation: RefreshSessionDocument,
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('refreshSession answered without data');
      this.accept(data.refreshSession);
      return true;
    } catch (error) {
      if (isUnauthenticated(error) || this.state.status !== 'signedIn') {
        // No cookie, an expired or revoked one: simply not signed in. A network failure at
        // start-up is treated the same way; the visitor can still sign in.
        if (this.state.status === 'signedIn') await this.end();
        else this.set(ANONYMOUS);
        return false;
      }
      // Signed in but the server was unreachable: keep the token while it lasts and try again.
      this.schedule(Date.now() + REFRESH_MARGIN_MS + RETRY_REFRESH_DELAY_MS);
      return true;
    }
  }

  /**
   * A new session from sign-in or sign-up: what was cached for the anonymous visitor (profiles
   * with their members-only fields hidden) is dropped, and active queries ask again as the member.
   */
  private async begin(payload: SessionFieldsFragment): Promise<Viewer> {
    const viewer = this.accept(payload);
    await this.client.resetStore().catch(() => undefined);
    return viewer;
  }

  private accept(payload: SessionFieldsFragment): Viewer {
    this.token = payload.accessToken;
    this.schedule(Date.parse(String(payload.accessTokenExpiresAt)));
    this.set({ status: 'signedIn', viewer: payload.viewer });
    return payload.viewer;
  }

  private schedule(expiresAt: number) {
    clearTimeout(this.timer);
    if (Number.isNaN(expiresAt)) return;
    const delay = Math.max(expiresAt - Date.now() - REFRESH_MARGIN_MS, MIN_REFRESH_DELAY_MS);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async end() {
    clearTimeout(this.timer);
    this.token = null;
    this.set(ANONYMOUS);
    // Nothing the member could see may outlive the session; active queries refetch anonymously.
    await this.client.resetStore().catch(() => undefined);
  }

  private set(state: SessionState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? locks.request(REFRESH_LOCK, work) : work();
  }
}

const stores = new WeakMap<ApolloClient, SessionStore>();

/** The one session store of an Apollo client (the app's, or a test's `MockedProvider`'s). */
export function sessionStoreFor(client: ApolloClient): SessionStore {
  let store = stores.get(client);
  if (!store) {
    store = new SessionStore(client);
    stores.set(client, store);
  }
  return store;
}
