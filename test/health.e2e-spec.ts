import { startTestApp, type TestApp } from './support/test-app.js';

describe('health and request ids', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is live without touching the database', async () => {
    const response = await fetch(`${app.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers', async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('gives each request an id, or keeps a well-formed one it was given', async () => {
    const fresh = await fetch(`${app.url}/health/live`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${app.url}/health/live`, {
      headers: { 'x-request-id': 'trace-1234abcd' },
    });
    expect(kept.headers.get('x-request-id')).toBe('trace-1234abcd');
    const refused = await fetch(`${app.url}/health/live`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
