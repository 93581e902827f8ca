import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { filesUnder } from './support/images.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

async function upload(app: TestApp, session: TestSession | undefined, body: Buffer, name: string) {
  const form = new FormData();
  form.append('photo', new Blob([body]), name);
  const response = await fetch(`${app.url}/api/profile/photo`, {
    method: 'POST',
    body: form,
    headers: session?.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('profile photos', () => {
  let app: TestApp;
  let session: TestSession;
  const photoKey = async () =>
    (
      await app.app
        .get(DataSource)
        .query<{ photo_key: string | null }[]>(
          "SELECT photo_key FROM member WHERE handle = 'photo-owner'",
        )
    )[0].photo_key;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    session = new TestSession(app);
    await session.call(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: {
          email: 'photo@example.org',
          handle: 'photo-owner',
          displayName: 'Photo Owner',
          password: 'a-picture-is-worth-it',
        },
      },
    );
  });
  afterAll(() => app?.close());

  it('re-encodes an upload to a 512×512 WebP and shows it on the profile', async () => {
    const jpeg = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#1b7a43' },
    })
      .jpeg()
      .toBuffer();
    const { status, body } = await upload(app, session, jpeg, 'me.jpg');
    expect(status).toBe(200);
    expect(body.photoUrl).toMatch(/^\/media\/photos\/[0-9a-f-]+-[0-9a-f]{16}\.webp$/);

    const image = await fetch(`${app.url}${String(body.photoUrl)}`);
    expect(image.headers.get('content-type')).toBe('image/webp');
    expect(image.headers.get('cache-control')).toMatch(/immutable/);
    const stored = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect(stored).toMatchObject({ format: 'webp', width: 512, height: 512 });

    const profile = await app.graphql<{ member: { photoUrl: string } }>(
      '{ member(handle: "photo-owner") { photoUrl } }',
    );
    expect(profile.data!.member.photoUrl).toBe(body.photoUrl);
  });

  it('checks the content, not the name, and refuses oversized files before storing anything', async () => {
    const before = await photoKey();
    const fake = await upload(
      app,
      session,
      Buffer.from('<svg onload="alert(1)"></svg>'),
      'evil.png',
    );
    expect(fake).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'photo' }) as unknown,
    });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect((await upload(app, session, gif, 'photo.png')).status).toBe(400);
    const huge = await upload(app, session, Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'huge.png');
    expect(huge).toEqual({
      status: 413,
      body: expect.objectContaining({
        code: 'BAD_USER_INPUT',
        reason: 'PHOTO_TOO_LARGE',
        field: 'photo',
      }) as unknown,
    });
    expect(await photoKey()).toBe(before);
    expect(filesUnder(app.config.uploadsDir)).toEqual([`photos/${before}`]);
  });

  it('needs a signed-in member', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const anonymous = await upload(app, undefined, png, 'x.png');
    expect(anonymous).toEqual({
      status: 401,
      body: expect.objectContaining({ code: 'UNAUTHENTICATED' }) as unknown,
    });
  });

  it('keeps one file per member: a new photo replaces the old one', async () => {
    const before = await photoKey();
    const png = await sharp({
      create: { width: 300, height: 300, channels: 3, background: '#aa3300' },
    })
      .png()
      .toBuffer();
    const { status, body } = await upload(app, session, png, 'new.png');
    expect(status).toBe(200);
    expect(body.photoUrl).not.toBe(`/media/photos/${before}`);
    expect(filesUnder(app.config.uploadsDir)).toEqual([`photos/${await photoKey()}`]);
    expect((await fetch(`${app.url}/media/photos/${before}`)).status).toBe(404);
  });

  it('removes the photo', async () => {
    const response = await fetch(`${app.url}/api/profile/photo`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(await response.json()).toEqual({ photoUrl: null });
    expect(await photoKey()).toBeNull();
    expect(filesUnder(app.config.uploadsDir)).toEqual([]);
  });
});
