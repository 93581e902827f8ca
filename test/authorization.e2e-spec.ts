import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

type Actor = 'anonymous' | 'owner' | 'member' | 'connector' | 'staff' | 'admin';
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ACTORS: Actor[] = ['anonymous', 'owner', 'member', 'connector', 'staff', 'admin'];
const PASSWORD = 'matrix-test-passphrase';

const everyone = (): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, 'allowed'])) as Record<Actor, Outcome>;
const signedIn = (): Record<Actor, Outcome> => ({ ...everyone(), anonymous: 'UNAUTHENTICATED' });
const ownerOnly = (): Record<Actor, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  owner: 'allowed',
  member: 'FORBIDDEN',
  connector: 'FORBIDDEN',
  staff: 'FORBIDDEN',
  admin: 'FORBIDDEN',
});
const staffOnly = (): Record<Actor, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  owner: 'FORBIDDEN',
  member: 'FORBIDDEN',
  connector: 'FORBIDDEN',
  staff: 'allowed',
  admin: 'allowed',
});
const adminOnly = (): Record<Actor, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  owner: 'FORBIDDEN',
  member: 'FORBIDDEN',
  connector: 'FORBIDDEN',
  staff: 'FORBIDDEN',
  admin: 'allowed',
});

/**
 * Every mutation, called by each kind of caller against the owner's account. "allowed" means the
 * access rules let the call through (it may still fail on its input, which is not an access error).
 */
const MATRIX: Record<string, { query: string; expect: Record<Actor, Outcome> }> = {
  signUp: {
    query: `mutation { signUp(input: { email: "x@example.org", handle: "bad handle", displayName: "X", password: "x" }) { accessToken } }`,
    expect: everyone(),
  },
  signIn: {
    query: `mutation { signIn(input: { email: "nobody@example.org", password: "nothing-at-all" }) { accessToken } }`,
    expect: everyone(),
  },
  refreshSession: { query: 'mutation { refreshSession { accessToken } }', expect: everyone() },
  signOut: { query: 'mutation { signOut }', expect: everyone() },
  verifyEmail: {
    query: 'mutation { verifyEmail(input: { token: "not-a-real-token-value" }) { email } }',
    expect: everyone(),
  },
  requestPasswordReset: {
    query: 'mutation { requestPasswordReset(input: { email: "nobody@example.org" }) }',
    expect: everyone(),
  },
  resetPassword: {
    query: 'mutation { resetPassword(input: { token: "not-a-real-token-value", password: "x" }) }',
    expect: everyone(),
  },
  changePassword: {
    query:
      'mutation { changePassword(input: { currentPassword: "wrong-password", newPassword: "x" }) }',
    expect: signedIn(),
  },
  changeEmail: {
    query:
      'mutation { changeEmail(input: { newEmail: "new@example.org", password: "wrong-password" }) }',
    expect: signedIn(),
  },
  updateProfile: {
    query: 'mutation { updateProfile(input: { headline: "Testing access" }) { headline } }',
    expect: signedIn(),
  },
  exportMyData: { query: 'mutation { exportMyData }', expect: signedIn() },
  deleteMyAccount: {
    query: 'mutation { deleteMyAccount(input: { password: "not-the-password" }) }',
    expect: signedIn(),
  },
  createOrganization: {
    query:
      'mutation { createOrganization(input: { name: "X", slug: "Not A Slug", type: STARTUP }) { id } }',
    expect: signedIn(),
  },
  updateOrganization: {
    query:
      'mutation ($orgId: ID!) { updateOrganization(input: { id: $orgId, description: "Edited" }) { id } }',
    expect: ownerOnly(),
  },
  requestOrganizationVerification: {
    query:
      'mutation ($orgId: ID!) { requestOrganizationVerification(input: { organizationId: $orgId }) { id } }',
    expect: ownerOnly(),
  },
  requestConnection: {
    query:
      'mutation ($id: ID!) { requestConnection(input: { memberId: $id, note: "Hello" }) { id } }',
    expect: signedIn(),
  },
  acceptConnection: {
    query:
      'mutation { acceptConnection(input: { requestId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  declineConnection: {
    query:
      'mutation { declineConnection(input: { requestId: "00000000-0000-4000-8000-000000000000" }) }',
    expect: signedIn(),
  },
  withdrawConnectionRequest: {
    query:
      'mutation { withdrawConnectionRequest(input: { requestId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  removeConnection: {
    query: 'mutation ($id: ID!) { removeConnection(input: { memberId: $id }) { id } }',
    expect: signedIn(),
  },
  blockMember: {
    query: 'mutation { blockMember(input: { memberId: "00000000-0000-4000-8000-000000000000" }) }',
    expect: signedIn(),
  },
  unblockMember: {
    query: 'mutation ($id: ID!) { unblockMember(input: { memberId: $id }) }',
    expect: signedIn(),
  },
  dismissSuggestion: {
    query:
      'mutation { dismissSuggestion(input: { memberId: "00000000-0000-4000-8000-000000000000" }) }',
    expect: signedIn(),
  },
  proposeIntroduction: {
    query:
      'mutation ($id: ID!) { proposeIntroduction(input: { memberAId: $id, memberBId: "00000000-0000-4000-8000-000000000000", note: "Meet" }) { id } }',
    expect: signedIn(),
  },
  answerIntroduction: {
    query:
      'mutation { answerIntroduction(input: { introductionId: "00000000-0000-4000-8000-000000000000", accept: true }) { id } }',
    expect: signedIn(),
  },
  recordIntroductionOutcome: {
    query:
      'mutation { recordIntroductionOutcome(input: { introductionId: "00000000-0000-4000-8000-000000000000", kind: MET }) { id } }',
    expect: signedIn(),
  },
  requestIntroduction: {
    query:
      'mutation ($id: ID!) { requestIntroduction(input: { introducerId: $id, targetId: "00000000-0000-4000-8000-000000000000", reason: "Please" }) { id } }',
    expect: signedIn(),
  },
  forwardIntroductionRequest: {
    query:
      'mutation { forwardIntroductionRequest(input: { requestId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  declineIntroductionRequest: {
    query:
      'mutation { declineIntroductionRequest(input: { requestId: "00000000-0000-4000-8000-000000000000", note: "No" }) { id } }',
    expect: signedIn(),
  },
  sendMessage: {
    query:
      'mutation { sendMessage(input: { conversationId: "00000000-0000-4000-8000-000000000000", body: "Hello" }) { id } }',
    expect: signedIn(),
  },
  markConversationRead: {
    query:
      'mutation { markConversationRead(input: { conversationId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  verifyOrganization: {
    query:
      'mutation ($orgId: ID!) { verifyOrganization(input: { organizationId: $orgId, verified: false }) { id } }',
    expect: staffOnly(),
  },
  inviteToOrganization: {
    query:
      'mutation ($orgId: ID!) { inviteToOrganization(input: { organizationId: $orgId, email: "guest@example.org" }) }',
    expect: ownerOnly(),
  },
  acceptOrganizationInvitation: {
    query:
      'mutation { acceptOrganizationInvitation(input: { invitationId: "00000000-0000-4000-8000-000000000000" }) }',
    expect: signedIn(),
  },
  declineOrganizationInvitation: {
    query:
      'mutation { declineOrganizationInvitation(input: { invitationId: "00000000-0000-4000-8000-000000000000" }) }',
    expect: signedIn(),
  },
  cancelOrganizationInvitation: {
    query:
      'mutation ($invitationId: ID!) { cancelOrganizationInvitation(input: { invitationId: $invitationId }) { id } }',
    expect: ownerOnly(),
  },
  leaveOrganization: {
    query: 'mutation ($orgId: ID!) { leaveOrganization(input: { organizationId: $orgId }) }',
    expect: signedIn(),
  },
  removeOrganizationMember: {
    query:
      'mutation ($orgId: ID!, $id: ID!) { removeOrganizationMember(input: { organizationId: $orgId, memberId: $id }) { id } }',
    expect: ownerOnly(),
  },
  transferOrganizationOwnership: {
    query:
      'mutation ($orgId: ID!, $id: ID!) { transferOrganizationOwnership(input: { organizationId: $orgId, memberId: $id }) { id } }',
    expect: ownerOnly(),
  },
  markNotificationsRead: {
    query: 'mutation { markNotificationsRead(input: {}) }',
    expect: signedIn(),
  },
  updateNotificationSettings: {
    query:
      'mutation { updateNotificationSettings(input: { preferences: [{ type: MESSAGE_RECEIVED, channel: EMAIL }], dailyDigest: true }) { dailyDigest } }',
    expect: signedIn(),
  },
  setMemberRoles: {
    query:
      'mutation ($id: ID!) { setMemberRoles(input: { memberId: $id, roles: [MEMBER, CONNECTOR] }) { roles } }',
    expect: adminOnly(),
  },
  createOpportunity: {
    // For the owner's organization: only its owners and admins may post for it.
    query:
      'mutation ($orgId: ID!) { createOpportunity(input: { organizationId: $orgId, kind: JOB, title: "Matrix job" }) { id } }',
    expect: ownerOnly(),
  },
  updateOpportunity: {
    query:
      'mutation { updateOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000", title: "Matrix" }) { id } }',
    expect: signedIn(),
  },
  publishOpportunity: {
    query:
      'mutation { publishOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  closeOpportunity: {
    query:
      'mutation { closeOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  expressInterest: {
    query:
      'mutation { expressInterest(input: { opportunityId: "00000000-0000-4000-8000-000000000000", message: "Hi" }) { id } }',
    expect: signedIn(),
  },
  withdrawInterest: {
    query:
      'mutation { withdrawInterest(input: { opportunityId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  saveOpportunity: {
    query:
      'mutation { saveOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  unsaveOpportunity: {
    query:
      'mutation { unsaveOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000" }) { id } }',
    expect: signedIn(),
  },
  recordInterestOutcome: {
    query:
      'mutation { recordInterestOutcome(input: { interestId: "00000000-0000-4000-8000-000000000000", kind: MET }) { id } }',
    expect: signedIn(),
  },
  dismissMatch: {
    query:
      'mutation { dismissMatch(input: { targetId: "00000000-0000-4000-8000-000000000000", reason: NOT_RELEVANT }) }',
    expect: signedIn(),
  },
  undismissMatch: {
    query:
      'mutation { undismissMatch(input: { targetId: "00000000-0000-4000-8000-000000000000" }) }',
    expect: signedIn(),
  },
  reviewOpportunity: {
    query:
      'mutation { reviewOpportunity(input: { opportunityId: "00000000-0000-4000-8000-000000000000", approve: true }) { id } }',
    expect: staffOnly(),
  },
  applyAsConnector: {
    query:
      'mutation { applyAsConnector(input: { motivation: "Too short", sectors: ["72"], communities: ["Vendors"], languages: ["en"] }) { id } }',
    expect: signedIn(),
  },
  withdrawConnectorApplication: {
    query: 'mutation { withdrawConnectorApplication { id } }',
    expect: signedIn(),
  },
  decideConnectorApplication: {
    query:
      'mutation { decideConnectorApplication(input: { applicationId: "00000000-0000-4000-8000-000000000000", approve: true }) { id } }',
    expect: staffOnly(),
  },
  reportContent: {
    // An unknown target, so that the matrix itself hides nothing.
    query:
      'mutation { reportContent(input: { targetType: MEMBER, targetId: "00000000-0000-4000-8000-000000000000", reason: SPAM }) { id } }',
    expect: signedIn(),
  },
  moderateCase: {
    query:
      'mutation { moderateCase(input: { caseId: "00000000-0000-4000-8000-000000000000", action: DISMISS }) { id } }',
    expect: staffOnly(),
  },
  moderateCases: {
    query:
      'mutation { moderateCases(input: { caseIds: ["00000000-0000-4000-8000-000000000000"], action: DISMISS }) { cases { id } } }',
    expect: staffOnly(),
  },
};

/**
 * Queries that are not open to everyone, or that are new: the same check as for mutations.
 * (Public queries may still hide what the caller may not see; that is each module's own test.)
 */
const QUERY_MATRIX: Record<string, { query: string; expect: Record<Actor, Outcome> }> = {
  opportunity: {
    query: '{ opportunity(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: everyone(),
  },
  opportunities: { query: '{ opportunities(first: 5) { nodes { id } } }', expect: everyone() },
  savedOpportunities: {
    query: '{ savedOpportunities { nodes { id } } }',
    expect: signedIn(),
  },
  myOpportunityInterests: {
    query: '{ myOpportunityInterests { nodes { id } } }',
    expect: signedIn(),
  },
  renderMarkdown: { query: '{ renderMarkdown(markdown: "**Hi**") }', expect: signedIn() },
  recommendations: {
    query: '{ recommendations(first: 5) { score } }',
    expect: signedIn(),
  },
  candidatesForOpportunity: {
    query:
      'query ($opportunityId: ID!) { candidatesForOpportunity(opportunityId: $opportunityId) { score } }',
    // The poster (the owner), and city staff.
    expect: { ...ownerOnly(), staff: 'allowed', admin: 'allowed' },
  },
  search: {
    query: '{ search(query: "bakery", filter: { types: [ORGANIZATION] }) { totalCount } }',
    expect: everyone(),
  },
  myReports: { query: '{ myReports { nodes { id } } }', expect: signedIn() },
  moderationQueue: {
    query: '{ moderationQueue(first: 5) { totalCount nodes { id } } }',
    expect: staffOnly(),
  },
  moderationCase: {
    query: '{ moderationCase(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: staffOnly(),
  },
  moderationQueueCounts: { query: '{ moderationQueueCounts { open } }', expect: staffOnly() },
  signUpFormToken: { query: '{ signUpFormToken }', expect: everyone() },
  'search in my network': {
    query: '{ search(query: "bakery", filter: { inMyNetwork: true }) { totalCount } }',
    expect: signedIn(),
  },
  opportunitiesInReview: {
    query: '{ opportunitiesInReview { nodes { id } } }',
    expect: staffOnly(),
  },
  organizationsPendingVerification: {
    query: '{ organizationsPendingVerification { nodes { id } } }',
    expect: staffOnly(),
  },
  myConnectorApplication: { query: '{ myConnectorApplication { id } }', expect: signedIn() },
  connectorApplications: {
    query: '{ connectorApplications { nodes { id } } }',
    expect: staffOnly(),
  },
  connectorOverview: {
    query: '{ connectorOverview { nodes { approvedAt } } }',
    expect: staffOnly(),
  },
  auditLog: { query: '{ auditLog(first: 5) { nodes { id action } } }', expect: adminOnly() },
  auditActions: { query: '{ auditActions }', expect: adminOnly() },
  ecosystemInsights: {
    query: '{ ecosystemInsights { generatedAt figures { key value } } }',
    expect: staffOnly(),
  },
};

describe('authorization matrix: every mutation for every kind of caller', () => {
  let app: TestApp;
  const sessions = new Map<Actor, TestSession>();
  let ownerId = '';
  let orgId = '';
  let invitationId = '';
  let opportunityId = '';

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    const roles: Record<Exclude<Actor, 'anonymous'>, string[]> = {
      owner: ['MEMBER'],
      member: ['MEMBER'],
      connector: ['MEMBER', 'CONNECTOR'],
      staff: ['MEMBER', 'STAFF'],
      admin: ['MEMBER', 'STAFF', 'ADMIN'],
    };
    sessions.set('anonymous', new TestSession(app));
    for (const [actor, actorRoles] of Object.entries(roles) as [Actor, string[]][]) {
      const session = new TestSession(app);
      const email = `${actor}@matrix.example.org`;
      const signUp = await session.call<{ signUp: { viewer: { id: string } } }>(
        'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
        {
          input: {
            email,
            handle: `matrix-${actor}`,
            displayName: `Matrix ${actor}`,
            password: PASSWORD,
          },
        },
      );
      const id = signUp.data!.signUp.viewer.id;
      if (actor === 'owner') ownerId = id;
      await app.app
        .get(DataSource)
        .query('UPDATE member SET roles = $2 WHERE id = $1', [id, actorRoles]);
      // Sign in again so that the access token carries the roles.
      await session.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        {
          input: { email, password: PASSWORD },
        },
      );
      sessions.set(actor, session);
    }
    const created = await sessions
      .get('owner')!
      .call<{ createOrganization: { id: string } }>(
        'mutation { createOrganization(input: { name: "Matrix Bakery", slug: "matrix-bakery", type: SMALL_BUSINESS }) { id } }',
      );
    orgId = created.data!.createOrganization.id;
    // The owner's own invitation, so that others are refused on their role, not on a lookup.
    await sessions
      .get('owner')!
      .call(
        'mutation ($orgId: ID!) { inviteToOrganization(input: { organizationId: $orgId, email: "pending@matrix.example.org" }) }',
        { orgId },
      );
    const invited = await sessions.get('owner')!.call<{
      organization: { pendingInvitations: { id: string }[] };
    }>('{ organization(slug: "matrix-bakery") { pendingInvitations { id } } }');
    invitationId = invited.data!.organization.pendingInvitations[0].id;
    // The owner's published opportunity, posted for the organization.
    const posted = await sessions
      .get('owner')!
      .call<{ createOpportunity: { id: string } }>(
        'mutation ($orgId: ID!) { createOpportunity(input: { organizationId: $orgId, kind: FUNDING, subkind: LOAN, title: "Matrix loans", publish: true }) { id } }',
        { orgId },
      );
    opportunityId = posted.data!.createOpportunity.id;
  });
  afterAll(() => app?.close());

  it('covers every mutation in the schema', () => {
    const { schema } = app.app.get(GraphQLSchemaHost);
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(mutations);
  });

  for (const [mutation, { query, expect: expected }] of Object.entries(MATRIX)) {
    it(`${mutation}: ${ACTORS.map((a) => `${a} ${expected[a]}`).join(', ')}`, async () => {
      for (const actor of ACTORS) {
        // Sign-out and refresh change the session: use a copy so that the next calls keep theirs.
        const original = sessions.get(actor)!;
        const session = Object.assign(new TestSession(app), {
          cookie:
            mutation === 'signOut' || mutation === 'refreshSession' ? undefined : original.cookie,
          accessToken: original.accessToken,
        });
        const response = await session.call(query, {
          id: ownerId,
          orgId,
          invitationId,
          opportunityId,
        });
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        const outcome: Outcome = codes.includes('FORBIDDEN')
          ? 'FORBIDDEN'
          : codes.includes('UNAUTHENTICATED') && !['signIn', 'refreshSession'].includes(mutation)
            ? 'UNAUTHENTICATED'
            : 'allowed';
        expect(`${actor}: ${outcome}`).toBe(`${actor}: ${expected[actor]}`);
      }
    });
  }

  for (const [name, { query, expect: expected }] of Object.entries(QUERY_MATRIX)) {
    it(`${name}: ${ACTORS.map((a) => `${a} ${expected[a]}`).join(', ')}`, async () => {
      for (const actor of ACTORS) {
        const response = await sessions.get(actor)!.call(query, { opportunityId });
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        const outcome: Outcome = codes.includes('FORBIDDEN')
          ? 'FORBIDDEN'
          : codes.includes('UNAUTHENTICATED')
            ? 'UNAUTHENTICATED'
            : 'allowed';
        expect(`${actor}: ${outcome}`).toBe(`${actor}: ${expected[actor]}`);
        if (outcome === 'allowed') expect(response.errors).toBeUndefined();
      }
    });
  }

  it('setMemberRoles keeps MEMBER and refuses to demote the last admin', async () => {
    const admin = sessions.get('admin')!;
    const adminId = (await admin.call<{ viewer: { id: string } }>('{ viewer { id } }')).data!.viewer
      .id;
    const set =
      'mutation ($id: ID!, $roles: [Role!]!) { setMemberRoles(input: { memberId: $id, roles: $roles }) { roles } }';
    expect((await admin.call(set, { id: ownerId, roles: ['CONNECTOR'] })).data).toEqual({
      setMemberRoles: { roles: ['MEMBER', 'CONNECTOR'] },
    });
    const last = await admin.call(set, { id: adminId, roles: ['MEMBER'] });
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    const unknown = await admin.call(set, {
      id: '00000000-0000-4000-8000-000000000000',
      roles: [],
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
  });

  it('a demotion takes effect at once, whatever the access token says', async () => {
    const admin = sessions.get('admin')!;
    const staff = sessions.get('staff')!;
    const staffId = (await staff.call<{ viewer: { id: string } }>('{ viewer { id } }')).data!.viewer
      .id;
    const set =
      'mutation ($id: ID!, $roles: [Role!]!) { setMemberRoles(input: { memberId: $id, roles: $roles }) { roles } }';
    const verify =
      'mutation ($orgId: ID!) { verifyOrganization(input: { organizationId: $orgId, verified: false }) { id } }';
    expect((await staff.call(verify, { orgId })).errors).toBeUndefined();

    await admin.call(set, { id: staffId, roles: ['MEMBER'] });
    // The same access token, still valid for minutes, no longer carries the role's power.
    const refused = await staff.call(verify, { orgId });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    await admin.call(set, { id: staffId, roles: ['STAFF'] });
    expect((await staff.call(verify, { orgId })).errors).toBeUndefined();
  });
});
