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

  describe('pending invitations', () => {
    const PENDING = `{ organization(slug: "zeta-studio") { pendingInvitations {
      id role invitedAt email member { handle displayName } invitedBy { handle displayName } } } }`;
    const INVITE =
      'mutation ($input: InviteToOrganizationInput!) { inviteToOrganization(input: $input) }';
    const CANCEL = `mutation ($id: ID!) { cancelOrganizationInvitation(input: { invitationId: $id }) {
      slug pendingInvitations { id email member { handle } } } }`;
    const MINE = '{ organizationInvitations { id invitedBy { id handle displayName } } }';
    type Pending = {
      id: string;
      role: string;
      invitedAt: string;
      email: string | null;
      member: { handle: string } | null;
      invitedBy: { handle: string } | null;
    };
    let zetaOwner: TestSession;
    let zetaAdmin: TestSession;
    let zetaMember: TestSession;
    let invitee: TestSession;
    let organizationId = '';

    async function pending(session: TestSession | TestApp): Promise<Pending[] | null> {
      const response =
        session instanceof TestSession
          ? await session.call<{ organization: { pendingInvitations: Pending[] | null } }>(PENDING)
          : await session.graphql<{ organization: { pendingInvitations: Pending[] | null } }>(
              PENDING,
            );
      expect(response.errors).toBeUndefined();
      return response.data!.organization.pendingInvitations;
    }

    /** Joins by the real flow: an invitation by handle, accepted with a confirmed email. */
    async function addToZeta(session: TestSession, handle: string, role: 'ADMIN' | 'MEMBER') {
      await zetaOwner.call(INVITE, { input: { organizationId, handle, role } });
      await app.app
        .get(DataSource)
        .query('UPDATE member SET email_verified_at = now() WHERE handle = $1', [handle]);
      const [mine] = (await session.call<{ organizationInvitations: { id: string }[] }>(MINE)).data!
        .organizationInvitations;
      const accepted = await session.call(
        'mutation ($id: ID!) { acceptOrganizationInvitation(input: { invitationId: $id }) }',
        { id: mine.id },
      );
      expect(accepted.errors).toBeUndefined();
      return mine.id;
    }

    let answeredId = '';

    beforeAll(async () => {
      zetaOwner = await join('zeta-owner');
      zetaAdmin = await join('zeta-admin');
      zetaMember = await join('zeta-member');
      invitee = await join('zeta-invitee');
      const created = await zetaOwner.call<{ createOrganization: Org }>(CREATE, {
        input: { name: 'Zeta Studio', slug: 'zeta-studio', type: 'STARTUP' },
      });
      organizationId = created.data!.createOrganization.id;
      answeredId = await addToZeta(zetaAdmin, 'zeta-admin', 'ADMIN');
      await addToZeta(zetaMember, 'zeta-member', 'MEMBER');
    });

    it("shows them to owners and admins: a member by name, never a member's own address", async () => {
      expect(await pending(zetaOwner)).toEqual([]);
      await zetaOwner.call(INVITE, { input: { organizationId, handle: 'zeta-invitee' } });
      await zetaAdmin.call(INVITE, {
        input: { organizationId, email: 'Someone@Elsewhere.example', role: 'ADMIN' },
      });

      const seen = (await pending(zetaOwner))!;
      expect(seen.map(({ id: _id, invitedAt: _at, ...shown }) => shown)).toEqual([
        {
          role: 'ADMIN',
          email: 'someone@elsewhere.example',
          member: null,
          invitedBy: { handle: 'zeta-admin', displayName: 'zeta-admin' },
        },
        {
          role: 'MEMBER',
          email: null,
          member: { handle: 'zeta-invitee', displayName: 'zeta-invitee' },
          invitedBy: { handle: 'zeta-owner', displayName: 'zeta-owner' },
        },
      ]);
      expect(seen[1].invitedAt <= seen[0].invitedAt).toBe(true);
      expect(JSON.stringify(seen)).not.toContain('zeta-invitee@example.org');
      expect(await pending(zetaAdmin)).toEqual(seen);
    });

    it('shows them to nobody else', async () => {
      expect(await pending(zetaMember)).toBeNull();
      expect(await pending(invitee)).toBeNull();
      expect(await pending(staff)).toBeNull();
      expect(await pending(app)).toBeNull();
      // In a list too, where each organization is the viewer's to manage or not.
      const listed = await zetaOwner.call<{
        organizations: { nodes: { slug: string; pendingInvitations: unknown[] | null }[] };
      }>('{ organizations(first: 100) { nodes { slug pendingInvitations { id } } } }');
      const counts = Object.fromEntries(
        listed.data!.organizations.nodes.map((n) => [n.slug, n.pendingInvitations?.length ?? null]),
      );
      expect(counts).toMatchObject({ 'zeta-studio': 2, 'harbor-kitchen': null });
    });

    it('tells the invitee who sent it', async () => {
      const ownerId = (await zetaOwner.call<{ viewer: { id: string } }>('{ viewer { id } }')).data!
        .viewer.id;
      const mine = await invitee.call<{
        organizationInvitations: { invitedBy: Record<string, string> | null }[];
      }>(MINE);
      expect(mine.data!.organizationInvitations.map((i) => i.invitedBy)).toEqual([
        { id: ownerId, handle: 'zeta-owner', displayName: 'zeta-owner' },
      ]);
    });

    it('lets owners and admins cancel one, and nobody else', async () => {
      const [byEmail, byHandle] = (await pending(zetaOwner))!;
      for (const session of [zetaMember, invitee, staff]) {
        const refused = await session.call(CANCEL, { id: byHandle.id });
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'ORGANIZATION_ROLE_REQUIRED',
        });
      }
      const anonymous = await app.graphql(CANCEL, { id: byHandle.id });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await pending(zetaOwner)).toHaveLength(2);

      const cancelled = await zetaAdmin.call<{ cancelOrganizationInvitation: unknown }>(CANCEL, {
        id: byHandle.id,
      });
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data!.cancelOrganizationInvitation).toEqual({
        slug: 'zeta-studio',
        pendingInvitations: [{ id: byEmail.id, email: 'someone@elsewhere.example', member: null }],
      });
      const again = await zetaOwner.call(CANCEL, { id: byHandle.id });
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'INVITATION_NOT_FOUND',
        field: 'invitationId',
      });

      expect((await zetaOwner.call(CANCEL, { id: byEmail.id })).errors).toBeUndefined();
      expect(await pending(zetaOwner)).toEqual([]);
    });

    it('refuses an unknown, answered or malformed invitation, naming invitationId', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', answeredId]) {
        const response = await zetaOwner.call(CANCEL, { id });
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'NOT_FOUND',
          field: 'invitationId',
        });
      }
      const malformed = await zetaOwner.call(CANCEL, { id: 'not-an-id' });
      expect(malformed.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'invitationId',
      });
    });

    it('takes a cancelled invitation off the invitee’s list; it can no longer be accepted', async () => {
      const db = app.app.get(DataSource);
      await db.query("UPDATE member SET email_verified_at = now() WHERE handle = 'zeta-invitee'");
      const [{ id }] = await db.query<{ id: string }[]>(
        `SELECT i.id FROM organization_invitation i JOIN member m ON m.id = i.invitee_member_id
         WHERE m.handle = 'zeta-invitee' AND i.cancelled_at IS NOT NULL`,
      );
      expect((await invitee.call<{ organizationInvitations: unknown[] }>(MINE)).data).toEqual({
        organizationInvitations: [],
      });
      const accept = await invitee.call(
        'mutation ($id: ID!) { acceptOrganizationInvitation(input: { invitationId: $id }) }',
        { id },
      );
      expect(accept.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'invitationId',
      });
      const members = await zetaOwner.call<{ organization: { members: unknown[] } }>(
        '{ organization(slug: "zeta-studio") { members { role } } }',
      );
      expect(members.data!.organization.members).toHaveLength(3);

      // Withdrawn is not pending: the same person may be invited again.
      const reinvited = await zetaOwner.call(INVITE, {
        input: { organizationId, handle: 'zeta-invitee' },
      });
      expect(reinvited.data).toEqual({ inviteToOrganization: true });
      expect(
        (await invitee.call<{ organizationInvitations: unknown[] }>(MINE)).data!
          .organizationInvitations,
      ).toHaveLength(1);
    });

    it('names no sender once that member has deleted their account', async () => {
      await zetaAdmin.call(INVITE, { input: { organizationId, email: 'later@elsewhere.example' } });
      const deleted = await zetaAdmin.call(
        'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }',
        { input: { password: PASSWORD } },
      );
      expect(deleted.errors).toBeUndefined();
      const byEmail = (await pending(zetaOwner))!.find(
        (i) => i.email === 'later@elsewhere.example',
      );
      expect(byEmail).toMatchObject({ invitedBy: null, member: null });
    });
  });
});
