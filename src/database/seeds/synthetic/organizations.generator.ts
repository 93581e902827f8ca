import { localize } from '../../../config/city-profile.js';
import { NAICS_SECTORS } from '../../../common/taxonomy/naics-sectors.js';
import {
  CATEGORY_PHRASES,
  type NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import {
  ORGANIZATION_TYPES,
  type OrganizationRole,
  type SizeBand,
} from '../../../modules/organizations/organization.types.js';
import {
  BULK_BATCH_ROWS,
  BulkInserter,
  arrayLiteral,
  clear,
  columns,
  push,
} from './bulk-insert.js';
import { SECTOR_AFFINITY } from './members.generator.js';
import {
  FOCUS_SECTORS,
  ORGANIZATION_PROFILES,
  type OrganizationProfile,
  type Weighted,
} from './organization-profiles.js';
import { WeightedSampler, drawIndex, type Random } from './random.js';
import type { SyntheticGenerator, SyntheticMembers } from './synthetic-set.js';
import {
  organizationDescription,
  organizationName,
  organizationStatementText,
} from './synthetic-texts.js';

const DAY_MS = 86_400_000;
/** Most resource partners carry the verified badge; few businesses asked for it. */
const VERIFIED_PARTNERS = 0.85;
const VERIFIED_BUSINESSES = 0.15;
/** Unverified organizations that have asked staff for the badge. */
const VERIFICATION_PENDING = 0.1;

const ORGANIZATION_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'slug', type: 'varchar' },
  { name: 'name', type: 'varchar' },
  { name: 'type', type: 'varchar' },
  { name: 'sectors', type: 'varchar[]' },
  { name: 'size_band', type: 'varchar' },
  { name: 'neighborhood', type: 'varchar' },
  { name: 'address', type: 'varchar' },
  { name: 'website', type: 'varchar' },
  { name: 'description', type: 'varchar' },
  { name: 'founded_year', type: 'smallint' },
  { name: 'verification_requested_at', type: 'timestamptz' },
  { name: 'verified_at', type: 'timestamptz' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
] as const;

const ORGANIZATION_MEMBER_COLUMNS = [
  { name: 'organization_id', type: 'uuid' },
  { name: 'member_id', type: 'uuid' },
  { name: 'role', type: 'varchar' },
  { name: 'created_at', type: 'timestamptz' },
] as const;

const ORGANIZATION_STATEMENT_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'kind', type: 'varchar' },
  { name: 'category', type: 'varchar' },
  { name: 'text', type: 'varchar' },
  { name: 'position', type: 'smallint' },
] as const;

/** Admins and other members beside the owner, by size band: [most admins, most members]. */
const TEAM_SIZES: Record<SizeBand, readonly [number, number]> = {
  SOLO: [0, 0],
  FROM_2_TO_10: [1, 3],
  FROM_11_TO_50: [2, 6],
  FROM_51_TO_200: [2, 9],
  FROM_201_TO_1000: [3, 12],
  OVER_1000: [3, 15],
};

const STREETS = [
  'Washington St',
  'Tremont St',
  'Massachusetts Ave',
  'Blue Hill Ave',
  'Centre St',
  'Dorchester Ave',
  'Boylston St',
  'Hanover St',
  'Cambridge St',
  'Harrison Ave',
  'Columbus Ave',
  'Summer St',
];

/**
 * Organizations of every type in realistic proportions (mostly small businesses and startups; a
 * few hundred lenders, funds, incubators, coworking spaces, universities and city agencies in a
 * city of 100,000 members), each with an owner, admins and members drawn from the members, needs
 * and offers coherent with its type (a lender offers funding, a coworking space offers space), and
 * the verified badge for most resource partners. The first eleven are one of each type, so that
 * even a small set has every type.
 */
export const organizationsGenerator: SyntheticGenerator = {
  name: 'organizations',

  plan: (options) => ({
    organization: options.organizations,
    organization_member: options.organizations * 4,
    organization_statement: options.organizations * 4,
  }),

  async run(context) {
    const count = context.options.organizations;
    if (count === 0) return {};
    const members = context.members;
    if (!members) throw new Error('The organizations generator needs the members generator first');
    const { city } = context;
    const random = context.random('organizations');
    const n = members.ids.length;
    const cityName = localize(city.name, city.defaultLocale, city.defaultLocale);
    const placeName = (index: number) =>
      index < 0
        ? cityName
        : localize(city.neighborhoods[index].name, city.defaultLocale, city.defaultLocale);

    const typeShares = ORGANIZATION_TYPES.map((type) => ORGANIZATION_PROFILES[type].share);
    const owners = ORGANIZATION_TYPES.map((type) =>
      ownerSampler(members, ORGANIZATION_PROFILES[type]),
    );
    const bySector = groupSampler(members.primarySector, n);
    const byNeighborhood = groupSampler(members.neighborhood, n);
    const everyone = Int32Array.from({ length: n }, (_, i) => i);

    const ids: string[] = [];
    const slugs: string[] = [];
    const names: string[] = [];
    const typeOf = new Uint8Array(count);
    const sectorsOf: string[][] = [];
    const neighborhoodOf = new Int16Array(count);
    const managers: number[][] = [];
    const createdAtOf = new Float64Array(count);

    const organizations = new BulkInserter(context.runner, 'organization', ORGANIZATION_COLUMNS);
    const teams = new BulkInserter(
      context.runner,
      'organization_member',
      ORGANIZATION_MEMBER_COLUMNS,
    );
    const statements = new BulkInserter(
      context.runner,
      'organization_statement',
      ORGANIZATION_STATEMENT_COLUMNS,
    );
    const organizationRows = columns(ORGANIZATION_COLUMNS.length);
    const teamRows = columns(ORGANIZATION_MEMBER_COLUMNS.length);
    const statementRows = columns(ORGANIZATION_STATEMENT_COLUMNS.length);
    const written = { organization: 0, organization_member: 0, organization_statement: 0 };

    for (let o = 0; o < count; o += 1) {
      const typeIndex = o < ORGANIZATION_TYPES.length ? o : drawIndex(random, typeShares);
      const type = ORGANIZATION_TYPES[typeIndex];
      const profile = ORGANIZATION_PROFILES[type];
      const owner = owners[typeIndex].draw(random);

      const ownSector = profile.homeSectors
        ? random.pick(profile.homeSectors)
        : members.sectorCodes[members.primarySector[owner]];
      const sectors = [ownSector];
      for (let f = 0; f < profile.focusSectors; f += 1) {
        const focus = drawWeighted(random, FOCUS_SECTORS);
        if (!sectors.includes(focus)) sectors.push(focus);
      }
      // A business is where its owner lives, mostly; partners anywhere in the city.
      const neighborhood =
        !profile.resourcePartner && members.neighborhood[owner] >= 0 && random.chance(0.8)
          ? members.neighborhood[owner]
          : random.int(city.neighborhoods.length);
      const sizeBand = drawWeighted(random, profile.sizes);
      const created = Math.max(
        members.createdAt[owner] + random.next() * 30 * DAY_MS,
        context.epoch - 3 * 365 * DAY_MS,
      );
      const createdAt = Math.min(created, context.epoch - DAY_MS);
      const sectorName = sectorNameOf(ownSector);
      const words = {
        type,
        sectorName,
        sectorCode: ownSector,
        place: placeName(neighborhood),
        city: cityName,
      };
      const name = organizationName(random, words).slice(0, 120);
      const slug = `${slugify(name).slice(0, 50).replace(/-+$/, '')}-${o + 1}`;
      const foundedYear = new Date(context.epoch).getUTCFullYear() - Math.floor(random.pareto(1.2));
      const verified = random.chance(
        profile.resourcePartner ? VERIFIED_PARTNERS : VERIFIED_BUSINESSES,
      );
      const requested = verified || random.chance(VERIFICATION_PENDING);
      const requestedAt = requested ? createdAt + random.next() * 10 * DAY_MS : null;
      const verifiedAt =
        verified && requestedAt !== null ? requestedAt + random.next() * 5 * DAY_MS : null;
      const updatedAt = Math.min(verifiedAt ?? requestedAt ?? createdAt, context.epoch - 1);

      ids.push(random.uuid());
      slugs.push(slug);
      names.push(name);
      typeOf[o] = typeIndex;
      sectorsOf.push(sectors);
      neighborhoodOf[o] = neighborhood;
      createdAtOf[o] = createdAt;
      push(organizationRows, [
        ids[o],
        slug,
        name,
        type,
        arrayLiteral(sectors),
        sizeBand,
        city.neighborhoods[neighborhood].slug,
        random.chance(0.6) ? `${1 + random.int(900)} ${random.pick(STREETS)}` : null,
        random.chance(0.8) ? `https://${slug}.example.org` : null,
        organizationDescription(random, {
          ...words,
          focus: sectorNameOf(sectors[1] ?? ownSector),
          year: Math.max(1850, foundedYear),
        }),
        Math.max(1850, foundedYear),
        requestedAt === null ? null : iso(Math.min(requestedAt, context.epoch - 1)),
        verifiedAt === null ? null : iso(Math.min(verifiedAt, context.epoch - 1)),
        iso(createdAt),
        iso(updatedAt),
      ]);

      // Its team: the owner, then admins and members from its sector and neighborhood.
      const [mostAdmins, mostMembers] = TEAM_SIZES[sizeBand];
      const admins = random.int(mostAdmins + 1);
      const others = random.int(mostMembers + 1);
      const team = new Set<number>([owner]);
      const managing = [owner];
      push(teamRows, [ids[o], members.ids[owner], 'OWNER', iso(createdAt)]);
      for (let t = 0; t < admins + others && team.size < n; t += 1) {
        const mode = random.next();
        const pool =
          (mode < 0.5
            ? bySector.get(members.primarySector[owner])
            : mode < 0.8
              ? byNeighborhood.get(neighborhood)
              : undefined) ?? everyone;
        const member = pool[random.int(pool.length)];
        if (team.has(member)) continue;
        team.add(member);
        const role: OrganizationRole = t < admins ? 'ADMIN' : 'MEMBER';
        if (role === 'ADMIN') managing.push(member);
        const joined = Math.max(createdAt, members.createdAt[member]);
        const at = joined + random.next() * (context.epoch - joined);
        push(teamRows, [ids[o], members.ids[member], role, iso(at)]);
      }
      managers.push(managing);

      for (const kind of ['OFFER', 'NEED'] as const) {
        const categories = drawStatements(random, profile, ownSector, kind);
        categories.forEach((category, position) => {
          push(statementRows, [
            random.uuid(),
            ids[o],
            kind,
            category,
            organizationStatementText(random, type, kind, category, CATEGORY_PHRASES[category]),
            position,
          ]);
        });
      }

      if (organizationRows[0].length >= BULK_BATCH_ROWS || o === count - 1) {
        for (const [table, inserter, rows] of [
          ['organization', organizations, organizationRows],
          ['organization_member', teams, teamRows],
          ['organization_statement', statements, statementRows],
        ] as const) {
          const done = await inserter.insert(rows);
          written[table] += done;
          context.advance(table, done);
          clear(rows);
        }
      }
    }

    context.organizations = {
      ids,
      slugs,
      names,
      type: typeOf,
      sectors: sectorsOf,
      neighborhood: neighborhoodOf,
      managers,
      createdAt: createdAtOf,
    };
    return written;
  },
};

/**
 * Who owns an organization of this type: members whose stage fits it (founders own startups,
 * established members run banks and agencies), in its home sectors where it has them, connectors
 * more often at resource partners.
 */
function ownerSampler(members: SyntheticMembers, profile: OrganizationProfile): WeightedSampler {
  const n = members.ids.length;
  const weights = new Float64Array(n);
  const home = new Set(profile.homeSectors ?? []);
  for (let i = 0; i < n; i += 1) {
    const stage = members.stage[i];
    let weight = stage < 0 ? 0.05 : profile.ownerStages[stage] + 0.02;
    if (home.has(members.sectorCodes[members.primarySector[i]])) weight *= 8;
    if (profile.resourcePartner && members.isConnector[i]) weight *= 3;
    weights[i] = weight;
  }
  return new WeightedSampler(
    Int32Array.from({ length: n }, (_, i) => i),
    weights,
  );
}

function groupSampler(groupOf: ArrayLike<number>, n: number): Map<number, Int32Array> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    if (groupOf[i] < 0) continue;
    let list = groups.get(groupOf[i]);
    if (!list) groups.set(groupOf[i], (list = []));
    list.push(i);
  }
  return new Map([...groups].map(([group, list]) => [group, Int32Array.from(list)]));
}

/** Its offers (or needs): the type's first always, one to three in all. */
function drawStatements(
  random: Random,
  profile: OrganizationProfile,
  sector: string,
  kind: 'NEED' | 'OFFER',
): NeedOfferCategory[] {
  const source = kind === 'OFFER' ? profile.offers : profile.needs;
  const choices: Weighted<NeedOfferCategory> =
    source === 'sector'
      ? ((kind === 'OFFER' ? SECTOR_AFFINITY[sector]?.offers : SECTOR_AFFINITY[sector]?.needs)?.map(
          (category, i) => [category, i === 0 ? 1 : 0.6] as const,
        ) ?? [['OTHER', 1]])
      : source;
  const count = Math.min(choices.length, 1 + drawIndex(random, [0.35, 0.4, 0.25]));
  const chosen: NeedOfferCategory[] = [choices[0][0]];
  const weights = choices.map(([, weight], i) => (i === 0 ? 0 : weight));
  while (chosen.length < count) {
    const index = drawIndex(random, weights);
    if (weights[index] === 0) break;
    chosen.push(choices[index][0]);
    weights[index] = 0;
  }
  return chosen;
}

export function drawWeighted<T>(random: Random, choices: Weighted<T>): T {
  return choices[
    drawIndex(
      random,
      choices.map(([, weight]) => weight),
    )
  ][0];
}

export function sectorNameOf(code: string): string {
  return NAICS_SECTORS.find((sector) => sector.code === code)?.name.en ?? code;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function iso(ms: number): string {
  return new Date(Math.floor(ms)).toISOString();
}
