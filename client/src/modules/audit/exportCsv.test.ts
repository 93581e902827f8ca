import { describe, expect, it, vi } from 'vitest';
import type { SessionStore } from '../auth/session';
import { AuditExportError, fetchAuditCsv } from './exportCsv';

/** A session whose token is `tokens[n]` after `n` refreshes. */
function session(tokens: string[], refreshes: boolean[] = []) {
  let index = 0;
  const refresh = vi.fn(() => {
    const ok = refreshes[index] ?? false;
    if (ok) index += 1;
    return Promise.resolve(ok);
  });
  const store = {
    get accessToken() {
      return tokens[index] ?? null;
    },
    refresh,
  } as unknown as SessionStore;
  return { store, refresh };
}

describe('fetchAuditCsv', () => {
  it('sends the bearer token and answers the file', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValue(new Response('a,b\n', { status: 200 }));
    const blob = await fetchAuditCsv('/admin/audit-log.csv', session(['one']).store, fetchImpl);
    expect(await blob.text()).toBe('a,b\n');
    expect(new Headers(fetchImpl.mock.calls[0]![1]?.headers).get('authorization')).toBe(
      'Bearer one',
    );
  });

  it('refreshes an expired token once and sends again with the new one', async () => {
    const { store, refresh } = session(['old', 'new'], [true]);
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('', { status: 401 }))
      .mockResolvedValueOnce(new Response('ok', { status: 200 }));
    await fetchAuditCsv('/admin/audit-log.csv', store, fetchImpl);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(new Headers(fetchImpl.mock.calls[1]![1]?.headers).get('authorization')).toBe(
      'Bearer new',
    );
  });

  it('fails with the status, or without one when the network fails', async () => {
    const refused = vi.fn<typeof fetch>().mockResolvedValue(new Response('', { status: 403 }));
    await expect(
      fetchAuditCsv('/admin/audit-log.csv', session(['one']).store, refused),
    ).rejects.toMatchObject({ status: 403 });
    const offline = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const error: unknown = await fetchAuditCsv('/x', session(['one']).store, offline).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AuditExportError);
    expect((error as AuditExportError).status).toBeUndefined();
  });
});
