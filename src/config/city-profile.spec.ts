import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CITY_FILE } from './app-config.js';
import { loadCityProfile, localize } from './city-profile.js';

const boston = JSON.parse(fs.readFileSync(DEFAULT_CITY_FILE, 'utf8')) as Record<string, unknown>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growhere-city-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeCity(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function messageFor(file: string): string {
  try {
    loadCityProfile(file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the city file to be refused');
}

describe('city profile', () => {
  it('loads Boston, the default, with all five pitch topics in two languages', () => {
    const city = loadCityProfile(DEFAULT_CITY_FILE);
    expect(city.slug).toBe('boston');
    expect(city.locales).toEqual(['en', 'es']);
    expect(city.pitch.map((s) => s.topic)).toEqual([
      'TALENT',
      'UNIVERSITIES',
      'CAPITAL',
      'INDUSTRIES',
      'QUALITY_OF_LIFE',
    ]);
    expect(city.neighborhoods.length).toBeGreaterThan(20);
    expect(localize(city.tagline, 'es', 'en')).toMatch(/crecer/);
  });

  it('names the file and the field when a value is malformed', () => {
    const pitch = structuredClone(boston.pitch) as { facts: { source: { url: string } }[] }[];
    pitch[1].facts[0].source.url = 'not a url';
    const file = writeCity('bad-url.json', { ...boston, pitch });
    expect(messageFor(file)).toBe(
      `City file ${file}: pitch[1].facts[0].source.url must be an http(s) URL`,
    );
  });

  it('names a missing field and a text missing its default language', () => {
    const { tagline: _omitted, ...withoutTagline } = boston;
    expect(messageFor(writeCity('no-tagline.json', withoutTagline))).toMatch(/: tagline /);
    const file = writeCity('no-default.json', { ...boston, name: { es: 'Boston' } });
    expect(messageFor(file)).toBe(`City file ${file}: name.en is required (the default locale)`);
  });

  it('refuses unknown sectors, repeated topics, broken JSON and missing files', () => {
    expect(messageFor(writeCity('sector.json', { ...boston, featuredSectors: ['99'] }))).toMatch(
      /featuredSectors\[0\] must be a NAICS 2-digit sector code/,
    );
    const pitch = boston.pitch as unknown[];
    expect(messageFor(writeCity('twice.json', { ...boston, pitch: [pitch[0], pitch[0]] }))).toMatch(
      /pitch\[1\] repeats the topic TALENT/,
    );
    expect(messageFor(writeCity('broken.json', '{ "slug": '))).toMatch(/is not valid JSON/);
    expect(messageFor(path.join(dir, 'absent.json'))).toMatch(/cannot be read \(ENOENT\)/);
  });

  it('asks for no opportunity review unless the city says which', () => {
    expect(loadCityProfile(DEFAULT_CITY_FILE).opportunityReview).toEqual({
      newPosters: false,
      kinds: [],
    });
    const reviewed = writeCity('review.json', {
      ...boston,
      opportunityReview: { newPosters: true, kinds: ['FUNDING', 'JOB'] },
    });
    expect(loadCityProfile(reviewed).opportunityReview).toEqual({
      newPosters: true,
      kinds: ['FUNDING', 'JOB'],
    });
    const kindsOnly = writeCity('kinds.json', {
      ...boston,
      opportunityReview: { kinds: ['EVENT'] },
    });
    expect(loadCityProfile(kindsOnly).opportunityReview).toEqual({
      newPosters: false,
      kinds: ['EVENT'],
    });
    expect(
      messageFor(writeCity('bad-kind.json', { ...boston, opportunityReview: { kinds: ['NOPE'] } })),
    ).toMatch(/opportunityReview\.kinds\[0\] must be one of FUNDING, SPACE/);
  });

  it('hides reported content after three reporters unless the city says otherwise', () => {
    expect(loadCityProfile(DEFAULT_CITY_FILE).moderation).toEqual({ autoHideAfterReports: 3 });
    const two = writeCity('two.json', { ...boston, moderation: { autoHideAfterReports: 2 } });
    expect(loadCityProfile(two).moderation).toEqual({ autoHideAfterReports: 2 });
    expect(
      loadCityProfile(writeCity('empty.json', { ...boston, moderation: {} })).moderation,
    ).toEqual({ autoHideAfterReports: 3 });
    for (const bad of [0, 1.5, '3']) {
      expect(
        messageFor(
          writeCity('bad-threshold.json', { ...boston, moderation: { autoHideAfterReports: bad } }),
        ),
      ).toMatch(/moderation\.autoHideAfterReports must be a whole number of at least 1/);
    }
  });

  it('limits new and unverified accounts as the city says, with defaults for what it does not', () => {
    expect(loadCityProfile(DEFAULT_CITY_FILE).spamDefense).toEqual({
      newAccountDays: 7,
      dailyLimits: { connectionRequests: 20, messages: 50, opportunities: 3, introductions: 10 },
      maxProfileLinks: 2,
      minFormSeconds: 3,
      burst: { count: 10, windowSeconds: 60 },
    });
    const partial = writeCity('spam.json', {
      ...boston,
      spamDefense: { dailyLimits: { messages: 5 }, burst: { windowSeconds: 30 } },
    });
    expect(loadCityProfile(partial).spamDefense).toEqual({
      newAccountDays: 7,
      dailyLimits: { connectionRequests: 20, messages: 5, opportunities: 3, introductions: 10 },
      maxProfileLinks: 2,
      minFormSeconds: 3,
      burst: { count: 10, windowSeconds: 30 },
    });
    expect(
      messageFor(writeCity('spam-bad.json', { ...boston, spamDefense: { maxProfileLinks: 1.5 } })),
    ).toMatch(/spamDefense\.maxProfileLinks must be a whole number/);
    expect(
      messageFor(writeCity('spam-typo.json', { ...boston, spamDefense: { dailyLimit: {} } })),
    ).toMatch(/spamDefense/);
  });
});
