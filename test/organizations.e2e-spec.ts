import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'organizations-passphrase';
const FIELDS = `id slug name type sectors sizeBand neighborhood website description foundedYear
  verified verificationPending viewerRole
  needs { category text } offers { category text }
  members { role member { handle displayName } }`;
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${FIELDS} } }`;
const LIST = `query ($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) { nodes { slug name verified } pageInfo { hasNextPage endCursor } } }`;

type Org = Record<string, unknown> & { id: string };

describe('organizations', () => {
  let app: TestApp;
  let owner: TestSession;
  let other: TestSession;
  let staff: TestSession;

  async function join(handle: string, roles?: string[]): Promise<TestSession> {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const signUp = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { email, handle, displayName: handle, password: PASSWORD } },
    );
    if (roles) {
      await app.app
        .get(DataSource)
        .query('UPDATE member SET roles = $2 WHERE id = $1', [
          signUp.data!.signUp.viewer.id,
          roles,
        ]);
      await session.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        {
          input: { email, password: PASSWORD },
        },
      );
    }
    return session;
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    owner = await join('org-owner');
    other = await join('org-other');
    staff = await join('org-staff', ['MEMBER', 'STAFF']);
  });
  afterAll(() => app?.close());

  it('creates an organization with its owner, needs and offers', async () => {
    const response = await owner.call<{ createOrganization: Org }>(CREATE, {
      input: {
        name: 'Harbor Kitchen Co.',
        slug: 'harbor-kitchen',
        type: 'SMALL_BUSINESS',
        sectors: ['31-33'],
        sizeBand: 'FROM_2_TO_10',
        neighborhood: 'east-boston',
        website: 'https://harborkitchen.example',
        foundedYear: 2021,
        needs: [{ category: 'SPACE', text: 'A commercial kitchen' }],
        offers: [{ category: 'PARTNERSHIPS', text: 'Co-packing' }],
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganization).toMatchObject({
      slug: 'harbor-kitchen',
      verified: false,
      viewerRole: 'OWNER',
      members: [{ role: 'OWNER', member: { handle: 'org-owner' } }],
      needs: [{ category: 'SPACE', text: 'A commercial kitchen' }],
    });
    const seen = await other.call<{ organization: Org }>(
      `query { organization(slug: "harbor-kitchen") { ${FIELDS} } }`,
    );
    expect(seen.data!.organization).toMatchObject({ name: 'Harbor Kitchen Co.', viewerRole: null });
  });

  it('refuses a taken slug and bad input, naming the field', async () => {
    const taken = await other.call(CREATE, {
      input: { name: 'Copycat', slug: 'harbor-kitchen', type: 'STARTUP' },
    });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: 'Bad Slug' }, 'slug'],
      [{ name: 'X' }, 'name'],
      [{ neighborhood: 'atlantis' }, 'neighborhood'],
      [{ website: 'ftp://x.example' }, 'website'],
      [{ foundedYear: 3000 }, 'foundedYear'],
      [{ sectors: ['00'] }, 'sectors'],
    ];
    for (const [overrides, field] of cases) {
      const response = await other.call(CREATE, {
        input: { name: 'Valid Name', slug: 'valid-slug', type: 'STARTUP', ...overrides },
      });
      expect(`${field}: ${JSON.stringify(response.errors?.[0].extensions)}`).toMatch(
        new RegExp(`"field":"${field}"`),
      );
    }
    const none = await app.graphql(LIST, { filter: { type: 'STARTUP' } });
    expect(none.data).toMatchObject({ organizations: { nodes: [] } });
  });

  it('lets owners edit, and nobody else', async () => {
    const { data } = await owner.call<{ organization: Org }>(
      '{ organization(slug: "harbor-kitchen") { id } }',
    );
    const id = data!.organization.id;
    const edited = await owner.call<{ updateOrganization: Org }>(UPDATE, {
      input: { id, description: 'Sauces from East Boston', offers: [] },
    });
    expect(edited.data!.updateOrganization).toMatchObject({
      description: 'Sauces from East Boston',
      offers: [],
      needs: [{ category: 'SPACE' }],
    });
    const refused = await other.call(UPDATE, { input: { id, description: 'Hijacked' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is verified by staff after its owner asks, with an audit entry', async () => {
    const { data } = await owner.call<{ organization: Org }>(
      '{ organization(slug: "harbor-kitchen") { id } }',
    );
    const organizationId = data!.organization.id;
    const asked = await owner.call<{ requestOrganizationVerification: Org }>(
      'mutation ($id: ID!) { requestOrganizationVerification(input: { organizationId: $id }) { verificationPending } }',
      { id: organizationId },
    );
    expect(asked.data!.requestOrganizationVerification).toEqual({ verificationPending: true });
    const verify =
      'mutation ($id: ID!) { verifyOrganization(input: { organizationId: $id, verified: true, note: "Checked the state registry" }) { verified verificationPending } }';
    expect((await owner.call(verify, { id: organizationId })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await staff.call(verify, { id: organizationId })).data).toEqual({
      verifyOrganization: { verified: true, verificationPending: false },
    });
    const [entry] = await app.app
      .get(DataSource)
      .query<Record<string, unknown>[]>(
        "SELECT action, reason, before, after FROM audit_entry WHERE target_type = 'organization' AND target_id = $1",
        [organizationId],
      );
    expect(entry).toEqual({
      action: 'organization.verified',
      reason: 'Checked the state registry',
      before: { verified: false },
      after: { verified: true },
    });
    const verifiedOnly = await app.graphql<{ organizations: { nodes: { slug: string }[] } }>(LIST, {
      filter: { verifiedOnly: true },
    });
    expect(verifiedOnly.data!.organizations.nodes.map((n) => n.slug)).toEqual(['harbor-kitchen']);
  });

  it("shows on the member's profile where they belong, with the verified badge", async () => {
    const query =
      '{ member(handle: "org-owner") { organizations { role organization { slug name verified } } } }';
    const anonymous = await app.graphql<{
      member: { organizations: { role: string; organization: Org }[] };
    }>(query);
    expect(anonymous.data!.member.organizations).toEqual([
      {
        role: 'OWNER',
        organization: { slug: 'harbor-kitchen', name: 'Harbor Kitchen Co.', verified: true },
      },
    ]);
    const none = await app.graphql<{ member: { organizations: unknown[] } }>(
      '{ member(handle: "org-other") { organizations { role } } }',
    );
    expect(none.data!.member.organizations).toEqual([]);
  });

  it('invites by handle and by email; accepting needs a confirmed email; an owner always remains', async () => {
    const db = app.app.get(DataSource);
    const { data } = await owner.call<{ organization: Org }>(
      '{ organization(slug: "harbor-kitchen") { id } }',
    );
    const organizationId = data!.organization.id;
    const invite =
      'mutation ($input: InviteToOrganizationInput!) { inviteToOrganization(input: $input) }';
    expect(
      (await owner.call(invite, { input: { organizationId, handle: 'org-other', role: 'ADMIN' } }))
        .data,
    ).toEqual({
      inviteToOrganization: true,
    });
    const twice = await owner.call(invite, { input: { organizationId, handle: 'org-other' } });
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_INVITED',
    });
    const nobody = await owner.call(invite, {
      input: { organizationId, handle: 'no-such-member' },
    });
    expect(nobody.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'handle' });

    const mine = await other.call<{
      organizationInvitations: { id: string; role: string; organization: { slug: string } }[];
    }>('{ organizationInvitations { id role organization { slug } } }');
    const [invitation] = mine.data!.organizationInvitations;
    expect(invitation).toMatchObject({ role: 'ADMIN', organization: { slug: 'harbor-kitchen' } });
    const accept =
      'mutation ($id: ID!) { acceptOrganizationInvitation(input: { invitationId: $id }) }';
    const unconfirmed = await other.call(accept, { id: invitation.id });
    expect(unconfirmed.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMAIL_NOT_VERIFIED',
    });
    await db.query("UPDATE member SET email_verified_at = now() WHERE handle = 'org-other'");
    expect((await other.call(accept, { id: invitation.id })).data).toEqual({
      acceptOrganizationInvitation: true,
    });

    const ownerLeaves = 'mutation ($id: ID!) { leaveOrganization(input: { organizationId: $id }) }';
    expect(
      (await owner.call(ownerLeaves, { id: organizationId })).errors?.[0].extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_OWNER',
    });
    const otherId = (await other.call<{ viewer: { id: string } }>('{ viewer { id } }')).data!.viewer
      .id;
    const transferred = await owner.call<{ transferOrganizationOwnership: Org }>(
      `mutation ($org: ID!, $member: ID!) { transferOrganizationOwnership(input: { organizationId: $org, memberId: $member }) { ${FIELDS} } }`,
      { org: organizationId, member: otherId },
    );
    expect(transferred.data!.transferOrganizationOwnership).toMatchObject({
      viewerRole: 'ADMIN',
      members: [
        { role: 'OWNER', member: { handle: 'org-other' } },
        { role: 'ADMIN', member: { handle: 'org-owner' } },
      ],
    });
    // An admin may not remove the owner; the former owner can now leave.
    const remove =
      'mutation ($org: ID!, $member: ID!) { removeOrganizationMember(input: { organizationId: $org, memberId: $member }) { id } }';
    expect(
      (await owner.call(remove, { org: organizationId, member: otherId })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await owner.call(ownerLeaves, { id: organizationId })).data).toEqual({
      leaveOrganization: true,
    });

    // By email, before the person has an account: the invitation waits for their sign-up.
    expect(
      (await other.call(invite, { input: { organizationId, email: 'Newcomer@Example.org' } })).data,
    ).toEqual({
      inviteToOrganization: true,
    });
    const newcomer = await join('org-newcomer');
    await db.query(
      "UPDATE member SET email = 'newcomer@example.org' WHERE handle = 'org-newcomer'",
    );
    const waiting = await newcomer.call<{
      organizationInvitations: { organization: { slug: string } }[];
    }>('{ organizationInvitations { organization { slug } } }');
    expect(waiting.data!.organizationInvitations).toEqual([
      { organization: { slug: 'harbor-kitchen' } },
    ]);
  });

  it('pages through organizations by name with cursors, without repeats', async () => {
    for (const name of ['Alpha Labs', 'Beta Works', 'Gamma Space', 'Delta Capital']) {
      await other.call(CREATE, {
        input: { name, slug: name.toLowerCase().replace(' ', '-'), type: 'STARTUP' },
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const response: {
        data?: {
          organizations: {
            nodes: { name: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await app.graphql(LIST, { first: 2, after });
      const { nodes, pageInfo } = response.data!.organizations;
      seen.push(...nodes.map((n) => n.name));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'Alpha Labs',
      'Beta Works',
      'Delta Capital',
      'Gamma Space',
      'Harbor Kitchen Co.',
    ]);
    const tooMany = await app.graphql(LIST, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const badCursor = await app.graphql(LIST, { after: 'nonsense' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
