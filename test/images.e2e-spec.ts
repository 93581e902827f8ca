import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { deleteImage, filesUnder, keyOf, postImage, solidImage } from './support/images.js';
import { startS3Server, type TestS3Server } from './support/s3-server.js';
import { TestSession } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{16}\.webp$/;

interface Backend {
  /** Variables for the app. */
  env: NodeJS.ProcessEnv;
  /** What the backend holds, as `<kind>/<key>`. */
  stored(app: TestApp): Promise<string[]>;
  /** Puts something into storage behind the app's back, and takes it out again. */
  put(app: TestApp, name: string, body: Buffer): Promise<void>;
  remove(app: TestApp, name: string): Promise<void>;
  s3?: TestS3Server;
  close(): Promise<void>;
}

const BACKENDS: [string, () => Promise<Backend>][] = [
  [
    'local disk',
    () =>
      Promise.resolve({
        env: {},
        stored: (app: TestApp) => Promise.resolve(filesUnder(app.config.uploadsDir)),
        put: (app: TestApp, name: string, body: Buffer) => {
          const file = path.join(app.config.uploadsDir, name);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, body);
          return Promise.resolve();
        },
        remove: (app: TestApp, name: string) =>
          Promise.resolve(fs.rmSync(path.join(app.config.uploadsDir, name))),
        close: () => Promise.resolve(),
      }),
  ],
  [
    'S3-compatible storage (s3rver)',
    async () => {
      const s3 = await startS3Server();
      return {
        env: s3.env,
        stored: () => s3.keys(),
        put: (_app: TestApp, name: string, body: Buffer) => s3.put(name, body),
        remove: (_app: TestApp, name: string) => s3.remove(name),
        s3,
        close: () => s3.close(),
      };
    },
  ],
];

describe.each(BACKENDS)('uploaded images on %s', (_name, startBackend) => {
  let backend: Backend;
  let app: TestApp;
  let session: TestSession;
  let organizationId: string;
  // The images of the first test, which the later ones replace.
  let photoKey: string;
  let logoKey: string;
  const stored = () => backend.stored(app);
  const get = (url: string) => fetch(`${app.url}${url}`);
  const logoRoute = () => `/api/organizations/${organizationId}/logo`;

  beforeAll(async () => {
    backend = await startBackend();
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000', ...backend.env });
    session = new TestSession(app);
    await session.call(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: {
          email: 'images@example.org',
          handle: 'image-owner',
          displayName: 'Image Owner',
          password: 'pictures-and-logos',
        },
      },
    );
    const created = await session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'Image Works', slug: 'image-works', type: 'STARTUP' } },
    );
    organizationId = created.data!.createOrganization.id;
  });
  afterAll(async () => {
    await app?.close();
    await backend?.close();
  });

  it('stores a photo and a logo, and serves each as an immutable WebP', async () => {
    const photo = await postImage(
      app,
      '/api/profile/photo',
      'photo',
      await solidImage(1200, 800, 'jpeg'),
      'me.jpg',
      session.accessToken,
    );
    expect(photo.status).toBe(200);
    const logo = await postImage(
      app,
      logoRoute(),
      'logo',
      await solidImage(1000, 250, 'png', { r: 200, g: 30, b: 30, alpha: 0.5 }),
      'logo.png',
      session.accessToken,
    );
    expect(logo.status).toBe(200);
    expect(photo.body.photoUrl).toMatch(/^\/media\/photos\//);
    expect(logo.body.logoUrl).toMatch(/^\/media\/logos\//);
    [photoKey, logoKey] = [keyOf(photo.body.photoUrl), keyOf(logo.body.logoUrl)];
    expect(photoKey).toMatch(KEY);
    expect(logoKey).toMatch(KEY);
    expect(await stored()).toEqual([`logos/${logoKey}`, `photos/${photoKey}`]);

    for (const [url, size] of [
      [photo.body.photoUrl, { width: 512, height: 512, hasAlpha: false }],
      [logo.body.logoUrl, { width: 512, height: 128, hasAlpha: true }],
    ] as const) {
      const response = await get(String(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', ...size });
    }

    if (backend.s3) {
      expect(await backend.s3.head(`photos/${photoKey}`)).toEqual({
        contentType: 'image/webp',
        cacheControl: IMMUTABLE,
      });
      // With S3 configured, nothing goes to the local uploads folder.
      expect(filesUnder(app.config.uploadsDir)).toEqual([]);
    }
    const shown = await app.graphql<{
      member: { photoUrl: string };
      organization: { logoUrl: string };
    }>(
      '{ member(handle: "image-owner") { photoUrl } organization(slug: "image-works") { logoUrl } }',
    );
    expect(shown.data).toEqual({
      member: { photoUrl: photo.body.photoUrl },
      organization: { logoUrl: logo.body.logoUrl },
    });
  });

  it('refuses what is not an image, or is too big, before storing anything', async () => {
    const before = await stored();
    const attempts: [string, string, Buffer, string][] = [
      ['/api/profile/photo', 'photo', Buffer.from('<svg onload="alert(1)"></svg>'), 'x.png'],
      [logoRoute(), 'logo', Buffer.from('%PDF-1.7 not a logo'), 'logo.webp'],
      [logoRoute(), 'logo', await solidImage(10, 10, 'gif'), 'logo.png'],
    ];
    for (const [route, field, body, name] of attempts) {
      expect(await postImage(app, route, field, body, name, session.accessToken)).toEqual({
        status: 400,
        body: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          reason: `${field.toUpperCase()}_NOT_AN_IMAGE`,
          field,
        }) as unknown,
      });
    }
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
    for (const [route, field] of [
      ['/api/profile/photo', 'photo'],
      [logoRoute(), 'logo'],
    ]) {
      expect(await postImage(app, route, field, huge, 'huge.png', session.accessToken)).toEqual({
        status: 413,
        body: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          reason: `${field.toUpperCase()}_TOO_LARGE`,
          field,
        }) as unknown,
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('answers a coded 404 for unknown keys, other kinds and anything that is not a key', async () => {
    // Something that is in storage but is not a key: never served.
    await backend.put(app, 'photos/stray.webp', await solidImage(4, 4, 'webp'));
    const urls = [
      `/media/photos/${photoKey.replace(/-[0-9a-f]{16}\./, '-0000000000000000.')}`,
      `/media/logos/${photoKey}`,
      `/media/photos/${logoKey}`,
      `/media/photos/${photoKey.toUpperCase()}`,
      `/media/photos/${photoKey.replace('.webp', '')}`,
      `/media/photos/..%2Flogos%2F${logoKey}`,
      `/media/photos/%2e%2e%2flogos%2f${logoKey}`,
      `/media/photos/..%5Clogos%5C${logoKey}`,
      '/media/photos/..%2F..%2Fpackage.json',
      '/media/photos/%2e%2e',
      '/media/photos/stray.webp',
      `/media/videos/${photoKey}`,
    ];
    try {
      for (const url of urls) {
        const response = await get(url);
        const body = (await response.json()) as Record<string, unknown>;
        expect(`${url} ${response.status} ${String(body.code)}`).toBe(`${url} 404 NOT_FOUND`);
        expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
      }
    } finally {
      await backend.remove(app, 'photos/stray.webp');
    }
  });

  it('deletes the old image once a new one replaces it, and on removal', async () => {
    const photo = await postImage(
      app,
      '/api/profile/photo',
      'photo',
      await solidImage(600, 600, 'png', '#224488'),
      'new.png',
      session.accessToken,
    );
    const logo = await postImage(
      app,
      logoRoute(),
      'logo',
      await solidImage(64, 64, 'webp', '#884422'),
      'new.webp',
      session.accessToken,
    );
    expect([photo.status, logo.status]).toEqual([200, 200]);
    expect(await stored()).toEqual([
      `logos/${keyOf(logo.body.logoUrl)}`,
      `photos/${keyOf(photo.body.photoUrl)}`,
    ]);
    expect((await get(`/media/photos/${photoKey}`)).status).toBe(404);
    expect((await get(`/media/logos/${logoKey}`)).status).toBe(404);

    expect(await deleteImage(app, '/api/profile/photo', session.accessToken)).toEqual({
      status: 200,
      body: { photoUrl: null },
    });
    expect(await deleteImage(app, logoRoute(), session.accessToken)).toEqual({
      status: 200,
      body: { logoUrl: null },
    });
    expect(await stored()).toEqual([]);
    expect((await get(String(photo.body.photoUrl))).status).toBe(404);
  });
});
