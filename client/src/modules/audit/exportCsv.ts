import type { SessionStore } from '../auth/session';

export class AuditExportError extends Error {
  constructor(readonly status: number | undefined) {
    super(`audit log export failed: ${status ?? 'network'}`);
    this.name = 'AuditExportError';
  }
}

/**
 * Fetches the audit log as CSV over plain HTTP with the session's bearer token, as the GraphQL
 * client sends it. A token that expired while the page sat open is refreshed once, and the
 * request sent again.
 */
export async function fetchAuditCsv(
  path: string,
  session: SessionStore,
  fetchImpl: typeof fetch = fetch,
): Promise<Blob> {
  const send = async () => {
    const token = session.accessToken;
    try {
      return await fetchImpl(path, {
        headers: { accept: 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        credentials: 'same-origin',
      });
    } catch {
      throw new AuditExportError(undefined);
    }
  };
  let response = await send();
  if (response.status === 401 && (await session.refresh())) response = await send();
  if (!response.ok) throw new AuditExportError(response.status);
  return response.blob();
}
