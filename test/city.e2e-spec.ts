import { startTestApp, type TestApp } from './support/test-app.js';

const CITY = /* GraphQL */ `
  query City($locale: String) {
    city(locale: $locale) {
      name
      tagline
      locale
      defaultLocale
      languages {
        code
        name
      }
      neighborhoods {
        slug
        name
      }
      sectors {
        code
        name
        featured
      }
      pitch {
        key
        title
        summary
        facts {
          value
          label
          source {
            name
            url
          }
        }
      }
    }
  }
`;

interface CityData {
  city: {
    name: string;
    tagline: string;
    locale: string;
    languages: { code: string; name: string }[];
    neighborhoods: { slug: string; name: string }[];
    sectors: { code: string; name: string; featured: boolean }[];
    pitch: { key: string; title: string; facts: { source: { url: string } }[] }[];
  };
}

describe('city (GraphQL over HTTP)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('answers { city { name } }', async () => {
    const response = await app.graphql('{ city { name } }');
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ city: { name: 'Boston' } });
  });

  it('returns the pitch, sectors and neighborhoods in the default language', async () => {
    const { data, errors } = await app.graphql<CityData>(CITY);
    expect(errors).toBeUndefined();
    const city = data!.city;
    expect(city.locale).toBe('en');
    expect(city.languages).toEqual([
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Español' },
    ]);
    expect(city.pitch.map((s) => s.key)).toEqual([
      'TALENT',
      'UNIVERSITIES',
      'CAPITAL',
      'INDUSTRIES',
      'QUALITY_OF_LIFE',
    ]);
    expect(city.pitch.every((s) => s.facts.every((f) => f.source.url.startsWith('https://')))).toBe(
      true,
    );
    expect(city.sectors).toHaveLength(20);
    expect(city.sectors[0]).toMatchObject({ featured: true });
    expect(city.sectors.find((s) => s.code === '54')?.name).toBe(
      'Professional, Scientific, and Technical Services',
    );
    expect(city.neighborhoods).toContainEqual({ slug: 'east-boston', name: 'East Boston' });
  });

  it('speaks Spanish when asked', async () => {
    const { data } = await app.graphql<CityData>(CITY, { locale: 'es' });
    expect(data!.city.locale).toBe('es');
    expect(data!.city.tagline).toMatch(/crecer/);
    expect(data!.city.pitch[0].title).toBe('Talento');
    expect(data!.city.sectors.find((s) => s.code === '23')?.name).toBe('Construcción');
  });

  it('refuses an unsupported or malformed locale, naming the field, without a stack trace', async () => {
    const unsupported = await app.graphql(CITY, { locale: 'fr' });
    expect(unsupported.data).toBeNull();
    expect(unsupported.errors?.[0]).toMatchObject({
      message: 'locale must be one of en, es',
      extensions: { code: 'BAD_USER_INPUT', field: 'locale', reason: 'CITY_LOCALE_NOT_SUPPORTED' },
    });
    expect(unsupported.errors?.[0].extensions).not.toHaveProperty('stacktrace');

    const malformed = await app.graphql(CITY, { locale: 'english!' });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'locale',
    });
    expect(malformed.errors?.[0].message).toBe('locale must be a language code such as en or es');
  });

  it('reports GraphQL mistakes with a code and no stack trace', async () => {
    const response = await app.graphql('{ city { population } }');
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
