import type { GraphQLResponse, TestApp } from './test-app.js';

/**
 * A browser-like client for one person: keeps the refresh cookie the server sets (and sends it
 * back to /graphql), and the access token of the last AuthPayload.
 */
export class TestSession {
  cookie: string | undefined;
  accessToken: string | undefined;
  lastSetCookie: string | undefined;

  constructor(private readonly app: TestApp) {}

  async call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { bearer?: boolean } = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.accessToken && options.bearer !== false) {
      headers.authorization = `Bearer ${this.accessToken}`;
    }
    const response = await this.app.graphql<T>(query, variables, headers);
    const setCookie = response.headers.get('set-cookie') ?? undefined;
    this.lastSetCookie = setCookie;
    if (setCookie) {
      const [pair] = setCookie.split(';');
      const value = pair.slice(pair.indexOf('=') + 1);
      this.cookie = value ? pair : undefined;
    }
    const payload = firstAuthPayload(response.data);
    if (payload) this.accessToken = payload.accessToken;
    return response;
  }
}

function firstAuthPayload(data: unknown): { accessToken: string } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  for (const value of Object.values(data)) {
    if (value && typeof value === 'object' && 'accessToken' in value) {
      return value as { accessToken: string };
    }
  }
  return undefined;
}

export interface DevMail {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  status: string;
}

/** Waits for the mail worker to deliver a message to the development outbox. */
export async function waitForMail(
  app: TestApp,
  match: (mail: DevMail) => boolean,
  timeoutMs = 15_000,
): Promise<DevMail> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${app.url}/dev/mail/messages.json`);
    const mails = (await response.json()) as DevMail[];
    const found = mails.find((mail) => match(mail) && mail.status === 'SENT');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No matching mail arrived in the development outbox');
}

export async function allMail(app: TestApp): Promise<DevMail[]> {
  return (await (await fetch(`${app.url}/dev/mail/messages.json`)).json()) as DevMail[];
}

export function linkToken(mail: DevMail): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No link in the mail: ${mail.text}`);
  return match[1];
}
