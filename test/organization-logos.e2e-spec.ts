import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { deleteImage, filesUnder, keyOf, postImage, solidImage } from './support/images.js';
import { TestSession } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'logo-test-passphrase';
type Actor = 'owner' | 'admin' | 'member' | 'outsider' | 'anonymous';

describe('organization logos', () => {
  let app: TestApp;
  let organizationId: string;
  const sessions = new Map<Actor, TestSession>();
  const tokenOf = (actor: Actor) => sessions.get(actor)?.accessToken;
  const route = (id = organizationId) => `/api/organizations/${id}/logo`;
  const logos = () => filesUnder(app.config.uploadsDir).filter((f) => f.startsWith('logos/'));
  const logoKey = async () =>
    (
      await app.app
        .get(DataSource)
        .query<{ logo_key: string | null }[]>('SELECT logo_key FROM organization WHERE id = $1', [
          organizationId,
        ])
    )[0].logo_key;
  const upload = async (actor: Actor, image?: Buffer) =>
    postImage(
      app,
      route(),
      'logo',
      image ?? (await solidImage(300, 200, 'png', '#336699')),
      'logo.png',
      tokenOf(actor),
    );

  async function join(handle: string): Promise<{ session: TestSession; id: string }> {
    const session = new TestSession(app);
    const signUp = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: { email: `${handle}@example.org`, handle, displayName: handle, password: PASSWORD },
      },
    );
    return { session, id: signUp.data!.signUp.viewer.id };
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    const people = {
      owner: await join('logo-owner'),
      admin: await join('logo-admin'),
      member: await join('logo-member'),
      outsider: await join('logo-outsider'),
    };
    for (const [actor, { session }] of Object.entries(people)) {
      sessions.set(actor as Actor, session);
    }
    const created = await people.owner.session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'Logo Labs', slug: 'logo-labs', type: 'STARTUP' } },
    );
    organizationId = created.data!.createOrganization.id;
    // Joining by invitation is tested in organizations.e2e-spec.ts; here the roles are given.
    await app.app
      .get(DataSource)
      .query(
        `INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'ADMIN'), ($1, $3, 'MEMBER')`,
        [organizationId, people.admin.id, people.member.id],
      );
  });
  afterAll(() => app?.close());

  it('lets owners and admins set the logo, and nobody else; refused uploads store nothing', async () => {
    const owner = await upload('owner');
    expect(owner.status).toBe(200);
    expect(owner.body.logoUrl).toMatch(/^\/media\/logos\/[0-9a-f-]{36}-[0-9a-f]{16}\.webp$/);
    expect(logos()).toEqual([`logos/${keyOf(owner.body.logoUrl)}`]);

    for (const [actor, status, code] of [
      ['member', 403, 'FORBIDDEN'],
      ['outsider', 403, 'FORBIDDEN'],
      ['anonymous', 401, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await upload(actor, await solidImage(300, 200, 'png', '#990000'));
      expect(`${actor}: ${refused.status} ${String(refused.body.code)}`).toBe(
        `${actor}: ${status} ${code}`,
      );
      if (status === 403) expect(refused.body.reason).toBe('ORGANIZATION_ROLE_REQUIRED');
    }
    expect(logos()).toEqual([`logos/${keyOf(owner.body.logoUrl)}`]);
    expect(await logoKey()).toBe(keyOf(owner.body.logoUrl));

    const admin = await upload('admin', await solidImage(400, 100, 'jpeg', '#006633'));
    expect(admin.status).toBe(200);
    // The owner's logo went once the admin's replaced it.
    expect(logos()).toEqual([`logos/${keyOf(admin.body.logoUrl)}`]);
    expect(await logoKey()).toBe(keyOf(admin.body.logoUrl));
  });

  it('shows logoUrl on the organization and in lists, to anyone', async () => {
    const url = `/media/logos/${await logoKey()}`;
    const shown = await app.graphql<{
      organization: { logoUrl: string };
      organizations: { nodes: { slug: string; logoUrl: string | null }[] };
    }>('{ organization(slug: "logo-labs") { logoUrl } organizations { nodes { slug logoUrl } } }');
    expect(shown.data).toEqual({
      organization: { logoUrl: url },
      organizations: { nodes: [{ slug: 'logo-labs', logoUrl: url }] },
    });
    const image = await fetch(`${app.url}${url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
  });

  it('fits a logo inside 512×512: never cropped, never enlarged, transparency kept', async () => {
    const cases: [Buffer, { width: number; height: number; hasAlpha: boolean }][] = [
      [
        await solidImage(2000, 500, 'png', { r: 10, g: 20, b: 30, alpha: 0 }),
        { width: 512, height: 128, hasAlpha: true },
      ],
      [await solidImage(300, 900, 'jpeg'), { width: 171, height: 512, hasAlpha: false }],
      [await solidImage(100, 60, 'webp'), { width: 100, height: 60, hasAlpha: false }],
    ];
    for (const [image, size] of cases) {
      const { status, body } = await upload('owner', image);
      expect(status).toBe(200);
      const served = await fetch(`${app.url}${String(body.logoUrl)}`);
      const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect(metadata).toMatchObject({ format: 'webp', ...size });
    }
  });

  it('refuses what is not an image, too big, missing or in another field, naming the field', async () => {
    const before = { files: logos(), key: await logoKey() };
    const pdf = await upload('owner', Buffer.from('%PDF-1.7 this is not a logo'));
    expect(pdf).toEqual({
      status: 400,
      body: expect.objectContaining({ reason: 'LOGO_NOT_AN_IMAGE', field: 'logo' }) as unknown,
    });
    const huge = await upload('owner', Buffer.alloc(5 * 1024 * 1024 + 1, 7));
    expect(huge).toEqual({
      status: 413,
      body: expect.objectContaining({ reason: 'LOGO_TOO_LARGE', field: 'logo' }) as unknown,
    });
    const png = await solidImage(50, 50, 'png');
    const otherField = await postImage(app, route(), 'photo', png, 'x.png', tokenOf('owner'));
    expect(otherField).toEqual({
      status: 400,
      body: expect.objectContaining({ reason: 'LOGO_UPLOAD_MALFORMED', field: 'logo' }) as unknown,
    });
    const none = await fetch(`${app.url}${route()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenOf('owner')}` },
    });
    expect(await none.json()).toMatchObject({ reason: 'LOGO_MISSING', field: 'logo' });
    expect({ files: logos(), key: await logoKey() }).toEqual(before);
  });

  it('answers not found for an unknown organization and bad input for a malformed id', async () => {
    const png = await solidImage(50, 50, 'png');
    const unknown = route('00000000-0000-4000-8000-000000000000');
    expect(await postImage(app, unknown, 'logo', png, 'x.png', tokenOf('owner'))).toEqual({
      status: 404,
      body: expect.objectContaining({
        code: 'NOT_FOUND',
        reason: 'ORGANIZATION_NOT_FOUND',
        field: 'organizationId',
      }) as unknown,
    });
    expect(await deleteImage(app, unknown, tokenOf('owner'))).toMatchObject({ status: 404 });
    expect(
      await postImage(app, route('not-a-uuid'), 'logo', png, 'x.png', tokenOf('owner')),
    ).toEqual({
      status: 400,
      body: expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'organizationId',
      }) as unknown,
    });
    expect(logos()).toHaveLength(1);
  });

  it('lets owners and admins remove the logo, and nobody else', async () => {
    for (const [actor, status] of [
      ['member', 403],
      ['outsider', 403],
      ['anonymous', 401],
    ] as const) {
      expect(`${actor}: ${(await deleteImage(app, route(), tokenOf(actor))).status}`).toBe(
        `${actor}: ${status}`,
      );
    }
    const url = `/media/logos/${await logoKey()}`;
    expect(logos()).toHaveLength(1);
    expect(await deleteImage(app, route(), tokenOf('admin'))).toEqual({
      status: 200,
      body: { logoUrl: null },
    });
    expect(await logoKey()).toBeNull();
    expect(logos()).toEqual([]);
    expect((await fetch(`${app.url}${url}`)).status).toBe(404);
    const shown = await app.graphql<{ organization: { logoUrl: string | null } }>(
      '{ organization(slug: "logo-labs") { logoUrl } }',
    );
    expect(shown.data!.organization.logoUrl).toBeNull();
  });
});
