import { startTestApp, type TestApp } from './support/test-app.js';
import { TestSession } from './support/session.js';

const PASSWORD = 'profile-test-passphrase';
const PROFILE_FIELDS = /* GraphQL */ `
  id handle displayName headline bio isConnector isStaff
  location { neighborhood city country }
  languages sectors stage consideringLocating joinedAt isViewer indexable
  needs { id category text } offers { id category text }
  links { label url } email phone
  visibility { email phone links location }
  privacy { connectionRequests messages searchEngineIndexing }
`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const BY_HANDLE = `query ($handle: String!) { member(handle: $handle) { ${PROFILE_FIELDS} } }`;

type Profile = Record<string, unknown> & {
  needs: { category: string; text: string }[];
  offers: { category: string; text: string }[];
};

describe('member profiles', () => {
  let app: TestApp;
  let owner: TestSession;
  let other: TestSession;
  const anonymous = () => new TestSession(app);

  async function join(handle: string): Promise<TestSession> {
    const session = new TestSession(app);
    const response = await session.call(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      {
        input: { email: `${handle}@example.org`, handle, displayName: handle, password: PASSWORD },
      },
    );
    expect(response.errors).toBeUndefined();
    return session;
  }

  beforeAll(async () => {
    app = await startTestApp({ AUTH_RATE_LIMIT: '1000' });
    owner = await join('maria-owner');
    other = await join('omar-other');
  });
  afterAll(() => app?.close());

  it('lets a member fill in the profile, needs and offers included, and reads it back', async () => {
    const input = {
      displayName: 'María Ortega',
      headline: 'Founder, Harbor Kitchen Co.',
      bio: 'Caribbean food, made in East Boston.',
      neighborhood: 'east-boston',
      languages: ['es', 'en'],
      sectors: ['72', '31-33'],
      stage: 'EARLY_REVENUE',
      phone: '+1 617 555 0100',
      links: [{ label: 'Website', url: 'https://harborkitchen.example' }],
      consideringLocating: false,
      needs: [
        { category: 'SPACE', text: 'A commercial kitchen, 1,000 sq ft' },
        { category: 'FUNDING', text: 'A $50k equipment loan' },
      ],
      offers: [{ category: 'MENTORSHIP', text: 'Food-safety permits, step by step' }],
    };
    const response = await owner.call<{ updateProfile: Profile }>(UPDATE, { input });
    expect(response.errors).toBeUndefined();
    const profile = response.data!.updateProfile;
    expect(profile).toMatchObject({
      handle: 'maria-owner',
      displayName: 'María Ortega',
      location: { neighborhood: 'east-boston', city: null, country: null },
      languages: ['es', 'en'],
      sectors: ['72', '31-33'],
      stage: 'EARLY_REVENUE',
      isViewer: true,
      visibility: { email: 'PRIVATE', phone: 'PRIVATE', links: 'PUBLIC', location: 'MEMBERS' },
      privacy: {
        connectionRequests: 'ANYONE',
        messages: 'SECOND_DEGREE',
        searchEngineIndexing: true,
      },
    });
    expect(profile.needs.map((n) => n.category)).toEqual(['SPACE', 'FUNDING']);
    expect(profile.offers).toEqual([
      expect.objectContaining({
        category: 'MENTORSHIP',
        text: 'Food-safety permits, step by step',
      }),
    ]);

    const seen = await other.call<{ member: Profile }>(BY_HANDLE, { handle: 'maria-owner' });
    expect(seen.data!.member).toMatchObject({
      displayName: 'María Ortega',
      isViewer: false,
      indexable: true,
      visibility: null,
      privacy: null,
    });
  });

  it('hides each field from whoever its visibility excludes, for every field and viewer', async () => {
    await owner.call(UPDATE, {
      input: {
        neighborhood: 'east-boston',
        phone: '+1 617 555 0100',
        links: [{ label: 'Site', url: 'https://x.example' }],
      },
    });
    // A connection of the owner's, through a request the owner accepts.
    const friend = await join('fatima-friend');
    const asked = await friend.call<{
      requestConnection: { viewerConnection: { requestId: string } };
    }>(
      'mutation ($id: ID!) { requestConnection(input: { memberId: $id }) { viewerConnection { requestId } } }',
      { id: (await owner.call<{ viewer: { id: string } }>('{ viewer { id } }')).data!.viewer.id },
    );
    await owner.call('mutation ($id: ID!) { acceptConnection(input: { requestId: $id }) { id } }', {
      id: asked.data!.requestConnection.viewerConnection.requestId,
    });
    const viewers = {
      anonymous: anonymous(),
      member: other,
      connection: friend,
      self: owner,
    } as const;
    const expected: Record<string, Record<keyof typeof viewers, boolean>> = {
      PUBLIC: { anonymous: true, member: true, connection: true, self: true },
      MEMBERS: { anonymous: false, member: true, connection: true, self: true },
      CONNECTIONS: { anonymous: false, member: false, connection: true, self: true },
      PRIVATE: { anonymous: false, member: false, connection: false, self: true },
    };
    for (const field of ['email', 'phone', 'links', 'location'] as const) {
      for (const [visibility, rows] of Object.entries(expected)) {
        const set = await owner.call(UPDATE, { input: { visibility: { [field]: visibility } } });
        expect(set.errors).toBeUndefined();
        for (const [name, session] of Object.entries(viewers)) {
          const { data } = await session.call<{ member: Profile }>(BY_HANDLE, {
            handle: 'maria-owner',
          });
          const visible = data!.member[field] !== null;
          expect(`${field} ${visibility} to ${name}: ${visible}`).toBe(
            `${field} ${visibility} to ${name}: ${rows[name as keyof typeof viewers]}`,
          );
        }
      }
    }
  });

  it('names the field of every bad input, and writes nothing of a refused update', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ handle: 'Bad Handle' }, 'handle'],
      [{ neighborhood: 'atlantis' }, 'neighborhood'],
      [{ sectors: ['99'] }, 'sectors'],
      [{ languages: ['english'] }, 'languages'],
      [{ homeCountry: 'Brazil' }, 'homeCountry'],
      [{ links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url'],
      [
        { needs: Array.from({ length: 11 }, () => ({ category: 'FUNDING', text: 'money' })) },
        'needs',
      ],
      [{ needs: [{ category: 'FUNDING', text: '' }] }, 'needs.0.text'],
      [{ headline: 'x'.repeat(161) }, 'headline'],
      [{ phone: 'call me' }, 'phone'],
    ];
    for (const [input, field] of cases) {
      const response = await owner.call(UPDATE, { input });
      expect(`${field}: ${JSON.stringify(response.errors?.[0].extensions)}`).toMatch(
        new RegExp(`"code":"BAD_USER_INPUT".*"field":"${field.replace('.', '\\.')}"`),
      );
    }

    const before = await owner.call<{ member: Profile }>(BY_HANDLE, { handle: 'maria-owner' });
    const conflict = await owner.call(UPDATE, {
      input: { handle: 'omar-other', needs: [{ category: 'TALENT', text: 'A line cook' }] },
    });
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'handle' });
    const after = await owner.call<{ member: Profile }>(BY_HANDLE, { handle: 'maria-owner' });
    expect(after.data!.member.needs).toEqual(before.data!.member.needs);
  });

  it('tells everyone whether search engines may index the profile', async () => {
    await owner.call(UPDATE, { input: { privacy: { searchEngineIndexing: false } } });
    const { data } = await anonymous().call<{ member: Profile }>(BY_HANDLE, {
      handle: 'maria-owner',
    });
    expect(data!.member).toMatchObject({ indexable: false, privacy: null });
    await owner.call(UPDATE, { input: { privacy: { searchEngineIndexing: true } } });
  });

  it('places members elsewhere by city and country, and changes the handle', async () => {
    const response = await other.call<{ updateProfile: Profile }>(UPDATE, {
      input: {
        homeCity: 'São Paulo',
        homeCountry: 'br',
        consideringLocating: true,
        handle: 'omar-sp',
      },
    });
    expect(response.data!.updateProfile).toMatchObject({
      handle: 'omar-sp',
      location: { neighborhood: null, city: 'São Paulo', country: 'BR' },
      consideringLocating: true,
    });
    const byOldHandle = await other.call<{ member: Profile | null }>(BY_HANDLE, {
      handle: 'omar-other',
    });
    expect(byOldHandle.data!.member).toBeNull();
  });

  it('asks for exactly one of id and handle', async () => {
    const response = await app.graphql('{ member { id } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
