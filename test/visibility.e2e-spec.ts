import { DataSource } from 'typeorm';
import { MembersService } from '../src/modules/members/members.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'visibility-passphrase';

const MEMBER = `query ($id: ID, $handle: String) { member(id: $id, handle: $handle) {
  id handle moderation { hidden suspendedUntil suspendedIndefinitely restricted }
  organizations { organization { slug } } } }`;
const CONNECTIONS = `query ($memberId: ID) { connections(memberId: $memberId, first: 50) {
  nodes { handle } } }`;
const MUTUAL = 'query ($id: ID!) { mutualConnections(memberId: $id) { handle } }';
const PEOPLE = '{ peopleYouMayKnow(first: 20) { member { handle } mutualConnectionCount } }';
const PATH = 'query ($id: ID!) { introductionPath(memberId: $id) { members { handle } } }';
const REQUESTS = `{ connectionRequests(direction: RECEIVED) { nodes { sender { handle } } } }`;
const NOTIFICATIONS =
  '{ notifications { nodes { type actor { handle } } } unreadNotificationCount }';
const SEARCH = `query ($query: String!) { search(query: $query, first: 50) {
  totalCount
  nodes { target { __typename ... on Member { id } ... on Organization { id } ... on Opportunity { id } } }
  facets { types { value count } } } }`;
const RECOMMENDATIONS = `{ recommendations(first: 50) {
  connectors { handle }
  target { __typename ... on Member { id } ... on Organization { id } ... on Opportunity { id } } } }`;
const CANDIDATES = `query ($id: ID!) { candidatesForOpportunity(opportunityId: $id, first: 50) {
  target { __typename ... on Member { id } ... on Organization { id } } } }`;
const ORGANIZATION = `query ($slug: String!) { organization(slug: $slug) {
  id hidden members { member { handle } } } }`;
const ORGANIZATIONS = '{ organizations(first: 100) { nodes { slug hidden } } }';
const OPPORTUNITY = `query ($id: ID!) { opportunity(id: $id) { id hidden
  organization { slug } poster { handle } } }`;
const OPPORTUNITIES = '{ opportunities(first: 100) { nodes { id } } }';
const SAVED = '{ savedOpportunities(first: 50) { nodes { id } } }';
const INTERESTS = '{ myOpportunityInterests { nodes { opportunity { id } } } }';
const SEND = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) {
  id conversationId body hidden } }`;
const MESSAGES = `query ($id: ID!) {
  messages(conversationId: $id) { nodes { id body hidden isOwn sender { handle } } }
  conversation(conversationId: $id) { canSend others { handle } lastMessage { body hidden } } }`;

interface Person {
  id: string;
  handle: string;
  session: TestSession;
}
interface Statement {
  category: string;
  text: string;
}
interface Profile {
  headline?: string;
  sectors?: string[];
  neighborhood?: string;
  needs?: Statement[];
  offers?: Statement[];
}
interface Target {
  __typename: string;
  id: string;
}

const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

describe('visibility of what moderation hides', () => {
  let app: TestApp;
  let db: DataSource;
  let staff: Person;

  async function person(handle: string, profile: Profile = {}, roles?: string[]) {
    const session = new TestSession(app);
    const email = `${handle}@example.org`;
    const signUp = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      { input: { email, handle, displayName: handle, password: PASSWORD } },
    );
    expect(signUp.errors).toBeUndefined();
    const id = signUp.data!.signUp.viewer.id;
    if (Object.keys(profile).length > 0) {
      const updated = await session.call(
        'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
        { input: profile },
      );
      expect(updated.errors).toBeUndefined();
    }
    if (roles) {
      await db.query('UPDATE member SET roles = $2 WHERE id = $1', [id, roles]);
      const signIn = await session.call(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email, password: PASSWORD } },
      );
      expect(signIn.errors).toBeUndefined();
    }
    return { id, handle, session };
  }

  async function organization(
    owner: Person,
    slug: string,
    fields: Record<string, unknown> = {},
    members: Person[] = [],
  ): Promise<string> {
    const created = await owner.session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: slug, slug, type: 'LENDER', ...fields } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createOrganization.id;
    for (const member of members) {
      await db.query(
        "INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'MEMBER')",
        [id, member.id],
      );
    }
    return id;
  }

  async function opportunity(poster: Person, input: Record<string, unknown>): Promise<string> {
    const created = await poster.session.call<{
      createOpportunity: { id: string; status: string };
    }>(
      `mutation ($input: CreateOpportunityInput!) {
         createOpportunity(input: $input) { id status } }`,
      { input: { kind: 'FUNDING', publish: true, ...input } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOpportunity.status).toBe('PUBLISHED');
    return created.data!.createOpportunity.id;
  }

  async function connect(a: Person, b: Person): Promise<void> {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function data<T>(who: Person | null, query: string, variables?: Record<string, unknown>) {
    const response = who
      ? await who.session.call<T>(query, variables)
      : await app.graphql<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  const member = (who: Person | null, id: string) =>
    data<{
      member: {
        id: string;
        moderation: {
          hidden: boolean;
          suspendedUntil: string | null;
          suspendedIndefinitely: boolean;
          restricted: boolean;
        } | null;
        organizations: { organization: { slug: string } }[];
      } | null;
    }>(who, MEMBER, { id }).then((d) => d.member);
  const handles = (nodes: { handle: string }[]) => nodes.map((node) => node.handle);
  const searchIds = async (who: Person | null, query: string) => {
    const { search } = await data<{
      search: {
        totalCount: number;
        nodes: { target: Target }[];
        facets: { types: { value: string; count: number }[] };
      };
    }>(who, SEARCH, { query });
    return {
      ids: search.nodes.map((node) => node.target.id),
      total: search.totalCount,
      types: Object.fromEntries(search.facets.types.map((f) => [f.value, f.count])),
    };
  };
  const recommended = async (who: Person) =>
    (
      await data<{ recommendations: { target: Target }[] }>(who, RECOMMENDATIONS)
    ).recommendations.map((match) => match.target.id);
  const candidates = async (who: Person, opportunityId: string) =>
    (
      await data<{ candidatesForOpportunity: { target: Target }[] }>(who, CANDIDATES, {
        id: opportunityId,
      })
    ).candidatesForOpportunity.map((match) => match.target.id);
  const opportunityOf = (who: Person | null, id: string) =>
    data<{
      opportunity: { id: string; hidden: boolean; organization: { slug: string } | null } | null;
    }>(who, OPPORTUNITY, { id }).then((d) => d.opportunity);
  const organizationOf = (who: Person | null, slug: string) =>
    data<{
      organization: {
        id: string;
        hidden: boolean;
        members: { member: { handle: string } }[];
      } | null;
    }>(who, ORGANIZATION, { slug }).then((d) => d.organization);
  const listed = async (who: Person | null) =>
    (
      await data<{ opportunities: { nodes: { id: string }[] } }>(who, OPPORTUNITIES)
    ).opportunities.nodes.map((node) => node.id);
  const directory = async (who: Person | null) =>
    (
      await data<{ organizations: { nodes: { slug: string; hidden: boolean }[] } }>(
        who,
        ORGANIZATIONS,
      )
    ).organizations.nodes;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    db = app.app.get(DataSource);
    // The sweep runs when the tests say so, not on its timer.
    app.app.get(MembersService).onModuleDestroy();
    staff = await person('vis-staff', {}, ['MEMBER', 'STAFF']);
  });
  afterAll(() => app?.close());

  it('a hidden member disappears for others everywhere, and comes back when unhidden', async () => {
    const hidden = await person('vis-hidden', {
      headline: 'Zephyrine lender',
      sectors: ['54'],
      neighborhood: 'roxbury',
      offers: [{ category: 'FUNDING', text: 'Zephyrine microloans for bakeries' }],
      needs: [{ category: 'MENTORSHIP', text: 'A mentor in retail' }],
    });
    const viewer = await person('vis-viewer', {
      sectors: ['54'],
      neighborhood: 'roxbury',
      needs: [{ category: 'FUNDING', text: 'A loan for my bakery' }],
    });
    const middle = await person('vis-middle');
    const other = await person('vis-other', { needs: [{ category: 'MENTORSHIP', text: 'Help' }] });
    const far = await person('vis-far');
    const poster = await person('vis-poster');
    // viewer – middle – hidden – far; middle – other – hidden: hidden and other are the viewer's
    // second degree, far is three hops away through hidden (a connection middle and far share).
    await connect(viewer, middle);
    await connect(middle, hidden);
    await connect(middle, other);
    await connect(hidden, far);
    await connect(hidden, other);
    await organization(poster, 'vis-hidden-workplace', {}, [hidden]);
    const own = await opportunity(hidden, { title: 'Zephyrine starter grant' });
    const mentoring = await opportunity(poster, {
      kind: 'MENTORSHIP',
      title: 'Retail mentoring circle',
    });
    // The hidden member asked the viewer to connect, and wrote to the middle one.
    expect(
      (
        await hidden.session.call(
          'mutation ($id: ID!) { requestConnection(input: { memberId: $id }) { id } }',
          { id: viewer.id },
        )
      ).errors,
    ).toBeUndefined();
    const sent = await data<{ sendMessage: { conversationId: string } }>(hidden, SEND, {
      input: { recipientId: middle.id, body: 'Zephyrine rates are fixed' },
    });
    const conversation = sent.sendMessage.conversationId;

    const everywhere = async (expected: boolean) => {
      const present = (list: string[], id: string) => expect(list.includes(id)).toBe(expected);
      expect((await member(viewer, hidden.id)) !== null).toBe(expected);
      expect((await member(null, hidden.id)) !== null).toBe(expected);
      const byHandle = await data<{ member: unknown }>(viewer, MEMBER, { handle: hidden.handle });
      expect(byHandle.member !== null).toBe(expected);
      present(
        handles(
          (await data<{ connections: { nodes: { handle: string }[] } }>(middle, CONNECTIONS))
            .connections.nodes,
        ),
        hidden.handle,
      );
      present(
        handles(
          (await data<{ mutualConnections: { handle: string }[] }>(middle, MUTUAL, { id: far.id }))
            .mutualConnections,
        ),
        hidden.handle,
      );
      present(
        (
          await data<{ peopleYouMayKnow: { member: { handle: string } }[] }>(viewer, PEOPLE)
        ).peopleYouMayKnow.map((s) => s.member.handle),
        hidden.handle,
      );
      const path = await data<{ introductionPath: { members: { handle: string }[] } | null }>(
        viewer,
        PATH,
        { id: far.id },
      );
      expect(path.introductionPath !== null).toBe(expected);
      present(
        (
          await data<{ connectionRequests: { nodes: { sender: { handle: string } }[] } }>(
            viewer,
            REQUESTS,
          )
        ).connectionRequests.nodes.map((node) => node.sender.handle),
        hidden.handle,
      );
      const company = await organizationOf(viewer, 'vis-hidden-workplace');
      present(handles(company!.members.map((m) => m.member)), hidden.handle);
      const search = await searchIds(viewer, 'zephyrine');
      present(search.ids, hidden.id);
      present(search.ids, own);
      expect(search.total).toBe(expected ? 2 : 0);
      expect(search.types.MEMBER ?? 0).toBe(expected ? 1 : 0);
      present(await recommended(viewer), hidden.id);
      present(await recommended(viewer), own);
      present(await candidates(poster, mentoring), hidden.id);
      expect((await opportunityOf(viewer, own)) !== null).toBe(expected);
      present(await listed(viewer), own);
    };

    await everywhere(true);
    await db.query('UPDATE member SET hidden_at = now() WHERE id = $1', [hidden.id]);
    await everywhere(false);

    // The member sees themselves, their standing and their own things; so do staff.
    const self = await member(hidden, hidden.id);
    expect(self?.moderation).toEqual({
      hidden: true,
      suspendedUntil: null,
      suspendedIndefinitely: false,
      restricted: false,
    });
    expect((await member(staff, hidden.id))?.moderation?.hidden).toBe(true);
    expect((await member(viewer, viewer.id))?.moderation?.hidden).toBe(false);
    expect((await member(viewer, middle.id))?.moderation).toBeNull();
    expect(await opportunityOf(hidden, own)).toMatchObject({ hidden: true });
    expect(await opportunityOf(staff, own)).toMatchObject({ hidden: true });
    expect(await opportunityOf(poster, mentoring)).toMatchObject({ hidden: false });
    expect(
      handles((await organizationOf(staff, 'vis-hidden-workplace'))!.members.map((m) => m.member)),
    ).toContain(hidden.handle);
    expect(
      handles((await organizationOf(hidden, 'vis-hidden-workplace'))!.members.map((m) => m.member)),
    ).toContain(hidden.handle);
    // They keep their recommendations: hidden is not gone.
    expect((await hidden.session.call(RECOMMENDATIONS)).errors).toBeUndefined();

    // Their notification stays, with no way to their profile.
    const notified = await data<{
      notifications: { nodes: { type: string; actor: { handle: string } | null }[] };
      unreadNotificationCount: number;
    }>(viewer, NOTIFICATIONS);
    expect(notified.notifications.nodes).toEqual([{ type: 'CONNECTION_REQUESTED', actor: null }]);
    expect(notified.unreadNotificationCount).toBe(1);
    // What they wrote stays readable; nobody writes to them meanwhile.
    const thread = await data<{
      messages: { nodes: { body: string; sender: { handle: string } | null }[] };
      conversation: { canSend: boolean; others: { handle: string }[] };
    }>(middle, MESSAGES, { id: conversation });
    expect(thread.messages.nodes).toEqual([
      expect.objectContaining({ body: 'Zephyrine rates are fixed', sender: null }),
    ]);
    expect(thread.conversation).toMatchObject({ canSend: false, others: [] });
    const reply = await middle.session.call(SEND, {
      input: { conversationId: conversation, body: 'Hi' },
    });
    expect(errorOf(reply)).toMatchObject({ code: 'FORBIDDEN', reason: 'MESSAGING_NOT_ALLOWED' });
    const fresh = await viewer.session.call(SEND, {
      input: { recipientId: hidden.id, body: 'Hi' },
    });
    expect(errorOf(fresh)).toMatchObject({ code: 'NOT_FOUND', field: 'recipientId' });
    const ask = await viewer.session.call(
      'mutation ($id: ID!) { requestConnection(input: { memberId: $id }) { id } }',
      { id: hidden.id },
    );
    expect(errorOf(ask)).toMatchObject({ code: 'NOT_FOUND', reason: 'MEMBER_NOT_FOUND' });

    await db.query('UPDATE member SET hidden_at = NULL WHERE id = $1', [hidden.id]);
    await everywhere(true);
    expect((await member(hidden, hidden.id))?.moderation?.hidden).toBe(false);
  });

  it('a suspension hides the member until it is lifted or runs out (then the sweep restores search and matches)', async () => {
    const suspended = await person('vis-suspended', {
      headline: 'Quillwort consultant',
      offers: [{ category: 'LEGAL_ACCOUNTING', text: 'Quillwort bookkeeping' }],
    });
    const viewer = await person('vis-suspension-viewer', {
      needs: [{ category: 'LEGAL_ACCOUNTING', text: 'A bookkeeper' }],
    });
    const own = await opportunity(suspended, { title: 'Quillwort bookkeeping grant' });
    const visible = async (expected: boolean) => {
      expect((await member(viewer, suspended.id)) !== null).toBe(expected);
      expect((await opportunityOf(viewer, own)) !== null).toBe(expected);
      expect((await listed(viewer)).includes(own)).toBe(expected);
    };
    const projected = async (expected: boolean) => {
      const search = await searchIds(viewer, 'quillwort');
      expect(search.ids.includes(suspended.id)).toBe(expected);
      expect(search.ids.includes(own)).toBe(expected);
      expect((await recommended(viewer)).includes(suspended.id)).toBe(expected);
    };
    await visible(true);
    await projected(true);

    // Indefinitely, then lifted.
    await db.query('UPDATE member SET suspended_at = now(), suspended_until = NULL WHERE id = $1', [
      suspended.id,
    ]);
    await visible(false);
    await projected(false);
    const standing = await member(staff, suspended.id);
    expect(standing?.moderation).toMatchObject({
      suspendedIndefinitely: true,
      suspendedUntil: null,
    });
    await db.query('UPDATE member SET suspended_at = NULL WHERE id = $1', [suspended.id]);
    await visible(true);
    await projected(true);

    // Until a time: it runs out without any write.
    await db.query(
      "UPDATE member SET suspended_at = now(), suspended_until = now() + interval '2 seconds' WHERE id = $1",
      [suspended.id],
    );
    await visible(false);
    await projected(false);
    const until = (await member(staff, suspended.id))?.moderation;
    expect(until?.suspendedIndefinitely).toBe(false);
    expect(new Date(until!.suspendedUntil!).getTime()).toBeGreaterThan(Date.now() - 5000);
    await db.query('SELECT pg_sleep(2.5)');
    // Reads check the time themselves: back at once.
    await visible(true);
    expect((await member(staff, suspended.id))?.moderation).toMatchObject({
      suspendedUntil: null,
      suspendedIndefinitely: false,
    });
    // The projections wait for the sweep, which puts them back once.
    await projected(false);
    const members = app.app.get(MembersService);
    expect(await members.restoreEndedSuspensions()).toBe(1);
    await projected(true);
    expect(await members.restoreEndedSuspensions()).toBe(0);
  });

  it('a hidden organization is seen only by its people and staff, its opportunities by its poster side and staff', async () => {
    const owner = await person('vis-org-owner');
    const colleague = await person('vis-org-colleague');
    const viewer = await person('vis-org-viewer', {
      sectors: ['52'],
      needs: [{ category: 'FUNDING', text: 'Working capital' }],
    });
    const slug = 'vis-marmalade-fund';
    const orgId = await organization(
      owner,
      slug,
      {
        description: 'Marmalade revolving fund',
        sectors: ['52'],
        offers: [{ category: 'FUNDING', text: 'Marmalade loans' }],
      },
      [colleague],
    );
    const loan = await opportunity(owner, { title: 'Marmalade loan round', organizationId: orgId });
    await data(
      viewer,
      'mutation ($id: ID!) { saveOpportunity(input: { opportunityId: $id }) { id } }',
      {
        id: loan,
      },
    );
    const visible = async (expected: boolean) => {
      expect((await organizationOf(viewer, slug)) !== null).toBe(expected);
      expect((await organizationOf(null, slug)) !== null).toBe(expected);
      expect((await directory(viewer)).some((o) => o.slug === slug)).toBe(expected);
      const search = await searchIds(viewer, 'marmalade');
      expect(search.ids.includes(orgId)).toBe(expected);
      expect(search.ids.includes(loan)).toBe(expected);
      const matches = await recommended(viewer);
      expect(matches.includes(orgId)).toBe(expected);
      expect(matches.includes(loan)).toBe(expected);
      expect((await opportunityOf(viewer, loan)) !== null).toBe(expected);
      expect((await listed(viewer)).includes(loan)).toBe(expected);
      const saved = await data<{ savedOpportunities: { nodes: { id: string }[] } }>(viewer, SAVED);
      expect(saved.savedOpportunities.nodes.map((n) => n.id).includes(loan)).toBe(expected);
      const affiliations = (await member(viewer, owner.id))!.organizations.map(
        (a) => a.organization.slug,
      );
      expect(affiliations.includes(slug)).toBe(expected);
    };
    await visible(true);
    await db.query('UPDATE organization SET hidden_at = now() WHERE id = $1', [orgId]);
    await visible(false);

    for (const insider of [owner, colleague, staff]) {
      expect(await organizationOf(insider, slug)).toMatchObject({ id: orgId, hidden: true });
    }
    expect((await directory(staff)).find((o) => o.slug === slug)).toEqual({ slug, hidden: true });
    expect(
      (await member(owner, owner.id))!.organizations.map((a) => a.organization.slug),
    ).toContain(slug);
    expect(await opportunityOf(owner, loan)).toMatchObject({
      hidden: true,
      organization: { slug },
    });
    expect(await opportunityOf(staff, loan)).toMatchObject({ hidden: true });
    // The save is kept, for when it comes back.
    const saves = await db.query<unknown[]>(
      'SELECT 1 FROM opportunity_save WHERE member_id = $1 AND opportunity_id = $2',
      [viewer.id, loan],
    );
    expect(saves).toHaveLength(1);
    const interest = await viewer.session.call(
      'mutation ($id: ID!) { expressInterest(input: { opportunityId: $id }) { id } }',
      { id: loan },
    );
    expect(errorOf(interest)).toMatchObject({ code: 'NOT_FOUND', reason: 'OPPORTUNITY_NOT_FOUND' });

    await db.query('UPDATE organization SET hidden_at = NULL WHERE id = $1', [orgId]);
    await visible(true);
    expect(await organizationOf(owner, slug)).toMatchObject({ hidden: false });
  });

  it('a hidden opportunity is seen only by its poster side and staff; saves and interests wait', async () => {
    const poster = await person('vis-opp-poster');
    const admin = await person('vis-opp-admin');
    const viewer = await person('vis-opp-viewer', {
      needs: [{ category: 'SPACE', text: 'A kitchen' }],
    });
    const orgId = await organization(poster, 'vis-opp-kitchens');
    await db.query(
      "INSERT INTO organization_member (organization_id, member_id, role) VALUES ($1, $2, 'ADMIN')",
      [orgId, admin.id],
    );
    const kitchen = await opportunity(poster, {
      kind: 'SPACE',
      title: 'Halvah commissary kitchen',
      organizationId: orgId,
    });
    await data(
      viewer,
      'mutation ($id: ID!) { saveOpportunity(input: { opportunityId: $id }) { id } }',
      {
        id: kitchen,
      },
    );
    await data(
      viewer,
      'mutation ($id: ID!) { expressInterest(input: { opportunityId: $id }) { id } }',
      {
        id: kitchen,
      },
    );
    const visible = async (expected: boolean) => {
      expect((await opportunityOf(viewer, kitchen)) !== null).toBe(expected);
      expect((await opportunityOf(null, kitchen)) !== null).toBe(expected);
      expect((await listed(viewer)).includes(kitchen)).toBe(expected);
      expect((await searchIds(viewer, 'halvah')).ids).toEqual(expected ? [kitchen] : []);
      expect((await recommended(viewer)).includes(kitchen)).toBe(expected);
      const saved = await data<{ savedOpportunities: { nodes: { id: string }[] } }>(viewer, SAVED);
      expect(saved.savedOpportunities.nodes.map((n) => n.id)).toEqual(expected ? [kitchen] : []);
      const interests = await data<{
        myOpportunityInterests: { nodes: { opportunity: { id: string } }[] };
      }>(viewer, INTERESTS);
      expect(interests.myOpportunityInterests.nodes.map((n) => n.opportunity.id)).toEqual(
        expected ? [kitchen] : [],
      );
    };
    await visible(true);
    expect(await opportunityOf(poster, kitchen)).toMatchObject({ hidden: false });
    await db.query('UPDATE opportunity SET hidden_at = now() WHERE id = $1', [kitchen]);
    await visible(false);
    for (const side of [poster, admin, staff]) {
      expect(await opportunityOf(side, kitchen)).toMatchObject({ id: kitchen, hidden: true });
    }
    // Its poster side still sees it among their own, and finds its candidates.
    const mine = await data<{ opportunities: { nodes: { id: string }[] } }>(
      admin,
      '{ opportunities(filter: { postedByMe: true }) { nodes { id } } }',
    );
    expect(mine.opportunities.nodes.map((n) => n.id)).toContain(kitchen);
    expect(await candidates(poster, kitchen)).toContain(viewer.id);
    const refused = await viewer.session.call(CANDIDATES, { id: kitchen });
    expect(errorOf(refused)).toMatchObject({ code: 'NOT_FOUND' });
    const dismissed = await viewer.session.call(
      'mutation ($id: ID!) { dismissMatch(input: { targetId: $id }) }',
      { id: kitchen },
    );
    expect(errorOf(dismissed)).toMatchObject({ code: 'NOT_FOUND' });

    await db.query('UPDATE opportunity SET hidden_at = NULL WHERE id = $1', [kitchen]);
    await visible(true);
  });

  it('a hidden message keeps its place; its body reaches only its sender', async () => {
    const sender = await person('vis-msg-sender');
    const reader = await person('vis-msg-reader');
    await connect(sender, reader);
    const first = await data<{
      sendMessage: { id: string; conversationId: string; hidden: boolean };
    }>(sender, SEND, { input: { recipientId: reader.id, body: 'Buy cheap followers here' } });
    expect(first.sendMessage.hidden).toBe(false);
    const conversation = first.sendMessage.conversationId;
    await db.query('UPDATE message SET hidden_at = now() WHERE id = $1', [first.sendMessage.id]);
    type Thread = {
      messages: { nodes: { id: string; body: string; hidden: boolean; isOwn: boolean }[] };
      conversation: { lastMessage: { body: string; hidden: boolean } };
    };
    const read = await data<Thread>(reader, MESSAGES, { id: conversation });
    expect(read.messages.nodes).toEqual([
      expect.objectContaining({ id: first.sendMessage.id, body: '', hidden: true, isOwn: false }),
    ]);
    expect(read.conversation.lastMessage).toEqual({ body: '', hidden: true });
    const own = await data<Thread>(sender, MESSAGES, { id: conversation });
    expect(own.messages.nodes).toEqual([
      expect.objectContaining({ body: 'Buy cheap followers here', hidden: true, isOwn: true }),
    ]);
    expect(own.conversation.lastMessage).toEqual({
      body: 'Buy cheap followers here',
      hidden: true,
    });
    // Staff read a conversation only as its participants do: not at all.
    const outsider = await staff.session.call(MESSAGES, { id: conversation });
    expect(errorOf(outsider)).toMatchObject({ code: 'NOT_FOUND' });

    await db.query('UPDATE message SET hidden_at = NULL WHERE id = $1', [first.sendMessage.id]);
    const back = await data<Thread>(reader, MESSAGES, { id: conversation });
    expect(back.messages.nodes[0]).toMatchObject({
      body: 'Buy cheap followers here',
      hidden: false,
    });
  });
});
