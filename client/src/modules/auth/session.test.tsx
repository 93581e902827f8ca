import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { Observable } from 'rxjs';
import { StrictMode } from 'react';
import { print } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../app/i18n';
import { AppProviders } from '../../app/AppProviders';
import {
  ChangePasswordDocument,
  RefreshSessionDocument,
  ViewerDocument,
} from '../../generated/graphql';
import { authPayload, serverError, viewer } from '../../test/sessionFixtures';
import { bearerLink, retryAfterRefreshLink } from './authLink';
import { SessionProvider } from './components/SessionProvider';
import { useSession } from './hooks/useSession';
import { sessionStoreFor } from './session';

function SessionProbe({ label }: { label: string }) {
  const { status, viewer: member } = useSession();
  return (
    <p>
      {label}: {status}
      {member ? ` as ${member.displayName}` : ''}
    </p>
  );
}

/** `refreshSession` answered by `answer`, as often as asked (so a second call would show). */
function countedRefresh(answer: () => object) {
  const result = vi.fn(answer);
  return {
    result,
    mock: { request: { query: RefreshSessionDocument }, result, maxUsageCount: 10 },
  };
}

describe('SessionProvider', () => {
  it('restores the session from the refresh cookie, with one refreshSession in StrictMode and with two providers', async () => {
    const { result, mock } = countedRefresh(() => ({
      data: { refreshSession: authPayload(viewer) },
    }));
    render(
      <StrictMode>
        <MockedProvider mocks={[mock]}>
          <AppProviders i18n={createI18n()} mantineEnv="test">
            <SessionProbe label="outer" />
            <SessionProvider>
              <SessionProbe label="inner" />
            </SessionProvider>
          </AppProviders>
        </MockedProvider>
      </StrictMode>,
    );

    expect(screen.getByText('outer: loading')).toBeInTheDocument();
    expect(await screen.findByText('outer: signedIn as Ana López')).toBeInTheDocument();
    expect(screen.getByText('inner: signedIn as Ana López')).toBeInTheDocument();
    // Give a stray second call time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('treats an UNAUTHENTICATED refresh as an anonymous visitor', async () => {
    const { mock } = countedRefresh(() => ({
      errors: [serverError('No valid session', { code: 'UNAUTHENTICATED' })],
    }));
    render(
      <MockedProvider mocks={[mock]}>
        <AppProviders i18n={createI18n()} mantineEnv="test">
          <SessionProbe label="session" />
        </AppProviders>
      </MockedProvider>,
    );

    expect(await screen.findByText('session: anonymous')).toBeInTheDocument();
  });
});

/** A fake server: records each request's operation and Authorization header. */
function fakeServer(answer: (operationName: string, authorization: string | undefined) => object) {
  const seen: { operation: string; authorization: string | undefined }[] = [];
  const link = new ApolloLink((operation) => {
    const { headers } = operation.getContext() as { headers?: Record<string, string> };
    const name = operation.operationName ?? print(operation.query);
    seen.push({ operation: name, authorization: headers?.authorization });
    return new Observable((observer) => {
      // Answer asynchronously, as a network would, so concurrent calls really overlap.
      setTimeout(() => {
        observer.next(answer(name, headers?.authorization) as ApolloLink.Result);
        observer.complete();
      }, 10);
    });
  });
  return { seen, link };
}

describe('SessionStore and the auth links', () => {
  it('sends one refreshSession for concurrent refreshes', async () => {
    const { seen, link } = fakeServer(() => ({ data: { refreshSession: authPayload(viewer) } }));
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const store = sessionStoreFor(client);

    const answers = await Promise.all([store.refresh(), store.refresh(), store.start()]);

    expect(answers).toEqual([true, true, true]);
    expect(seen.filter(({ operation }) => operation === 'RefreshSession')).toHaveLength(1);
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', viewer });
  });

  it('adds the bearer token and, when the server refuses it, refreshes once and retries', async () => {
    let refreshes = 0;
    const { seen, link } = fakeServer((operation, authorization) => {
      if (operation === 'RefreshSession') {
        refreshes += 1;
        return {
          data: {
            refreshSession: { ...authPayload(viewer), accessToken: `fresh-${refreshes}` },
          },
        };
      }
      return authorization === 'Bearer fresh-2'
        ? { data: { changePassword: true } }
        : { errors: [serverError('Token expired', { code: 'UNAUTHENTICATED' })] };
    });
    const client = new ApolloClient({
      link: ApolloLink.from([retryAfterRefreshLink, bearerLink, link]),
      cache: new InMemoryCache(),
    });
    const store = sessionStoreFor(client);
    await store.start();

    const { data } = await client.mutate({
      mutation: ChangePasswordDocument,
      variables: { input: { currentPassword: 'old one here', newPassword: 'new one here!' } },
    });

    expect(data).toEqual({ changePassword: true });
    expect(seen).toEqual([
      { operation: 'RefreshSession', authorization: undefined },
      { operation: 'ChangePassword', authorization: 'Bearer fresh-1' },
      { operation: 'RefreshSession', authorization: 'Bearer fresh-1' },
      { operation: 'ChangePassword', authorization: 'Bearer fresh-2' },
    ]);
  });

  it('holds the first queries of a page load until the session is restored, then sends them as the member', async () => {
    const { seen, link } = fakeServer((operation) =>
      operation === 'RefreshSession'
        ? { data: { refreshSession: authPayload(viewer) } }
        : { data: { viewer } },
    );
    const client = new ApolloClient({
      link: ApolloLink.from([retryAfterRefreshLink, bearerLink, link]),
      cache: new InMemoryCache(),
    });

    // No one started the session yet: the query itself starts it, and waits.
    await client.query({ query: ViewerDocument });

    expect(seen).toEqual([
      { operation: 'RefreshSession', authorization: undefined },
      { operation: 'Viewer', authorization: `Bearer ${authPayload(viewer).accessToken}` },
    ]);
  });
});
