import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';

type Value = string | number | boolean | string[] | null;
type OpenRecord = Record<string, Value>;

interface FieldDoc {
  name: string;
  type: string;
  nullable: boolean;
  description: { en: string; es: string };
}
interface DatasetDoc {
  name: string;
  files: string[];
  fields: FieldDoc[];
  tables?: { key: string; title: { en: string; es: string } }[];
}
interface Cell {
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
}
interface StatsTable {
  key: string;
  unit: string;
  total: { value: number | null; suppressed: boolean };
  cells: Cell[];
}

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Things that must never leave the server in open data. */
const SECRETS = {
  email: '@private.example.org',
  phone: '+1 617 555 0199',
  name: 'Secret Person',
  handle: 'secret-handle',
  address: '1 Hidden Lane',
  hiddenOrganization: 'Hidden Holdings',
  unverifiedOrganization: 'Unverified Union',
  excludedTitle: 'MUST NOT APPEAR',
};

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      expect(c).not.toBe('\n'); // a bare line break only ever appears inside quotes
      field += c;
    }
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

/** A CSV field back into the JSON value, as fields.json documents each type. */
function fromCsv(text: string, field: FieldDoc): Value {
  if (text === '' && field.nullable) return null;
  // Text a spreadsheet would run as a formula carries one apostrophe in front.
  const unescaped = text.startsWith("'") ? text.slice(1) : text;
  switch (field.type) {
    case 'integer':
      return Number(text);
    case 'boolean':
      expect(['true', 'false']).toContain(text);
      return text === 'true';
    case 'list':
      return unescaped === '' ? [] : unescaped.split(';');
    default:
      return unescaped;
  }
}

describe('open data', () => {
  let app: TestApp;
  let db: DataSource;
  let serial = 0;
  const id: Record<string, string> = {};

  async function insert(table: string, values: Record<string, unknown>): Promise<string> {
    const columns = Object.keys(values);
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
      Object.values(values),
    );
    return rows[0].id;
  }

  /** A member with private details that must never be published. */
  async function person(values: Record<string, unknown> = {}): Promise<string> {
    serial += 1;
    return insert('member', {
      email: `person${serial}${SECRETS.email}`,
      handle: `${SECRETS.handle}-${serial}`,
      display_name: `${SECRETS.name} ${serial}`,
      phone: SECRETS.phone,
      bio: `Call me on ${SECRETS.phone}`,
      ...values,
    });
  }

  async function opportunity(name: string, values: Record<string, unknown>) {
    id[name] = await insert('opportunity', {
      kind: 'FUNDING',
      title: `${SECRETS.excludedTitle} ${name}`,
      status: 'PUBLISHED',
      published_at: inDays(-3),
      poster_id: id.poster,
      ...values,
    });
  }

  async function get(path: string) {
    const response = await fetch(`${app.url}${path}`);
    return { response, text: await response.text() };
  }

  async function json<T>(path: string): Promise<T> {
    const { response, text } = await get(path);
    expect(response.status).toBe(200);
    return JSON.parse(text) as T;
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = app.app.get(DataSource);

    // People counted in the statistics: 15 members anyone may see.
    //  by stage: IDEA 4, EARLY_REVENUE 5, GROWTH 6
    //  by first sector: 54 4, 72 5, 62 6 (the GROWTH members list 62 then 54)
    //  by neighborhood: back-bay 10, dorchester 4, not stated 1 (a private location)
    for (let i = 0; i < 4; i += 1) {
      await person({ stage: 'IDEA', sectors: ['54'], neighborhood: 'back-bay' });
    }
    for (let i = 0; i < 5; i += 1) {
      await person({
        stage: 'EARLY_REVENUE',
        sectors: ['72'],
        neighborhood: 'dorchester',
        visibility: i === 0 ? { location: 'PRIVATE' } : null,
      });
    }
    for (let i = 0; i < 6; i += 1) {
      await person({
        stage: 'GROWTH',
        sectors: ['62', '54'],
        neighborhood: 'back-bay',
        // A suspension that has ended: counted again.
        ...(i === 0 ? { suspended_at: inDays(-30), suspended_until: inDays(-1) } : {}),
      });
    }
    // Not counted: hidden, suspended (indefinitely, and until later), deleted.
    const uncounted = { stage: 'IDEA', sectors: ['62'], neighborhood: 'back-bay' };
    id.hiddenPoster = await person({ ...uncounted, hidden_at: inDays(-1) });
    id.suspendedPoster = await person({ ...uncounted, suspended_at: inDays(-1) });
    await person({ ...uncounted, suspended_at: inDays(-1), suspended_until: inDays(5) });
    id.deletedPoster = await person({ ...uncounted, deleted_at: inDays(-1) });
    // The poster of the open opportunities: one of the counted GROWTH members.
    id.poster = (
      await db.query<{ id: string }[]>(
        "SELECT id FROM member WHERE stage = 'GROWTH' AND suspended_at IS NULL LIMIT 1",
      )
    )[0].id;

    id.acme = await insert('organization', {
      slug: 'acme-bakery',
      name: 'Acme "Bakery", Inc.',
      type: 'STARTUP',
      sectors: ['72', '31-33'],
      neighborhood: 'back-bay',
      website: 'https://acme.example',
      // A formula a spreadsheet would run, on two lines.
      description: '=HYPERLINK("http://evil.example","click")\nBread, since 2019.',
      founded_year: 2019,
      size_band: 'FROM_2_TO_10',
      address: SECRETS.address,
      verified_at: '2026-03-04T15:00:00Z',
    });
    id.plain = await insert('organization', {
      slug: 'plain-co',
      name: 'Plain Co',
      type: 'SMALL_BUSINESS',
      address: SECRETS.address,
      verified_at: '2026-01-02T00:00:00Z',
    });
    id.hiddenOrg = await insert('organization', {
      slug: 'hidden-holdings',
      name: SECRETS.hiddenOrganization,
      type: 'INVESTOR',
      verified_at: '2026-01-01T00:00:00Z',
      hidden_at: inDays(-1),
    });
    id.unverified = await insert('organization', {
      slug: 'unverified-union',
      name: SECRETS.unverifiedOrganization,
      type: 'NON_PROFIT',
    });

    // Published openly.
    await opportunity('forAcme', {
      organization_id: id.acme,
      title: '+Grant for bakers, "small", local',
      kind: 'FUNDING',
      subkind: 'GRANT',
      categories: ['FUNDING'],
      sectors: ['72'],
      neighborhoods: ['back-bay', 'dorchester'],
      amount_min: 1000,
      amount_max: 5000,
      deadline: inDays(20),
      external_url: 'https://acme.example/grant',
      description: 'Line one\r\nLine two, with "quotes"',
    });
    await opportunity('ownPost', {
      title: 'Desk in my studio',
      kind: 'SPACE',
      subkind: 'OFFICE',
      categories: ['SPACE'],
      citywide: true,
      size_sq_ft: 80,
    });
    await opportunity('leftBehind', {
      organization_id: id.acme,
      poster_id: id.deletedPoster,
      title: 'Internship (its poster left, the organization stays)',
      kind: 'JOB',
      categories: ['TALENT'],
      remote: true,
    });
    await opportunity('forUnverified', {
      organization_id: id.unverified,
      title: 'Volunteer mentors',
      kind: 'MENTORSHIP',
      categories: ['MENTORSHIP'],
      citywide: true,
    });
    // Never published openly.
    await opportunity('draft', { status: 'DRAFT', published_at: null });
    await opportunity('inReview', { status: 'IN_REVIEW', published_at: null });
    await opportunity('closed', { status: 'CLOSED' });
    await opportunity('expiredStatus', { status: 'EXPIRED' });
    await opportunity('pastDeadline', { deadline: inDays(-1) });
    await opportunity('hidden', { hidden_at: inDays(-1) });
    await opportunity('bySuspended', { poster_id: id.suspendedPoster });
    await opportunity('byHidden', { poster_id: id.hiddenPoster });
    await opportunity('byDeleted', { poster_id: id.deletedPoster });
    await opportunity('ofHiddenOrg', { organization_id: id.hiddenOrg });
  });
  afterAll(() => app?.close());

  it('publishes verified organizations, with their public fields only', async () => {
    const { response, text } = await get('/open-data/organizations.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const body = JSON.parse(text) as { count: number; organizations: OpenRecord[] };
    expect(body.count).toBe(2);
    expect(body.organizations).toEqual([
      {
        slug: 'acme-bakery',
        name: 'Acme "Bakery", Inc.',
        type: 'STARTUP',
        sectors: ['72', '31-33'],
        neighborhood: 'back-bay',
        website: 'https://acme.example',
        description: '=HYPERLINK("http://evil.example","click")\nBread, since 2019.',
        foundedYear: 2019,
        sizeBand: 'FROM_2_TO_10',
        verifiedOn: '2026-03-04',
        url: `${app.url}/o/acme-bakery`,
      },
      {
        slug: 'plain-co',
        name: 'Plain Co',
        type: 'SMALL_BUSINESS',
        sectors: [],
        neighborhood: null,
        website: null,
        description: '',
        foundedYear: null,
        sizeBand: null,
        verifiedOn: '2026-01-02',
        url: `${app.url}/o/plain-co`,
      },
    ]);
  });

  it('publishes open opportunities only, never naming the member who posted one', async () => {
    const body = await json<{ count: number; opportunities: OpenRecord[] }>(
      '/open-data/opportunities.json',
    );
    const byId = new Map(body.opportunities.map((o) => [o.id, o]));
    expect([...byId.keys()].sort()).toEqual(
      [id.forAcme, id.ownPost, id.leftBehind, id.forUnverified].sort(),
    );
    expect(byId.get(id.forAcme)).toMatchObject({
      title: '+Grant for bakers, "small", local',
      kind: 'FUNDING',
      subkind: 'GRANT',
      categories: ['FUNDING'],
      sectors: ['72'],
      neighborhoods: ['back-bay', 'dorchester'],
      citywide: false,
      remote: false,
      amountMin: 1000,
      amountMax: 5000,
      sizeSqFt: null,
      organization: 'acme-bakery',
      organizationName: 'Acme "Bakery", Inc.',
      url: `${app.url}/opportunities/${id.forAcme}`,
    });
    // Posted by a member for themselves: no organization, and no member either.
    expect(byId.get(id.ownPost)).toMatchObject({ organization: null, organizationName: null });
    expect(Object.keys(byId.get(id.ownPost)!)).not.toContain('poster');
    // An organization not verified is not named (organizations.json does not list it).
    expect(byId.get(id.forUnverified)).toMatchObject({
      organization: null,
      organizationName: null,
    });
    // The organization's stays when the member who posted it has left.
    expect(byId.get(id.leftBehind)).toMatchObject({ organization: 'acme-bakery' });
    const { organizations } = await json<{ organizations: OpenRecord[] }>(
      '/open-data/organizations.json',
    );
    const slugs = organizations.map((o) => o.slug);
    for (const o of body.opportunities) {
      if (o.organization !== null) expect(slugs).toContain(o.organization);
    }
  });

  it('never lets a private field or a hidden thing out', async () => {
    const everything = await Promise.all(
      [
        '/open-data/organizations.json',
        '/open-data/organizations.csv',
        '/open-data/opportunities.json',
        '/open-data/opportunities.csv',
        '/open-data/stats.json',
      ].map(async (path) => (await get(path)).text),
    );
    const published = everything.join('\n');
    for (const secret of Object.values(SECRETS)) expect(published).not.toContain(secret);
    for (const name of ['hiddenPoster', 'suspendedPoster', 'deletedPoster', 'poster']) {
      expect(published).not.toContain(id[name]);
    }
    for (const key of ['email', 'phone', 'address', 'bio', 'hidden', 'posterId', 'handle']) {
      expect(published).not.toMatch(new RegExp(`"${key}"`));
    }
  });

  it('writes CSV that parses back to the JSON, safe to open in a spreadsheet', async () => {
    const { datasets } = await json<{ datasets: DatasetDoc[] }>('/open-data/fields.json');
    for (const name of ['organizations', 'opportunities']) {
      const fields = datasets.find((d) => d.name === name)!.fields;
      const { response, text } = await get(`/open-data/${name}.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(fields.map((f) => f.name));
      const parsed = rows.map((row) =>
        Object.fromEntries(fields.map((field, i) => [field.name, fromCsv(row[i], field)])),
      );
      const body = await json<Record<string, OpenRecord[]>>(`/open-data/${name}.json`);
      expect(parsed).toEqual(body[name]);
    }
    // Formula-looking text starts with an apostrophe; the rest is quoted as RFC 4180 says.
    const organizations = (await get('/open-data/organizations.csv')).text;
    expect(organizations).toContain(
      '"\'=HYPERLINK(""http://evil.example"",""click"")\nBread, since 2019."',
    );
    expect(organizations).toContain('"Acme ""Bakery"", Inc."');
    const opportunities = parseCsv((await get('/open-data/opportunities.csv')).text);
    const titles = opportunities.map((row) => row[1]);
    expect(titles).toContain('\'+Grant for bakers, "small", local');
    for (const row of opportunities.slice(1)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('publishes statistics in which no cell shows fewer than five people', async () => {
    const { response, text } = await get('/open-data/stats.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const stats = JSON.parse(text) as { suppressionThreshold: number; tables: StatsTable[] };
    expect(stats.suppressionThreshold).toBe(5);
    const table = (key: string) => stats.tables.find((t) => t.key === key)!;
    const shown = (key: string) =>
      Object.fromEntries(
        table(key)
          .cells.filter((c) => !c.suppressed)
          .map((c) => [c.key, c.value]),
      );
    const hidden = (key: string) =>
      table(key)
        .cells.filter((c) => c.suppressed)
        .map((c) => c.key);

    // By stage: IDEA 4 is suppressed; EARLY_REVENUE 5 too, or IDEA would be 15 - 6 - 5.
    expect(table('members_by_stage').total).toEqual({ value: 15, suppressed: false });
    expect(shown('members_by_stage')).toEqual({ GROWTH: 6 });
    expect(hidden('members_by_stage')).toEqual(
      expect.arrayContaining(['IDEA', 'EARLY_REVENUE', 'PRE_REVENUE', 'ESTABLISHED', 'NONE']),
    );
    // By first sector: 62 6 shown (the GROWTH members' second sector, 54, is not counted);
    // 54 4 suppressed, and 72 5 with it.
    expect(shown('members_by_sector')).toEqual({ '62': 6 });
    expect(hidden('members_by_sector')).toEqual(expect.arrayContaining(['54', '72']));
    // By neighborhood: dorchester 4 and the private location 1 suppressed together (5).
    expect(shown('members_by_neighborhood')).toEqual({ 'back-bay': 10 });
    expect(hidden('members_by_neighborhood')).toEqual(
      expect.arrayContaining(['dorchester', 'NONE']),
    );
    // Three organizations may be counted (one is hidden): too few for any cell or the total.
    expect(table('organizations_by_type').total).toEqual({ value: null, suppressed: true });
    expect(shown('organizations_by_type')).toEqual({});
    // Opportunities are public one by one: counted as they are.
    expect(table('opportunities_by_kind').total).toEqual({ value: 4, suppressed: false });
    expect(shown('opportunities_by_kind')).toMatchObject({
      FUNDING: 1,
      SPACE: 1,
      JOB: 1,
      MENTORSHIP: 1,
      EVENT: 0,
    });

    for (const t of stats.tables.filter((t) => t.unit !== 'opportunities')) {
      for (const cell of t.cells) {
        if (cell.suppressed) expect(cell.value).toBeNull();
        else expect(cell.value).toBeGreaterThanOrEqual(5);
      }
      // The total minus the published cells never tells of 1 to 4 people.
      if (!t.total.suppressed) {
        const published = t.cells.reduce((sum, c) => sum + (c.value ?? 0), 0);
        const workedOut = t.total.value! - published;
        expect(workedOut === 0 || workedOut >= 5).toBe(true);
      }
    }
  });

  it('a sixth person in a cell makes it public', async () => {
    await person({ stage: 'IDEA', sectors: ['54'], neighborhood: 'dorchester' });
    await person({ stage: 'IDEA', sectors: ['54'], neighborhood: 'dorchester' });
    const stats = await json<{ tables: StatsTable[] }>('/open-data/stats.json');
    const stage = stats.tables.find((t) => t.key === 'members_by_stage')!;
    const cells = Object.fromEntries(stage.cells.map((c) => [c.key, c.value]));
    // The empty stages stay suppressed; the total gives away only that they are empty.
    expect(cells).toMatchObject({ IDEA: 6, EARLY_REVENUE: 5, GROWTH: 6, PRE_REVENUE: null });
    expect(stage.total.value).toBe(17);
  });

  it('documents every field of every dataset, in English and Spanish', async () => {
    const { response, text } = await get('/open-data/fields.json');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const { datasets } = JSON.parse(text) as { datasets: DatasetDoc[] };
    expect(datasets.map((d) => d.name)).toEqual(['organizations', 'opportunities', 'stats']);
    for (const dataset of datasets) {
      for (const field of dataset.fields) {
        expect(field.description.en.length).toBeGreaterThan(3);
        expect(field.description.es.length).toBeGreaterThan(3);
        expect(['string', 'integer', 'boolean', 'date', 'date-time', 'url', 'list']).toContain(
          field.type,
        );
      }
    }
    // Every field published is documented, and every documented field is published.
    for (const name of ['organizations', 'opportunities']) {
      const body = await json<Record<string, OpenRecord[]>>(`/open-data/${name}.json`);
      const documented = datasets.find((d) => d.name === name)!.fields.map((f) => f.name);
      for (const record of body[name]) expect(Object.keys(record)).toEqual(documented);
    }
    const stats = await json<{ tables: StatsTable[] }>('/open-data/stats.json');
    const tables = datasets.find((d) => d.name === 'stats')!.tables!;
    expect(tables.map((t) => t.key)).toEqual(stats.tables.map((t) => t.key));
    for (const t of tables) expect(t.title.es).not.toBe('');
  });
});
