import { localize } from '../../../config/city-profile.js';
import { NAICS_SECTORS } from '../../../common/taxonomy/naics-sectors.js';
import {
  BUSINESS_STAGES,
  CATEGORY_PHRASES,
  NEED_OFFER_CATEGORIES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import { BULK_BATCH_ROWS, BulkInserter, arrayLiteral, columns, push } from './bulk-insert.js';
import { drawIndex, type Random } from './random.js';
import { syntheticEmail, syntheticHandle, type SyntheticGenerator } from './synthetic-set.js';

const DAY_MS = 86_400_000;
/** Members signed up over the three years before the epoch, more of them lately. */
const SIGN_UP_SPAN_MS = 3 * 365 * DAY_MS;
const CONNECTOR_SHARE = 0.02;
const ELSEWHERE_SHARE = 0.15;

const MEMBER_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'email', type: 'varchar' },
  { name: 'handle', type: 'varchar' },
  { name: 'display_name', type: 'varchar' },
  { name: 'headline', type: 'varchar' },
  { name: 'roles', type: 'varchar[]' },
  { name: 'password_hash', type: 'varchar' },
  { name: 'email_verified_at', type: 'timestamptz' },
  { name: 'bio', type: 'varchar' },
  { name: 'neighborhood', type: 'varchar' },
  { name: 'home_city', type: 'varchar' },
  { name: 'home_country', type: 'varchar' },
  { name: 'languages', type: 'varchar[]' },
  { name: 'sectors', type: 'varchar[]' },
  { name: 'stage', type: 'varchar' },
  { name: 'considering_locating', type: 'boolean' },
  { name: 'privacy', type: 'jsonb' },
  { name: 'locale', type: 'varchar' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
] as const;

const STATEMENT_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'member_id', type: 'uuid' },
  { name: 'kind', type: 'varchar' },
  { name: 'category', type: 'varchar' },
  { name: 'text', type: 'varchar' },
  { name: 'position', type: 'smallint' },
] as const;

/**
 * Members with full profiles: sectors (NAICS) weighted toward the city's featured ones,
 * neighborhoods from the city profile (15% live elsewhere, many of them considering locating),
 * languages, stages, 2% connectors, and needs and offers drawn from the taxonomy by sector and
 * stage.
 */
export const membersGenerator: SyntheticGenerator = {
  name: 'members',

  plan: (options) => ({ member: options.members, member_statement: options.members * 3 }),

  async run(context) {
    const { options, city } = context;
    const random = context.random('members');
    const n = options.members;
    const sectorCodes = NAICS_SECTORS.map((sector) => sector.code);
    const sectorWeights = sectorCodes.map(
      (code) => (SECTOR_SHARES[code] ?? 1) * (city.featuredSectors.includes(code) ? 1.5 : 1),
    );
    // Neighborhoods differ in size; the sizes are drawn once per set.
    const neighborhoodWeights = city.neighborhoods.map(() => 0.3 + random.next());
    const locales = new Set(city.locales);
    const connectors = new Set(
      random.sample([...Array(n).keys()], Math.round(n * CONNECTOR_SHARE)),
    );

    const ids: string[] = [];
    const primarySector = new Uint8Array(n);
    const neighborhood = new Int16Array(n);
    const isConnector = new Uint8Array(n);
    const stageOf = new Int8Array(n);
    const needs = new Uint16Array(n);
    const offers = new Uint16Array(n);
    const createdAt = new Float64Array(n);

    const members = new BulkInserter(context.runner, 'member', MEMBER_COLUMNS);
    const statements = new BulkInserter(context.runner, 'member_statement', STATEMENT_COLUMNS);
    const memberRows = columns(MEMBER_COLUMNS.length);
    const statementRows = columns(STATEMENT_COLUMNS.length);
    let memberCount = 0;
    let statementCount = 0;

    for (let i = 0; i < n; i += 1) {
      const id = random.uuid();
      const connector = connectors.has(i);
      const sector = drawIndex(random, sectorWeights);
      const sectors = [sectorCodes[sector]];
      if (random.chance(connector ? 0.7 : 0.3)) {
        const second = sectorCodes[drawIndex(random, sectorWeights)];
        if (second !== sectors[0]) sectors.push(second);
      }
      const elsewhere = random.chance(ELSEWHERE_SHARE);
      const place = elsewhere ? -1 : drawIndex(random, neighborhoodWeights);
      const home = elsewhere ? random.pick(ELSEWHERE) : null;
      const stage: BusinessStage | null = connector
        ? random.chance(0.8)
          ? 'ESTABLISHED'
          : 'GROWTH'
        : random.chance(0.08)
          ? null
          : BUSINESS_STAGES[drawIndex(random, STAGE_WEIGHTS)];
      const languages = drawLanguages(random);
      const locale =
        languages.includes('es') &&
        locales.has('es') &&
        (!languages.includes('en') || random.chance(0.35))
          ? 'es'
          : city.defaultLocale;
      const joined = context.epoch - SIGN_UP_SPAN_MS * (1 - Math.sqrt(random.next()));
      const verified = random.chance(0.96) ? new Date(joined + random.next() * 2 * DAY_MS) : null;
      const audience = random.next();
      const privacy =
        audience < 0.1
          ? { connectionRequests: 'SECOND_DEGREE' }
          : audience < 0.12
            ? { connectionRequests: 'NOBODY' }
            : null;
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const sectorName = NAICS_SECTORS[sector].name.en;
      const where = home
        ? home[0]
        : localize(city.neighborhoods[place].name, city.defaultLocale, city.defaultLocale);
      const role = connector ? 'Connector' : STAGE_ROLES[stage ?? 'GROWTH'];

      ids.push(id);
      primarySector[i] = sector;
      neighborhood[i] = place;
      isConnector[i] = connector ? 1 : 0;
      stageOf[i] = stage === null ? -1 : BUSINESS_STAGES.indexOf(stage);
      createdAt[i] = joined;
      push(memberRows, [
        id,
        syntheticEmail(i + 1, n),
        syntheticHandle(i + 1, n),
        name,
        `${role} · ${sectorName}`,
        arrayLiteral(connector ? ['MEMBER', 'CONNECTOR'] : ['MEMBER']),
        context.passwordHash,
        verified?.toISOString() ?? null,
        `${role} in ${sectorName.toLowerCase()}, ${home ? 'based in' : 'in'} ${where}.`,
        home ? null : city.neighborhoods[place].slug,
        home?.[0] ?? null,
        home?.[1] ?? null,
        arrayLiteral(languages),
        arrayLiteral(sectors),
        stage,
        home ? random.chance(0.6) : false,
        privacy ? JSON.stringify(privacy) : null,
        locale,
        new Date(joined).toISOString(),
        new Date(joined).toISOString(),
      ]);

      const sectorCode = sectorCodes[sector];
      for (const [kind, count] of [
        ['NEED', drawStatementCount(random, stage, connector, 'NEED')],
        ['OFFER', drawStatementCount(random, stage, connector, 'OFFER')],
      ] as const) {
        const categories = drawCategories(random, sectorCode, stage, connector, kind, count);
        categories.forEach((category, position) => {
          const bit = 1 << NEED_OFFER_CATEGORIES.indexOf(category);
          if (kind === 'NEED') needs[i] |= bit;
          else offers[i] |= bit;
          push(statementRows, [
            random.uuid(),
            id,
            kind,
            category,
            `${kind === 'NEED' ? 'Looking for' : 'Can offer'} ${CATEGORY_PHRASES[category]}`,
            position,
          ]);
        });
      }

      if (memberRows[0].length >= BULK_BATCH_ROWS || i === n - 1) {
        const written = await members.insert(memberRows);
        memberCount += written;
        context.advance('member', written);
        memberRows.forEach((column) => (column.length = 0));
        // Statements name their member, so they go in once their members are in.
        const said = await statements.insert(statementRows);
        statementCount += said;
        context.advance('member_statement', said);
        statementRows.forEach((column) => (column.length = 0));
      }
    }

    context.members = {
      ids,
      primarySector,
      sectorCodes,
      neighborhood,
      isConnector,
      stage: stageOf,
      needs,
      offers,
      createdAt,
    };
    return { member: memberCount, member_statement: statementCount };
  },
};

function drawLanguages(random: Random): string[] {
  const languages = random.chance(0.94) ? ['en'] : [];
  for (const [code, share] of OTHER_LANGUAGES) {
    if (languages.length < 3 && random.chance(share)) languages.push(code);
  }
  if (languages.length === 0) languages.push(random.chance(0.6) ? 'es' : 'pt');
  return languages;
}

/** How many needs (or offers): early stages need more, established members and connectors offer more. */
function drawStatementCount(
  random: Random,
  stage: BusinessStage | null,
  connector: boolean,
  kind: 'NEED' | 'OFFER',
): number {
  const early = stage === 'IDEA' || stage === 'PRE_REVENUE';
  const mature = stage === 'ESTABLISHED' || connector;
  const weights =
    kind === 'NEED'
      ? early
        ? [0.05, 0.3, 0.4, 0.25]
        : mature
          ? [0.35, 0.4, 0.2, 0.05]
          : [0.15, 0.4, 0.3, 0.15]
      : mature
        ? [0.05, 0.25, 0.4, 0.3]
        : early
          ? [0.45, 0.4, 0.15, 0]
          : [0.25, 0.4, 0.25, 0.1];
  return drawIndex(random, weights);
}

function drawCategories(
  random: Random,
  sector: string,
  stage: BusinessStage | null,
  connector: boolean,
  kind: 'NEED' | 'OFFER',
  count: number,
): NeedOfferCategory[] {
  const affinity = SECTOR_AFFINITY[sector];
  const favored = new Set(kind === 'NEED' ? affinity?.needs : affinity?.offers);
  const weights = NEED_OFFER_CATEGORIES.map((category) => {
    let weight = category === 'OTHER' ? 0.3 : 1;
    if (favored.has(category)) weight *= 4;
    weight *= (kind === 'NEED' ? STAGE_NEEDS : STAGE_OFFERS)[stage ?? 'GROWTH']?.[category] ?? 1;
    if (
      connector &&
      kind === 'OFFER' &&
      (category === 'MENTORSHIP' || category === 'PARTNERSHIPS')
    ) {
      weight *= 4;
    }
    return weight;
  });
  const chosen: NeedOfferCategory[] = [];
  while (chosen.length < count) {
    const index = drawIndex(random, weights);
    chosen.push(NEED_OFFER_CATEGORIES[index]);
    weights[index] = 0;
  }
  return chosen;
}

/** Rough shares of the city's businesses by NAICS sector. */
export const SECTOR_SHARES: Record<string, number> = {
  '11': 0.3,
  '21': 0.1,
  '22': 0.6,
  '23': 5,
  '31-33': 4,
  '42': 2.5,
  '44-45': 7,
  '48-49': 2.5,
  '51': 5,
  '52': 6,
  '53': 4,
  '54': 12,
  '55': 0.8,
  '56': 3.5,
  '61': 6,
  '62': 12,
  '71': 3.5,
  '72': 8,
  '81': 5,
  '92': 2,
};

/** What businesses in each sector tend to need and to offer. */
export const SECTOR_AFFINITY: Record<
  string,
  { needs: NeedOfferCategory[]; offers: NeedOfferCategory[] }
> = {
  '11': {
    needs: ['SPACE', 'CUSTOMERS_PROCUREMENT', 'FUNDING'],
    offers: ['SUPPLIERS_MANUFACTURING'],
  },
  '21': { needs: ['PERMITS_LICENSING', 'PARTNERSHIPS'], offers: ['SUPPLIERS_MANUFACTURING'] },
  '22': {
    needs: ['PARTNERSHIPS', 'PERMITS_LICENSING', 'RESEARCH_UNIVERSITIES'],
    offers: ['PARTNERSHIPS', 'TECHNOLOGY'],
  },
  '23': {
    needs: ['PERMITS_LICENSING', 'TALENT', 'CUSTOMERS_PROCUREMENT'],
    offers: ['SPACE', 'TRAINING'],
  },
  '31-33': {
    needs: ['SPACE', 'SUPPLIERS_MANUFACTURING', 'FUNDING', 'EXPORT_INTERNATIONAL'],
    offers: ['SUPPLIERS_MANUFACTURING', 'PARTNERSHIPS'],
  },
  '42': {
    needs: ['CUSTOMERS_PROCUREMENT', 'EXPORT_INTERNATIONAL'],
    offers: ['SUPPLIERS_MANUFACTURING', 'EXPORT_INTERNATIONAL'],
  },
  '44-45': {
    needs: ['SPACE', 'MARKETING_SALES', 'CUSTOMERS_PROCUREMENT'],
    offers: ['MARKETING_SALES', 'CUSTOMERS_PROCUREMENT'],
  },
  '48-49': {
    needs: ['PERMITS_LICENSING', 'SPACE', 'TALENT'],
    offers: ['EXPORT_INTERNATIONAL', 'PARTNERSHIPS'],
  },
  '51': {
    needs: ['FUNDING', 'TALENT', 'CUSTOMERS_PROCUREMENT'],
    offers: ['TECHNOLOGY', 'MARKETING_SALES'],
  },
  '52': {
    needs: ['CUSTOMERS_PROCUREMENT', 'PARTNERSHIPS'],
    offers: ['FUNDING', 'LEGAL_ACCOUNTING', 'TRAINING'],
  },
  '53': { needs: ['FUNDING', 'PERMITS_LICENSING'], offers: ['SPACE'] },
  '54': {
    needs: ['CUSTOMERS_PROCUREMENT', 'TALENT', 'MARKETING_SALES'],
    offers: ['LEGAL_ACCOUNTING', 'TECHNOLOGY', 'MENTORSHIP'],
  },
  '55': { needs: ['PARTNERSHIPS'], offers: ['MENTORSHIP', 'FUNDING'] },
  '56': { needs: ['CUSTOMERS_PROCUREMENT', 'TALENT'], offers: ['TALENT', 'TRAINING'] },
  '61': {
    needs: ['FUNDING', 'PARTNERSHIPS', 'SPACE'],
    offers: ['TRAINING', 'RESEARCH_UNIVERSITIES', 'TALENT'],
  },
  '62': {
    needs: ['TALENT', 'FUNDING', 'PERMITS_LICENSING'],
    offers: ['RESEARCH_UNIVERSITIES', 'TRAINING'],
  },
  '71': { needs: ['SPACE', 'FUNDING', 'MARKETING_SALES'], offers: ['SPACE', 'MARKETING_SALES'] },
  '72': {
    needs: ['SPACE', 'PERMITS_LICENSING', 'FUNDING', 'SUPPLIERS_MANUFACTURING'],
    offers: ['CUSTOMERS_PROCUREMENT', 'TRAINING'],
  },
  '81': { needs: ['MARKETING_SALES', 'CUSTOMERS_PROCUREMENT'], offers: ['TRAINING'] },
  '92': {
    needs: ['PARTNERSHIPS'],
    offers: ['PERMITS_LICENSING', 'CUSTOMERS_PROCUREMENT', 'FUNDING'],
  },
};

const STAGE_WEIGHTS = [0.12, 0.16, 0.27, 0.24, 0.21];

const STAGE_ROLES: Record<BusinessStage, string> = {
  IDEA: 'Aspiring founder',
  PRE_REVENUE: 'Founder',
  EARLY_REVENUE: 'Founder',
  GROWTH: 'CEO',
  ESTABLISHED: 'Owner',
};

const STAGE_NEEDS: Partial<Record<BusinessStage, Partial<Record<NeedOfferCategory, number>>>> = {
  IDEA: { FUNDING: 2, MENTORSHIP: 2.5, TRAINING: 1.5 },
  PRE_REVENUE: { FUNDING: 2.5, MENTORSHIP: 2, CUSTOMERS_PROCUREMENT: 1.5 },
  EARLY_REVENUE: { CUSTOMERS_PROCUREMENT: 2, FUNDING: 1.5 },
  GROWTH: { TALENT: 2, FUNDING: 1.5, SPACE: 1.5 },
  ESTABLISHED: { EXPORT_INTERNATIONAL: 1.5, PARTNERSHIPS: 1.5 },
};

const STAGE_OFFERS: Partial<Record<BusinessStage, Partial<Record<NeedOfferCategory, number>>>> = {
  IDEA: { OTHER: 2 },
  GROWTH: { TALENT: 1.5, PARTNERSHIPS: 1.5 },
  ESTABLISHED: { MENTORSHIP: 2, PARTNERSHIPS: 1.5, TRAINING: 1.5 },
};

/** Languages besides English, with the share of members who speak them. */
const OTHER_LANGUAGES: [string, number][] = [
  ['es', 0.16],
  ['pt', 0.06],
  ['zh', 0.05],
  ['ht', 0.04],
  ['fr', 0.04],
  ['vi', 0.03],
  ['ar', 0.02],
  ['hi', 0.02],
  ['ru', 0.02],
  ['ko', 0.015],
  ['so', 0.01],
  ['kea', 0.01],
];

/** Where members who live elsewhere are: [city, ISO country]. */
const ELSEWHERE: [string, string][] = [
  ['Providence', 'US'],
  ['New York', 'US'],
  ['Worcester', 'US'],
  ['Toronto', 'CA'],
  ['Montréal', 'CA'],
  ['Dublin', 'IE'],
  ['Lisbon', 'PT'],
  ['São Paulo', 'BR'],
  ['Praia', 'CV'],
  ['Bogotá', 'CO'],
  ['Santo Domingo', 'DO'],
  ['Port-au-Prince', 'HT'],
  ['Accra', 'GH'],
  ['Lagos', 'NG'],
  ['Bengaluru', 'IN'],
  ['Shenzhen', 'CN'],
  ['Berlin', 'DE'],
  ['Tel Aviv', 'IL'],
];

export const FIRST_NAMES = [
  'Aaliyah',
  'Abdi',
  'Ada',
  'Alejandro',
  'Amara',
  'Ana',
  'Andre',
  'Anh',
  'Beatriz',
  'Benjamin',
  'Carla',
  'Chen',
  'Chloe',
  'Daniel',
  'Deja',
  'Diego',
  'Elena',
  'Emeka',
  'Fatima',
  'Femi',
  'Gabriel',
  'Grace',
  'Hana',
  'Hassan',
  'Isabel',
  'Jamal',
  'Jean',
  'Joao',
  'Julia',
  'Keisha',
  'Kevin',
  'Lucia',
  'Malik',
  'Maria',
  'Mei',
  'Michael',
  'Min-jun',
  'Nadia',
  'Nia',
  'Omar',
  'Patrick',
  'Priya',
  'Rafael',
  'Rosa',
  'Samuel',
  'Sarah',
  'Sofia',
  'Thanh',
  'Tomas',
  'Yusuf',
];

export const LAST_NAMES = [
  'Adeyemi',
  'Alvarez',
  'Baptiste',
  'Barros',
  'Brennan',
  'Chen',
  'Cohen',
  'Costa',
  'Daley',
  'Diaz',
  'Dos Santos',
  'Fitzgerald',
  'Fofana',
  'Gomes',
  'Gonzalez',
  'Haddad',
  'Ibrahim',
  'Jackson',
  'Joseph',
  'Kim',
  'Le',
  'Lee',
  'Lopez',
  'Mendes',
  'Murphy',
  'Nguyen',
  'Novak',
  'Okafor',
  'Oliveira',
  'Ortiz',
  'Park',
  'Patel',
  'Pierre',
  'Ramirez',
  'Reyes',
  'Rivera',
  'Rodrigues',
  'Santos',
  'Shah',
  'Silva',
  'Sullivan',
  'Tran',
  'Vargas',
  'Walsh',
  'Wang',
  'Washington',
  'Williams',
  'Wong',
  'Yang',
  'Zhang',
];
