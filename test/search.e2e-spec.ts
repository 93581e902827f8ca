import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { SEARCH_MATCH_CAP } from '../src/modules/search/search-query.js';
import { NETWORK_LOOKUPS, SearchRepository } from '../src/modules/search/search.repository.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'search-passphrase-2026';
const SEARCH = `query ($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsLowerBound
    pageInfo { hasNextPage endCursor }
    nodes {
      score
      snippet { text highlighted }
      target {
        __typename
        ... on Member { id handle displayName location { neighborhood } email phone }
        ... on Organization { id name verified }
        ... on Opportunity { id title status }
      }
    }
    facets {
      types { value count } kinds { value count } sectors { value count }
      neighborhoods { value count } stages { value count } organizationTypes { value count }
      verified inMyNetwork countsAreLowerBounds
    }
  }
}`;
const NODES_ONLY = `query ($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { score target { ... on Member { id } ... on Organization { id } ... on Opportunity { id } } }
  }
}`;

interface Facet {
  value: string;
  count: number;
}
interface Results {
  totalCount: number;
  totalCountIsLowerBound: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: {
    score: number;
    snippet: { text: string; highlighted: boolean }[];
    target: {
      __typename: string;
      id: string;
      handle?: string;
      displayName?: string;
      name?: string;
      title?: string;
      location?: { neighborhood: string | null } | null;
    };
  }[];
  facets: {
    types: Facet[];
    kinds: Facet[];
    sectors: Facet[];
    neighborhoods: Facet[];
    stages: Facet[];
    organizationTypes: Facet[];
    verified: number;
    inMyNetwork: number | null;
    countsAreLowerBounds: boolean;
  };
}

interface Person {
  id: string;
  handle: string;
  session: TestSession;
}

describe('search', () => {
  let app: TestApp;
  let db: DataSource;
  let anonymous: TestSession;

  async function person(handle: string, profile: Record<string, unknown> = {}, email?: string) {
    const session = new TestSession(app);
    const response = await session.call<{ signUp: { viewer: { id: string } } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id } } }',
      {
        input: {
          email: email ?? `${handle}@example.org`,
          handle,
          displayName: (profile.displayName as string | undefined) ?? handle,
          password: PASSWORD,
        },
      },
    );
    expect(response.errors).toBeUndefined();
    const { displayName: _name, ...rest } = profile;
    if (Object.keys(rest).length > 0) {
      const updated = await session.call(
        'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
        { input: rest },
      );
      expect(updated.errors).toBeUndefined();
    }
    return { id: response.data!.signUp.viewer.id, handle, session } satisfies Person;
  }

  async function connect(a: Person, b: Person) {
    await db.query(
      'INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING',
      [a.id, b.id],
    );
  }

  async function organization(
    owner: Person,
    fields: { name: string; slug: string; type: string; [key: string]: unknown },
  ): Promise<string> {
    const created = await owner.session.call<{ createOrganization: { id: string } }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: fields },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createOrganization.id;
  }

  /** Opportunity rows are written directly: the opportunities module is built alongside. */
  async function opportunity(fields: {
    title: string;
    posterId: string;
    organizationId?: string;
    kind?: string;
    status?: string;
    description?: string;
    sectors?: string[];
    stages?: string[];
    neighborhoods?: string[];
    citywide?: boolean;
    deadline?: Date;
  }): Promise<string> {
    const status = fields.status ?? 'PUBLISHED';
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO opportunity (kind, status, poster_id, organization_id, title, description,
         sectors, stages, neighborhoods, citywide, categories, deadline, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '{}', $11, $12) RETURNING id`,
      [
        fields.kind ?? 'FUNDING',
        status,
        fields.posterId,
        fields.organizationId ?? null,
        fields.title,
        fields.description ?? '',
        fields.sectors ?? [],
        fields.stages ?? [],
        fields.neighborhoods ?? [],
        fields.citywide ?? false,
        fields.deadline ?? null,
        status === 'PUBLISHED' ? new Date() : null,
      ],
    );
    return row.id;
  }

  async function search(
    session: TestSession,
    query: string,
    filter?: Record<string, unknown>,
    page: { first?: number; after?: string } = {},
  ): Promise<GraphQLResponse<{ search: Results }>> {
    return session.call<{ search: Results }>(SEARCH, { query, filter, ...page });
  }

  async function results(
    session: TestSession,
    query: string,
    filter?: Record<string, unknown>,
    page: { first?: number; after?: string } = {},
  ): Promise<Results> {
    const response = await search(session, query, filter, page);
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  }

  const ids = (found: Results) => found.nodes.map((node) => node.target.id).sort();
  const facet = (facets: Facet[], value: string) =>
    facets.find((entry) => entry.value === value)?.count ?? 0;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '10000' });
    db = app.app.get(DataSource);
    anonymous = new TestSession(app);
  });
  afterAll(() => app?.close());

  describe('matching and ranking', () => {
    let titleHit: string;
    let headlineHit: Person;
    let descriptionHit: string;
    let funding: string;
    let technology: string;
    let lucia: Person;
    let maria: Person;

    beforeAll(async () => {
      const poster = await person('rank-poster');
      headlineHit = await person('rank-headline', { headline: 'Zephyrine advisor for founders' });
      descriptionHit = await opportunity({
        title: 'Bakery loan',
        posterId: poster.id,
        description:
          'Our **zephyrine** programme lends to [bakeries](https://example.org/loans) across the city, with mentoring.',
      });
      titleHit = await opportunity({
        title: 'Zephyrine kitchen grant',
        posterId: poster.id,
        description: 'Grants for shared kitchens.',
      });
      funding = await opportunity({ title: 'Small business funding', posterId: poster.id });
      technology = await organization(poster, {
        name: 'Technology Commons',
        slug: 'technology-commons',
        type: 'COWORKING',
      });
      lucia = await person('rank-lucia', {
        displayName: 'Lucía Ramírez',
        bio: 'Runs a bakery in the city.',
      });
      maria = await person('rank-maria', { displayName: 'Maria Ramirez' });
    });

    it('ranks a title hit above a headline hit above a description hit', async () => {
      const found = await results(anonymous, 'zephyrine');
      expect(found.nodes.map((node) => node.target.id)).toEqual([
        titleHit,
        headlineHit.id,
        descriptionHit,
      ]);
      const scores = found.nodes.map((node) => node.score);
      expect(scores[0]).toBeGreaterThan(scores[1]);
      expect(scores[1]).toBeGreaterThan(scores[2]);
      expect(found.totalCount).toBe(3);
    });

    it('tolerates typos', async () => {
      expect(ids(await results(anonymous, 'fundng'))).toContain(funding);
      expect(ids(await results(anonymous, 'zephyrnie'))).toEqual(
        [titleHit, headlineHit.id, descriptionHit].sort(),
      );
    });

    it('matches the start of words', async () => {
      expect(ids(await results(anonymous, 'tec'))).toEqual([technology]);
      expect(ids(await results(anonymous, 'zephy'))).toHaveLength(3);
      // Only the last word is taken as the start of one when whole words exist.
      expect(ids(await results(anonymous, 'kitchen gra'))).toEqual([titleHit]);
    });

    it('ignores accents and case, both ways', async () => {
      const both = [lucia.id, maria.id].sort();
      expect(ids(await results(anonymous, 'ramirez'))).toEqual(both);
      expect(ids(await results(anonymous, 'Ramírez'))).toEqual(both);
      expect(ids(await results(anonymous, 'LUCIA'))).toEqual([lucia.id]);
    });

    it('returns snippets as plain segments, the matched words highlighted', async () => {
      const found = await results(anonymous, 'zephyrine');
      const hit = found.nodes.find((node) => node.target.id === descriptionHit)!;
      const text = hit.snippet.map((segment) => segment.text).join('');
      expect(hit.snippet.filter((segment) => segment.highlighted)).toEqual([
        { text: 'zephyrine', highlighted: true },
      ]);
      // Markdown marks and link targets are not shown; nothing is HTML.
      expect(text).toContain('programme lends to bakeries across the city');
      expect(text).not.toMatch(/[*<>]|https?:/);
      // A name-only hit is shown with the opening of its texts, nothing highlighted.
      const named = await results(anonymous, 'lucia');
      expect(named.nodes[0].snippet).toEqual([
        { text: 'Runs a bakery in the city.', highlighted: false },
      ]);
    });
  });

  describe('filters and facets', () => {
    let owner: Person;
    let lenders: string;
    let studio: string;
    let loan: string;
    let desk: string;
    let founder: Person;
    let maker: Person;
    let stranger: Person;

    beforeAll(async () => {
      owner = await person('facet-owner');
      lenders = await organization(owner, {
        name: 'Quillmark Lenders',
        slug: 'quillmark-lenders',
        type: 'LENDER',
        sectors: ['52'],
        neighborhood: 'roxbury',
      });
      studio = await organization(owner, {
        name: 'Quillmark Studio',
        slug: 'quillmark-studio',
        type: 'SMALL_BUSINESS',
        sectors: ['54'],
        neighborhood: 'back-bay',
      });
      loan = await opportunity({
        title: 'Quillmark loan',
        posterId: owner.id,
        organizationId: lenders,
        kind: 'FUNDING',
        sectors: ['52'],
        stages: ['IDEA'],
        neighborhoods: ['roxbury'],
      });
      // Open to any sector and stage, for the whole city.
      desk = await opportunity({
        title: 'Quillmark desk',
        posterId: owner.id,
        kind: 'SPACE',
        citywide: true,
      });
      // Verified after its opportunity exists: the badge reaches the opportunity too.
      await db.query('UPDATE organization SET verified_at = now() WHERE id = $1', [lenders]);
      founder = await person('facet-founder', {
        headline: 'Quillmark founder',
        sectors: ['54'],
        stage: 'GROWTH',
        neighborhood: 'back-bay',
        visibility: { location: 'PUBLIC' },
      });
      // Location visible to members only (the default).
      maker = await person('facet-maker', {
        headline: 'Quillmark maker',
        sectors: ['31-33'],
        stage: 'IDEA',
        neighborhood: 'roxbury',
      });
      stranger = await person('facet-stranger');
    });

    it('counts every facet over the matches', async () => {
      const found = await results(anonymous, 'quillmark');
      expect(found.totalCount).toBe(6);
      expect(found.totalCountIsLowerBound).toBe(false);
      expect(found.facets.countsAreLowerBounds).toBe(false);
      expect(ids(found)).toEqual([lenders, studio, loan, desk, founder.id, maker.id].sort());
      const { facets } = found;
      expect(facets.types).toEqual([
        { value: 'MEMBER', count: 2 },
        { value: 'OPPORTUNITY', count: 2 },
        { value: 'ORGANIZATION', count: 2 },
      ]);
      expect(facets.kinds).toEqual([
        { value: 'FUNDING', count: 1 },
        { value: 'SPACE', count: 1 },
      ]);
      // The desk is open to any sector and stage and citywide: it counts under every value.
      expect(facet(facets.sectors, '52')).toBe(3);
      expect(facet(facets.sectors, '54')).toBe(3);
      expect(facet(facets.sectors, '31-33')).toBe(2);
      expect(facet(facets.sectors, '11')).toBe(1);
      expect(facets.sectors).toHaveLength(20);
      expect(facet(facets.stages, 'IDEA')).toBe(3);
      expect(facet(facets.stages, 'GROWTH')).toBe(2);
      expect(facet(facets.stages, 'ESTABLISHED')).toBe(1);
      // Anonymous: the maker's neighborhood is for members only; the founder's is public.
      expect(facet(facets.neighborhoods, 'roxbury')).toBe(3);
      expect(facet(facets.neighborhoods, 'back-bay')).toBe(3);
      expect(facet(facets.neighborhoods, 'fenway')).toBe(1);
      expect(facets.organizationTypes).toEqual([
        { value: 'LENDER', count: 2 },
        { value: 'SMALL_BUSINESS', count: 1 },
      ]);
      expect(facets.verified).toBe(2);
      expect(facets.inMyNetwork).toBeNull();
      const asMember = await results(stranger.session, 'quillmark');
      expect(facet(asMember.facets.neighborhoods, 'roxbury')).toBe(4);
      expect(asMember.facets.inMyNetwork).toBe(0);
    });

    it('filters by type, each facet counting with the other filters', async () => {
      const found = await results(anonymous, 'quillmark', { types: ['OPPORTUNITY'] });
      expect(ids(found)).toEqual([loan, desk].sort());
      expect(found.totalCount).toBe(2);
      expect(facet(found.facets.types, 'MEMBER')).toBe(2);
      expect(found.facets.kinds).toHaveLength(2);
      expect(found.facets.verified).toBe(1);
      expect(found.facets.organizationTypes).toEqual([{ value: 'LENDER', count: 1 }]);
      expect(facet(found.facets.sectors, '52')).toBe(2);
    });

    it('filters by kind', async () => {
      const found = await results(anonymous, 'quillmark', { kinds: ['FUNDING'] });
      expect(ids(found)).toEqual([loan]);
      expect(found.facets.types).toEqual([{ value: 'OPPORTUNITY', count: 1 }]);
      expect(found.facets.kinds).toEqual([
        { value: 'FUNDING', count: 1 },
        { value: 'SPACE', count: 1 },
      ]);
    });

    it('filters by sector, stage and organization type', async () => {
      expect(ids(await results(anonymous, 'quillmark', { sectors: ['52'] }))).toEqual(
        [lenders, loan, desk].sort(),
      );
      expect(ids(await results(anonymous, 'quillmark', { stages: ['IDEA'] }))).toEqual(
        [loan, desk, maker.id].sort(),
      );
      const lendersOnly = await results(anonymous, 'quillmark', {
        organizationTypes: ['LENDER'],
      });
      expect(ids(lendersOnly)).toEqual([lenders, loan].sort());
      expect(lendersOnly.facets.organizationTypes).toHaveLength(2);
      expect(lendersOnly.facets.types).toEqual([
        { value: 'OPPORTUNITY', count: 1 },
        { value: 'ORGANIZATION', count: 1 },
      ]);
    });

    it('filters by neighborhood as the viewer may see members’ locations', async () => {
      const filter = { neighborhoods: ['roxbury'] };
      expect(ids(await results(anonymous, 'quillmark', filter))).toEqual(
        [lenders, loan, desk].sort(),
      );
      expect(ids(await results(stranger.session, 'quillmark', filter))).toEqual(
        [lenders, loan, desk, maker.id].sort(),
      );
    });

    it('filters to verified organizations and their opportunities', async () => {
      const found = await results(anonymous, 'quillmark', { verifiedOnly: true });
      expect(ids(found)).toEqual([lenders, loan].sort());
      expect(found.facets.verified).toBe(2);
      const combined = await results(anonymous, 'quillmark', {
        verifiedOnly: true,
        types: ['OPPORTUNITY'],
      });
      expect(ids(combined)).toEqual([loan]);
      expect(combined.facets.verified).toBe(1);
      expect(combined.facets.types).toEqual([
        { value: 'OPPORTUNITY', count: 1 },
        { value: 'ORGANIZATION', count: 1 },
      ]);
    });

    it('refuses unknown sectors and neighborhoods, naming the field', async () => {
      const sector = await search(anonymous, 'quillmark', { sectors: ['99'] });
      expect(sector.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.sectors',
      });
      const place = await search(anonymous, 'quillmark', { neighborhoods: ['atlantis'] });
      expect(place.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.neighborhoods',
      });
    });

    it('browses with filters and no words, newest first; nothing without either', async () => {
      const browsed = await results(anonymous, '', { types: ['ORGANIZATION'] });
      expect(browsed.nodes.map((node) => node.target.id).slice(0, 2)).toEqual([studio, lenders]);
      expect(browsed.nodes.every((node) => node.score === 0)).toBe(true);
      expect(facet(browsed.facets.types, 'MEMBER')).toBeGreaterThan(0);
      const empty = await results(anonymous, '   ');
      expect(empty).toMatchObject({ totalCount: 0, nodes: [] });
    });

    it('keeps documents in step with every change', async () => {
      await founder.session.call(
        'mutation { updateProfile(input: { headline: "Marigoldish consultant" }) { id } }',
      );
      expect(ids(await results(anonymous, 'marigoldish'))).toEqual([founder.id]);
      expect(ids(await results(anonymous, 'quillmark'))).not.toContain(founder.id);
      const renamed = await owner.session.call(
        'mutation ($id: ID!) { updateOrganization(input: { id: $id, name: "Peridot Studio" }) { id } }',
        { id: studio },
      );
      expect(renamed.errors).toBeUndefined();
      expect(ids(await results(anonymous, 'peridot'))).toEqual([studio]);
      expect(ids(await results(anonymous, 'quillmark studio'))).toEqual([]);
      // A statement of an organization is searchable as soon as it is saved.
      await owner.session.call(
        'mutation ($id: ID!) { updateOrganization(input: { id: $id, offers: [{ category: SPACE, text: "Sunlit darkroom to share" }] }) { id } }',
        { id: studio },
      );
      expect(ids(await results(anonymous, 'darkroom'))).toEqual([studio]);
    });
  });

  describe('in my network', () => {
    let viewer: Person;
    let near: Person;
    let far: Person;
    let beyond: Person;
    let guild: string;
    let circle: string;
    let mentoring: string;
    let circleFund: string;

    beforeAll(async () => {
      viewer = await person('net-viewer', { headline: 'Brambleway viewer' });
      near = await person('net-near', { headline: 'Brambleway near' });
      far = await person('net-far', { headline: 'Brambleway far' });
      beyond = await person('net-beyond', { headline: 'Brambleway beyond' });
      await connect(viewer, near);
      await connect(near, far);
      await connect(far, beyond);
      guild = await organization(far, {
        name: 'Brambleway Guild',
        slug: 'brambleway-guild',
        type: 'NON_PROFIT',
      });
      circle = await organization(beyond, {
        name: 'Brambleway Circle',
        slug: 'brambleway-circle',
        type: 'NON_PROFIT',
      });
      mentoring = await opportunity({
        title: 'Brambleway mentoring',
        posterId: near.id,
        kind: 'MENTORSHIP',
      });
      circleFund = await opportunity({
        title: 'Brambleway fund',
        posterId: beyond.id,
        organizationId: circle,
      });
    });

    it('finds members one and two hops away, their organizations and opportunities', async () => {
      const found = await results(viewer.session, 'brambleway', { inMyNetwork: true });
      expect(ids(found)).toEqual([near.id, far.id, guild, mentoring].sort());
      expect(found.facets.inMyNetwork).toBe(4);
      const everything = await results(viewer.session, 'brambleway');
      expect(ids(everything)).toEqual(
        [viewer.id, near.id, far.id, beyond.id, guild, circle, mentoring, circleFund].sort(),
      );
      expect(everything.facets.inMyNetwork).toBe(4);
      // Three hops away is outside; seen from further along, the network moves with the viewer.
      const fromBeyond = await results(beyond.session, 'brambleway', { inMyNetwork: true });
      expect(ids(fromBeyond)).toEqual([near.id, far.id, guild, mentoring].sort());
    });

    it('asks anonymous viewers to sign in, naming filter.inMyNetwork', async () => {
      const response = await search(anonymous, 'brambleway', { inMyNetwork: true });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        field: 'filter.inMyNetwork',
      });
      expect((await results(anonymous, 'brambleway', { inMyNetwork: false })).totalCount).toBe(8);
    });
  });

  describe('privacy, blocks, deleted accounts and unpublished opportunities', () => {
    let viewer: Person;
    let guarded: Person;
    let members: Person;
    let stranger: Person;
    let blocked: Person;
    let blocker: Person;
    let blockedOffer: string;
    let draft: string;

    beforeAll(async () => {
      viewer = await person('priv-viewer', { headline: 'Larkspur viewer' });
      stranger = await person('priv-stranger');
      guarded = await person(
        'priv-guarded',
        {
          headline: 'Larkspur grower',
          neighborhood: 'roxbury',
          phone: '+1 617 555 0199',
          visibility: { location: 'CONNECTIONS', phone: 'PUBLIC' },
        },
        'hollyhock-address@example.org',
      );
      members = await person('priv-members', {
        headline: 'Larkspur seller',
        neighborhood: 'roxbury',
      });
      await connect(viewer, guarded);
      blocked = await person('priv-blocked', { headline: 'Larkspur blocked' });
      blocker = await person('priv-blocker', { headline: 'Larkspur blocker' });
      blockedOffer = await opportunity({ title: 'Larkspur seeds', posterId: blocked.id });
      const block = 'mutation ($id: ID!) { blockMember(input: { memberId: $id }) }';
      expect((await viewer.session.call(block, { id: blocked.id })).errors).toBeUndefined();
      expect((await blocker.session.call(block, { id: viewer.id })).errors).toBeUndefined();
      draft = await opportunity({
        title: 'Larkspur draft',
        posterId: stranger.id,
        status: 'DRAFT',
      });
      await opportunity({ title: 'Larkspur review', posterId: stranger.id, status: 'IN_REVIEW' });
      await opportunity({ title: 'Larkspur closed', posterId: stranger.id, status: 'CLOSED' });
      await opportunity({
        title: 'Larkspur expired',
        posterId: stranger.id,
        deadline: new Date(Date.now() - 60_000),
      });
    });

    it('shows a member’s neighborhood to a filter only where their profile would', async () => {
      const filter = { neighborhoods: ['roxbury'], types: ['MEMBER'] };
      expect(ids(await results(anonymous, 'larkspur', filter))).toEqual([]);
      expect(ids(await results(stranger.session, 'larkspur', filter))).toEqual([members.id]);
      expect(ids(await results(viewer.session, 'larkspur', filter))).toEqual(
        [guarded.id, members.id].sort(),
      );
      expect(ids(await results(guarded.session, 'larkspur', filter))).toEqual(
        [guarded.id, members.id].sort(),
      );
      const facets = (await results(stranger.session, 'larkspur', { types: ['MEMBER'] })).facets;
      expect(facet(facets.neighborhoods, 'roxbury')).toBe(1);
    });

    it('never matches an email address or a phone number', async () => {
      expect((await results(viewer.session, 'hollyhock')).totalCount).toBe(0);
      expect((await results(viewer.session, '6175550199')).totalCount).toBe(0);
      expect((await results(viewer.session, '555 0199')).totalCount).toBe(0);
    });

    it('hides members on either side of a block, and what they posted for themselves', async () => {
      const seen = ids(await results(viewer.session, 'larkspur'));
      expect(seen).not.toContain(blocked.id);
      expect(seen).not.toContain(blocker.id);
      expect(seen).not.toContain(blockedOffer);
      const other = ids(await results(stranger.session, 'larkspur'));
      expect(other).toEqual(
        expect.arrayContaining([viewer.id, blocked.id, blocker.id, blockedOffer]),
      );
      const blockerView = ids(await results(blocker.session, 'larkspur'));
      expect(blockerView).not.toContain(viewer.id);
    });

    it('forgets deleted accounts', async () => {
      const gone = await person('priv-gone', {
        headline: 'Larkspur farewell',
        bio: 'Known for quixotry.',
      });
      const offer = await opportunity({ title: 'Larkspur farewell sale', posterId: gone.id });
      expect(ids(await results(anonymous, 'farewell'))).toEqual([gone.id, offer].sort());
      const deleted = await gone.session.call(
        'mutation ($password: String!) { deleteMyAccount(input: { password: $password }) }',
        { password: PASSWORD },
      );
      expect(deleted.errors).toBeUndefined();
      expect((await results(anonymous, 'farewell')).totalCount).toBe(0);
      expect((await results(anonymous, 'priv-gone')).totalCount).toBe(0);
      // The daily sweep forgets the words no document holds any more.
      const lexicon = () =>
        db.query<unknown[]>("SELECT 1 FROM search_lexeme WHERE lexeme = 'quixotri'");
      expect(await lexicon()).toHaveLength(1);
      await app.app.get(SearchRepository).pruneLexicon();
      expect(await lexicon()).toHaveLength(0);
      expect((await results(anonymous, 'larkspur')).totalCount).toBeGreaterThan(0);
    });

    it('finds published opportunities only, as their status changes', async () => {
      const titles = async () =>
        (await results(anonymous, 'larkspur', { types: ['OPPORTUNITY'] })).nodes.map(
          (node) => node.target.title,
        );
      expect(await titles()).toEqual(['Larkspur seeds']);
      await db.query(
        "UPDATE opportunity SET status = 'PUBLISHED', published_at = now() WHERE id = $1",
        [draft],
      );
      expect((await titles()).sort()).toEqual(['Larkspur draft', 'Larkspur seeds']);
      await db.query("UPDATE opportunity SET status = 'CLOSED' WHERE id = $1", [draft]);
      expect(await titles()).toEqual(['Larkspur seeds']);
    });
  });

  describe('pagination', () => {
    beforeAll(async () => {
      for (let i = 0; i < 13; i += 1) {
        await person(`page-${String(i).padStart(2, '0')}`, {
          headline: i % 3 === 0 ? 'Pagewise pagewise mentor' : 'Pagewise mentor',
        });
      }
    });

    it('pages by relevance without repeating or skipping', async () => {
      const all = await results(anonymous, 'pagewise', undefined, { first: 100 });
      expect(all.totalCount).toBe(13);
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const response = await anonymous.call<{ search: Results }>(NODES_ONLY, {
          query: 'pagewise',
          first: 5,
          after,
        });
        expect(response.errors).toBeUndefined();
        const page = response.data!.search;
        seen.push(...page.nodes.map((node) => node.target.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
        pages += 1;
      } while (after && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(all.nodes.map((node) => node.target.id));
      expect(new Set(seen).size).toBe(13);
      const scores = all.nodes.map((node) => node.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it('refuses a cursor it did not write, and pages beyond 100', async () => {
      const bad = await search(anonymous, 'pagewise', undefined, { after: 'not-a-cursor' });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const big = await search(anonymous, 'pagewise', undefined, { first: 101 });
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('broad queries and large networks', () => {
    // More members than one search counts of a type, all connected to one hub: within two hops
    // of the hub's connections, a network larger than the one read from its own side.
    const crowdSize = Math.max(SEARCH_MATCH_CAP, NETWORK_LOOKUPS) + 1;
    let viewer: Person;
    let insider: Person;
    let outsider: Person;
    let guild: string;
    let guildWorkshop: string;
    let outsideClub: string;
    let outsideFair: string;
    let headliner: Person;

    beforeAll(async () => {
      const hub = await person('crowd-hub');
      viewer = await person('crowd-viewer');
      insider = await person('crowd-insider');
      outsider = await person('crowd-outsider');
      // Written directly: thousands of members through the API would take minutes.
      const crowd = await db.query<{ id: string }[]>(
        `INSERT INTO member (email, handle, display_name, bio)
         SELECT 'crowd-' || g || '@example.org', 'crowd-' || g, 'Crowd ' || g,
                'Makes zinnober pigments'
         FROM generate_series(1, $1::int) AS g RETURNING id`,
        [crowdSize],
      );
      await db.query(
        `INSERT INTO connection (member_id, other_id)
         SELECT $1::uuid, id FROM unnest($2::uuid[]) AS id
         UNION ALL SELECT id, $1::uuid FROM unnest($2::uuid[]) AS id`,
        [hub.id, crowd.map((row) => row.id)],
      );
      await connect(viewer, hub);
      await connect(hub, insider);
      guild = await organization(insider, {
        name: 'Zinnober Guild',
        slug: 'zinnober-guild',
        type: 'NON_PROFIT',
      });
      outsideClub = await organization(outsider, {
        name: 'Zinnober Club',
        slug: 'zinnober-club',
        type: 'NON_PROFIT',
      });
      // Posted by someone outside the network: in it through the guild only.
      guildWorkshop = await opportunity({
        title: 'Zinnober workshop',
        posterId: outsider.id,
        organizationId: guild,
      });
      outsideFair = await opportunity({
        title: 'Zinnober fair',
        posterId: outsider.id,
        organizationId: outsideClub,
      });
      // Written after the crowd: far beyond the first matches read of its type.
      headliner = await person('crowd-headliner', { headline: 'Zinnober specialist' });
    });

    it('counts at most so many of each type, and says when there are more', async () => {
      const found = await results(anonymous, 'zinnober');
      expect(found.totalCount).toBe(SEARCH_MATCH_CAP + 2 + 2);
      expect(found.totalCountIsLowerBound).toBe(true);
      expect(found.facets.countsAreLowerBounds).toBe(true);
      expect(found.facets.types).toEqual([
        { value: 'MEMBER', count: SEARCH_MATCH_CAP },
        { value: 'OPPORTUNITY', count: 2 },
        { value: 'ORGANIZATION', count: 2 },
      ]);
      // The organizations are all counted; the facets still count members only so far.
      const clubs = await results(anonymous, 'zinnober', { types: ['ORGANIZATION'] });
      expect(ids(clubs)).toEqual([guild, outsideClub].sort());
      expect(clubs.totalCount).toBe(2);
      expect(clubs.totalCountIsLowerBound).toBe(false);
      expect(clubs.facets.countsAreLowerBounds).toBe(true);
      expect(facet(clubs.facets.types, 'MEMBER')).toBe(SEARCH_MATCH_CAP);
    });

    it('ranks a match in a title or headline first, however many matches come before it', async () => {
      const found = await results(anonymous, 'zinnober', undefined, { first: 5 });
      const first = found.nodes.slice(0, 5).map((node) => node.target.id);
      // Titles and names (A) above the headline (B) above the crowd's bios (C).
      expect(first.slice(0, 4).sort()).toEqual(
        [guild, outsideClub, guildWorkshop, outsideFair].sort(),
      );
      expect(first[4]).toBe(headliner.id);
    });

    it('pages through the matches ranked without repeating them', async () => {
      const seen: string[] = [];
      const scores: number[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const response = await anonymous.call<{ search: Results }>(NODES_ONLY, {
          query: 'zinnober',
          first: 50,
          after,
        });
        expect(response.errors).toBeUndefined();
        const page = response.data!.search;
        seen.push(...page.nodes.map((node) => node.target.id));
        scores.push(...page.nodes.map((node) => node.score));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
        pages += 1;
      } while (after && pages < 100);
      expect(after).toBeUndefined();
      expect(seen.length).toBeGreaterThan(50);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it('browses page after page beyond the results counted', async () => {
      const counted = await results(anonymous, '', { types: ['MEMBER'] });
      expect(counted.totalCount).toBe(SEARCH_MATCH_CAP);
      expect(counted.totalCountIsLowerBound).toBe(true);
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < Math.ceil(SEARCH_MATCH_CAP / 50) + 2; page += 1) {
        const response = await anonymous.call<{ search: Results }>(NODES_ONLY, {
          query: '',
          filter: { types: ['MEMBER'] },
          first: 50,
          after,
        });
        expect(response.errors).toBeUndefined();
        const found = response.data!.search;
        seen.push(...found.nodes.map((node) => node.target.id));
        expect(found.pageInfo.hasNextPage).toBe(true);
        after = found.pageInfo.endCursor!;
      }
      expect(seen.length).toBeGreaterThan(SEARCH_MATCH_CAP);
      expect(new Set(seen).size).toBe(seen.length);
      // Newest first: the headliner joined after the crowd.
      expect(seen[0]).toBe(headliner.id);
    });

    it('searches a large network as a small one', async () => {
      const inside = await results(viewer.session, 'zinnober', {
        inMyNetwork: true,
        types: ['ORGANIZATION', 'OPPORTUNITY'],
      });
      expect(ids(inside)).toEqual([guild, guildWorkshop].sort());
      const members = await results(viewer.session, 'zinnober', {
        inMyNetwork: true,
        types: ['MEMBER'],
      });
      expect(members.totalCount).toBe(SEARCH_MATCH_CAP);
      expect(members.totalCountIsLowerBound).toBe(true);
      expect(ids(members)).not.toContain(headliner.id);
      const everything = await results(viewer.session, 'zinnober');
      expect(everything.facets.types).toContainEqual({ value: 'OPPORTUNITY', count: 2 });
      // The crowd counted in the facets, the guild and its workshop; not the club or its fair.
      expect(everything.facets.inMyNetwork).toBe(SEARCH_MATCH_CAP + 2);
    });
  });

  describe('any query at all', () => {
    const OPERATORS = [
      '&',
      '|',
      '!',
      '(',
      ')',
      ':',
      '*',
      '<->',
      '<2>',
      "'",
      '"',
      '\\',
      ' ',
      'a',
      'é',
    ];

    it('never errors, whatever the characters', async () => {
      const samples = [
        '',
        ' \t\n',
        '!!!',
        '🎉🚀',
        "'; DROP TABLE member; --",
        "fund:* & !(loan | 'grant')",
        'a <-> b <2> c',
        '\u0000\u0001\u0002nul',
        '\ud800 lone surrogate \udfff',
        'x'.repeat(50_000),
        'word '.repeat(500),
        'الخبز 東京 пекарня हिन्दी',
      ];
      for (const query of samples) {
        const response = await search(anonymous, query);
        expect({ query, errors: response.errors }).toEqual({ query, errors: undefined });
      }
    });

    it('never errors on arbitrary strings (property)', async () => {
      const queries = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.constantFrom(...OPERATORS), { maxLength: 30 }).map((parts) => parts.join('')),
      );
      await fc.assert(
        fc.asyncProperty(queries, async (query) => {
          const response = await anonymous.call<{ search: Results }>(NODES_ONLY, { query });
          return response.errors === undefined && Array.isArray(response.data?.search.nodes);
        }),
        { numRuns: 300 },
      );
    });
  });
});
