import { localize } from '../../../config/city-profile.js';
import {
  NEED_OFFER_CATEGORIES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import type { OutcomeKind } from '../../../common/taxonomy/outcomes.js';
import {
  KIND_CATEGORY,
  type OpportunityKind,
  type OpportunityStatus,
  type OpportunitySubkind,
} from '../../../modules/opportunities/opportunity.types.js';
import { ORGANIZATION_TYPES } from '../../../modules/organizations/organization.types.js';
import {
  BULK_BATCH_ROWS,
  BulkInserter,
  arrayLiteral,
  clear,
  columns,
  push,
} from './bulk-insert.js';
import { SECTOR_SHARES } from './members.generator.js';
import {
  FOCUS_SECTORS,
  KIND_EXTRA_CATEGORIES,
  ORGANIZATION_PROFILES,
  SPACE_SECTORS,
  SUBKIND_STAGES,
  type KindProfile,
  type Weighted,
} from './organization-profiles.js';
import { drawWeighted, sectorNameOf } from './organizations.generator.js';
import { WeightedSampler, type Random } from './random.js';
import type { GeneratorContext, SyntheticGenerator } from './synthetic-set.js';
import {
  INTEREST_MESSAGES,
  eligibilityText,
  opportunityDescription,
  opportunityTitle,
  type OpportunityWords,
} from './synthetic-texts.js';

const DAY_MS = 86_400_000;
/** Posted by a member for themselves rather than for an organization. */
const MEMBER_POSTED = 0.05;
/** How often an organization posts varies a lot: a Lomax law of this shape on top of its type. */
const ACTIVITY_SHAPE = 1.5;
/** Shares of each status; the rest are published. */
const STATUS_SHARES: Weighted<OpportunityStatus> = [
  ['DRAFT', 0.05],
  ['IN_REVIEW', 0.02],
  ['CLOSED', 0.12],
  ['EXPIRED', 0.14],
  ['PUBLISHED', 0.67],
];
/**
 * Open deadlines fall this many days after the epoch at the earliest: the epoch is fixed so that
 * a set does not depend on the clock, and deadlines must stay ahead of the clock for a while or
 * the expiry job would close the published ones as soon as the API starts.
 */
const OPEN_DEADLINE_FROM_DAYS = 56;
/** Spread evenly, so that the share a later clock sees expired grows slowly (a third a year). */
const OPEN_DEADLINE_SPAN_DAYS = 900;
/** Interest per published opportunity: a Lomax law of this shape, times the scale. */
const INTEREST_SHAPE = 1.8;
const INTEREST_SCALE = 3;
const INTEREST_MAX = 300;
/** Interested members who need what it answers; the others are just curious. */
const INTEREST_FROM_NEED = 0.75;

const MEMBER_KINDS: readonly KindProfile[] = [
  { kind: 'MENTORSHIP', weight: 0.4, subkinds: [['MENTORSHIP', 1]] },
  { kind: 'PARTNERSHIP', weight: 0.3, subkinds: [] },
  { kind: 'JOB', weight: 0.2, subkinds: [] },
  { kind: 'EVENT', weight: 0.1, subkinds: [] },
];

const OUTCOME_BY_KIND: Record<OpportunityKind, OutcomeKind> = {
  FUNDING: 'FUNDING',
  SPACE: 'SPACE',
  JOB: 'HIRE',
  MENTORSHIP: 'MET',
  PROCUREMENT: 'CUSTOMER',
  EVENT: 'MET',
  PARTNERSHIP: 'PARTNERSHIP',
  CITY_SERVICE: 'MET',
};

const SUPPLIER_SECTORS = ['23', '54', '56', '51', '72', '31-33', '48-49', '81'];

const OPPORTUNITY_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'kind', type: 'varchar' },
  { name: 'subkind', type: 'varchar' },
  { name: 'status', type: 'varchar' },
  { name: 'poster_id', type: 'uuid' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'title', type: 'varchar' },
  { name: 'description', type: 'varchar' },
  { name: 'eligibility', type: 'varchar' },
  { name: 'sectors', type: 'varchar[]' },
  { name: 'stages', type: 'varchar[]' },
  { name: 'neighborhoods', type: 'varchar[]' },
  { name: 'citywide', type: 'boolean' },
  { name: 'remote', type: 'boolean' },
  { name: 'categories', type: 'varchar[]' },
  { name: 'amount_min', type: 'integer' },
  { name: 'amount_max', type: 'integer' },
  { name: 'size_sq_ft', type: 'integer' },
  { name: 'deadline', type: 'timestamptz' },
  { name: 'external_url', type: 'varchar' },
  { name: 'published_at', type: 'timestamptz' },
  { name: 'closed_at', type: 'timestamptz' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
] as const;

const INTEREST_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'opportunity_id', type: 'uuid' },
  { name: 'member_id', type: 'uuid' },
  { name: 'message', type: 'varchar' },
  { name: 'status', type: 'varchar' },
  { name: 'outcome_kind', type: 'varchar' },
  { name: 'outcome_note', type: 'varchar' },
  { name: 'outcome_recorded_at', type: 'timestamptz' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
] as const;

/** When an opportunity was created, published, closed, and its deadline (epoch ms or null). */
interface Timeline {
  readonly status: OpportunityStatus;
  readonly created: number;
  readonly published: number | null;
  readonly closed: number | null;
  readonly deadline: number | null;
}

/**
 * Opportunities posted by the owners and admins of organizations (a few by members for
 * themselves), of kinds coherent with the organization's type (lenders post loans, coworking
 * spaces post space, agencies post city services, contracts and grants), aimed at sectors, stages
 * and places, with amounts, sizes, Markdown descriptions, deadlines and every status; then the
 * interest members expressed in the published ones, mostly members who need what they answer,
 * with outcomes on some closed ones.
 */
export const opportunitiesGenerator: SyntheticGenerator = {
  name: 'opportunities',

  plan: (options) => ({
    opportunity: options.opportunities,
    opportunity_interest: Math.round(options.opportunities * 2.8),
  }),

  async run(context) {
    const count = context.options.opportunities;
    if (count === 0) return {};
    const members = context.members;
    if (!members) throw new Error('The opportunities generator needs the members generator first');
    const organizations = context.organizations;
    const { city } = context;
    const random = context.random('opportunities');
    const n = members.ids.length;
    const cityName = localize(city.name, city.defaultLocale, city.defaultLocale);
    const placeName = (index: number) =>
      index < 0
        ? cityName
        : localize(city.neighborhoods[index].name, city.defaultLocale, city.defaultLocale);

    // Organizations post in proportion to their type's rate and their own activity.
    const orgCount = organizations?.ids.length ?? 0;
    const posting =
      orgCount > 0
        ? new WeightedSampler(
            Int32Array.from({ length: orgCount }, (_, o) => o),
            Float64Array.from({ length: orgCount }, (_, o) => {
              const type = ORGANIZATION_TYPES[organizations!.type[o]];
              return ORGANIZATION_PROFILES[type].postingRate * random.pareto(ACTIVITY_SHAPE);
            }),
          )
        : null;
    // Members who post for themselves: those with something to offer, connectors above all.
    const selfPosters = new WeightedSampler(
      Int32Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) =>
        members.offers[i] === 0 ? 0.01 : members.isConnector[i] ? 6 : 1,
      ),
    );
    // Members by what they need, to draw who is interested in what.
    const needers = NEED_OFFER_CATEGORIES.map((_, c) => {
      const list: number[] = [];
      for (let i = 0; i < n; i += 1) if (members.needs[i] & (1 << c)) list.push(i);
      return Int32Array.from(list);
    });
    const sectorWeights: Weighted<string> = Object.entries(SECTOR_SHARES);

    const opportunities = new BulkInserter(context.runner, 'opportunity', OPPORTUNITY_COLUMNS);
    const interests = new BulkInserter(context.runner, 'opportunity_interest', INTEREST_COLUMNS);
    const opportunityRows = columns(OPPORTUNITY_COLUMNS.length);
    const interestRows = columns(INTEREST_COLUMNS.length);
    const written = { opportunity: 0, opportunity_interest: 0 };

    for (let p = 0; p < count; p += 1) {
      const byMember = !posting || random.chance(MEMBER_POSTED);
      const org = byMember ? -1 : posting.draw(random);
      const orgType = org >= 0 ? ORGANIZATION_TYPES[organizations!.type[org]] : null;
      const profile = orgType ? ORGANIZATION_PROFILES[orgType] : null;
      const team = org >= 0 ? organizations!.managers[org] : [selfPosters.draw(random)];
      const poster = random.pick(team);
      const kindProfile = drawWeighted(
        random,
        (profile?.kinds ?? MEMBER_KINDS).map((k) => [k, k.weight] as const),
      );
      const kind = kindProfile.kind;
      const subkind = kindProfile.subkinds.length
        ? drawWeighted(random, kindProfile.subkinds)
        : null;
      const ownSectors =
        org >= 0
          ? organizations!.sectors[org]
          : [members.sectorCodes[members.primarySector[poster]]];
      const home =
        org >= 0
          ? organizations!.neighborhood[org]
          : members.neighborhood[poster] >= 0
            ? members.neighborhood[poster]
            : random.int(city.neighborhoods.length);

      const sectors = drawSectors(random, kind, subkind, ownSectors, sectorWeights);
      const stages = drawStages(random, kind, subkind, profile?.stages ?? []);
      const place = drawPlace(
        random,
        kind,
        orgType === 'CITY_AGENCY',
        home,
        city.neighborhoods.length,
      );
      const categories: NeedOfferCategory[] = [KIND_CATEGORY[kind]];
      if (random.chance(0.4)) {
        const extra = drawWeighted(random, KIND_EXTRA_CATEGORIES[kind]);
        if (!categories.includes(extra)) categories.push(extra);
      }
      const [amountMin, amountMax] = drawAmounts(random, subkind);
      const sizeSqFt = kind === 'SPACE' ? drawSize(random, subkind) : null;
      const notBefore = org >= 0 ? organizations!.createdAt[org] : members.createdAt[poster];
      const timeline = drawTimeline(random, context, notBefore);
      const slug = org >= 0 ? organizations!.slugs[org] : null;
      const externalUrl =
        slug && random.chance(0.6) ? `https://${slug}.example.org/opportunities/${p + 1}` : null;

      const words: OpportunityWords = {
        kind,
        subkind,
        organization: org >= 0 ? organizations!.names[org] : null,
        place:
          place.neighborhoods.length === 1
            ? placeName(place.neighborhoods[0])
            : place.remote && !place.citywide && place.neighborhoods.length === 0
              ? 'online'
              : cityName,
        city: cityName,
        sectorName: sectors.length ? sectorNameOf(sectors[0]) : null,
        sectorCode: sectors[0] ?? ownSectors[0] ?? null,
        stages: stages.map((stage) => stage.toLowerCase().replace('_', '-')).join(', '),
        amountMin,
        amountMax,
        sizeSqFt,
        deadline: timeline.deadline === null ? null : iso(timeline.deadline),
        externalUrl,
      };
      const title = opportunityTitle(random, words).slice(0, 140);
      const id = random.uuid();
      const updated = Math.max(timeline.created, timeline.published ?? 0, timeline.closed ?? 0);
      push(opportunityRows, [
        id,
        kind,
        subkind,
        timeline.status,
        members.ids[poster],
        org >= 0 ? organizations!.ids[org] : null,
        title,
        opportunityDescription(random, words, title),
        eligibilityText(words),
        arrayLiteral(sectors),
        arrayLiteral(stages),
        arrayLiteral(place.neighborhoods.map((index) => city.neighborhoods[index].slug)),
        place.citywide,
        place.remote,
        arrayLiteral(categories),
        amountMin,
        amountMax,
        sizeSqFt,
        timeline.deadline === null ? null : iso(timeline.deadline),
        externalUrl,
        timeline.published === null ? null : iso(timeline.published),
        timeline.closed === null ? null : iso(timeline.closed),
        iso(timeline.created),
        iso(updated),
      ]);

      if (timeline.published !== null) {
        // Interest arrives while it is open: from publication to closing, deadline or the epoch.
        const end = Math.min(
          context.epoch - 1,
          timeline.closed ?? Infinity,
          timeline.deadline ?? Infinity,
        );
        const wanted = Math.min(
          INTEREST_MAX,
          Math.floor((random.pareto(INTEREST_SHAPE) - 1) * INTEREST_SCALE),
        );
        const seen = new Set<number>(team);
        for (let k = 0; k < wanted * 2 && seen.size - team.length < wanted; k += 1) {
          const category = NEED_OFFER_CATEGORIES.indexOf(random.pick(categories));
          const pool = needers[category];
          const member =
            random.chance(INTEREST_FROM_NEED) && pool.length > 0
              ? pool[random.int(pool.length)]
              : random.int(n);
          if (seen.has(member)) continue;
          seen.add(member);
          const start = Math.max(timeline.published, members.createdAt[member]);
          if (start >= end) continue;
          const at = start + random.next() * (end - start);
          const withdrawn = random.chance(0.08);
          const outcome =
            !withdrawn && timeline.status === 'CLOSED' && random.chance(0.35)
              ? random.chance(0.2)
                ? 'NONE'
                : OUTCOME_BY_KIND[kind]
              : null;
          const recorded = outcome ? at + random.next() * (context.epoch - at) : null;
          push(interestRows, [
            random.uuid(),
            id,
            members.ids[member],
            random.pick(INTEREST_MESSAGES),
            withdrawn ? 'WITHDRAWN' : 'ACTIVE',
            outcome,
            outcome && outcome !== 'NONE' ? 'It worked out: thank you!' : '',
            recorded === null ? null : iso(recorded),
            iso(at),
            iso(recorded ?? at),
          ]);
        }
      }

      if (opportunityRows[0].length >= BULK_BATCH_ROWS || p === count - 1) {
        // Interest names its opportunity, so it goes in once the opportunities are in.
        for (const [table, inserter, rows] of [
          ['opportunity', opportunities, opportunityRows],
          ['opportunity_interest', interests, interestRows],
        ] as const) {
          const done = await inserter.insert(rows);
          written[table] += done;
          context.advance(table, done);
          clear(rows);
        }
      }
    }
    return written;
  },
};

function drawSectors(
  random: Random,
  kind: OpportunityKind,
  subkind: OpportunitySubkind | null,
  own: readonly string[],
  shares: Weighted<string>,
): string[] {
  const focus = own.length > 1 ? own.slice(1) : null;
  const some = (choices: Weighted<string>, most: number) => {
    const picked = new Set<string>();
    const wanted = 1 + random.int(most);
    for (let i = 0; i < wanted * 3 && picked.size < wanted; i += 1) {
      picked.add(drawWeighted(random, choices));
    }
    return [...picked];
  };
  const evenly = (codes: readonly string[]) => codes.map((code) => [code, 1] as const);
  switch (kind) {
    case 'FUNDING':
      if (subkind === 'EQUITY') {
        return random.chance(0.85) ? (focus ? [...focus] : some(FOCUS_SECTORS, 2)) : [];
      }
      return random.chance(subkind === 'LOAN' ? 0.45 : 0.5)
        ? focus && random.chance(0.6)
          ? [...focus]
          : some(shares, 2)
        : [];
    case 'SPACE': {
      const users = subkind ? SPACE_SECTORS[subkind] : undefined;
      return users && random.chance(0.5) ? some(evenly(users), 2) : [];
    }
    case 'JOB':
      return random.chance(0.8) ? [own[0]] : [];
    case 'MENTORSHIP':
      return focus && random.chance(0.5) ? [...focus] : random.chance(0.2) ? some(shares, 1) : [];
    case 'PROCUREMENT':
      return some(evenly(SUPPLIER_SECTORS), 2);
    case 'EVENT':
      return random.chance(0.4) ? (focus ? [focus[0]] : some(shares, 1)) : [];
    case 'PARTNERSHIP':
      return random.chance(0.7) ? [...own] : [];
    case 'CITY_SERVICE':
      return random.chance(0.3) ? some(shares, 1) : [];
  }
}

function drawStages(
  random: Random,
  kind: OpportunityKind,
  subkind: OpportunitySubkind | null,
  served: readonly BusinessStage[],
): BusinessStage[] {
  const forSubkind = subkind ? SUBKIND_STAGES[subkind] : undefined;
  if ((kind === 'FUNDING' || kind === 'MENTORSHIP') && forSubkind) {
    if (random.chance(0.15)) return [];
    const stages = [...forSubkind];
    // Some narrow their range by one stage at either end.
    if (stages.length > 2 && random.chance(0.3)) {
      return random.chance(0.5) ? stages.slice(1) : stages.slice(0, -1);
    }
    return stages;
  }
  switch (kind) {
    case 'PROCUREMENT':
      return random.chance(0.5) ? ['GROWTH', 'ESTABLISHED'] : [];
    case 'EVENT':
      return served.length && random.chance(0.5) ? [...served] : [];
    case 'SPACE':
      return random.chance(0.2) ? ['EARLY_REVENUE', 'GROWTH'] : [];
    default:
      return [];
  }
}

function drawPlace(
  random: Random,
  kind: OpportunityKind,
  cityAgency: boolean,
  home: number,
  neighborhoods: number,
): { neighborhoods: number[]; citywide: boolean; remote: boolean } {
  const here = { neighborhoods: [home], citywide: false, remote: false };
  const citywide = { neighborhoods: [], citywide: true, remote: false };
  const remote = { neighborhoods: [], citywide: false, remote: true };
  const around = () => {
    const picked = new Set([home]);
    const wanted = 1 + random.int(3);
    while (picked.size < Math.min(wanted, neighborhoods)) picked.add(random.int(neighborhoods));
    return { neighborhoods: [...picked], citywide: false, remote: false };
  };
  const u = random.next();
  if (kind === 'SPACE') return here;
  if (cityAgency || kind === 'CITY_SERVICE') return u < 0.9 ? citywide : here;
  switch (kind) {
    case 'FUNDING':
      return u < 0.6 ? citywide : u < 0.65 ? remote : around();
    case 'JOB':
      return u < 0.08 ? remote : u < 0.15 ? { ...here, remote: true } : here;
    case 'MENTORSHIP':
      return u < 0.4 ? citywide : u < 0.65 ? remote : here;
    case 'PROCUREMENT':
      return u < 0.8 ? citywide : here;
    case 'EVENT':
      return u < 0.1 ? citywide : u < 0.15 ? remote : here;
    default:
      return u < 0.5 ? citywide : u < 0.6 ? remote : around();
  }
}

function drawAmounts(
  random: Random,
  subkind: OpportunitySubkind | null,
): [number | null, number | null] {
  const ranges: Partial<Record<OpportunitySubkind, [number[], number, number, number]>> = {
    // [minimums, lowest multiple, highest multiple, cap]
    GRANT: [[1_000, 2_500, 5_000, 10_000], 2, 10, 100_000],
    LOAN: [[1_000, 5_000, 10_000, 25_000], 5, 40, 500_000],
    EQUITY: [[25_000, 50_000, 100_000, 250_000], 2, 8, 2_000_000],
  };
  const range = subkind ? ranges[subkind] : undefined;
  if (!range) return [null, null];
  const [minimums, low, high, cap] = range;
  const min = random.pick(minimums);
  const max = Math.min(cap, Math.round((min * (low + random.next() * (high - low))) / 500) * 500);
  return [min, Math.max(min, max)];
}

function drawSize(random: Random, subkind: OpportunitySubkind | null): number {
  const [low, high] = {
    OFFICE: [100, 3000],
    LAB: [300, 8000],
    RETAIL: [400, 4000],
    KITCHEN: [200, 2000],
  }[subkind as 'OFFICE' | 'LAB' | 'RETAIL' | 'KITCHEN'] ?? [200, 2000];
  return Math.round((low + random.next() ** 2 * (high - low)) / 50) * 50;
}

/**
 * Its dates by status: published ones within the last year with open deadlines (or none);
 * expired ones with deadlines passed before the epoch; closed ones closed before it; drafts and
 * those in review recent and unpublished. Never before its organization (or poster) existed.
 */
function drawTimeline(random: Random, context: GeneratorContext, notBefore: number): Timeline {
  const epoch = context.epoch;
  let status = drawWeighted(random, STATUS_SHARES);
  // A newcomer has had no time to close or let expire anything yet.
  if ((status === 'EXPIRED' || status === 'CLOSED') && notBefore > epoch - 30 * DAY_MS) {
    status = 'PUBLISHED';
  }
  const between = (from: number, to: number) => {
    const start = Math.max(from, notBefore);
    const end = Math.max(to, start);
    // Skewed toward the recent end, as a growing city posts more every month.
    return start + Math.sqrt(random.next()) * (end - start);
  };
  const openDeadline = () =>
    epoch + (OPEN_DEADLINE_FROM_DAYS + random.next() * OPEN_DEADLINE_SPAN_DAYS) * DAY_MS;
  switch (status) {
    case 'DRAFT':
    case 'IN_REVIEW': {
      const created = between(epoch - 120 * DAY_MS, epoch - 60_000);
      return {
        status,
        created,
        published: null,
        closed: null,
        deadline: random.chance(0.5) ? openDeadline() : null,
      };
    }
    case 'PUBLISHED': {
      const created = between(epoch - 365 * DAY_MS, epoch - 3_600_000);
      const published = Math.max(
        created,
        Math.min(created + random.next() * 3 * DAY_MS, epoch - 60_000),
      );
      return {
        status,
        created,
        published,
        closed: null,
        deadline: random.chance(0.25) ? null : openDeadline(),
      };
    }
    case 'EXPIRED': {
      const created = between(epoch - 730 * DAY_MS, epoch - 20 * DAY_MS);
      const published = created + random.next() * 3 * DAY_MS;
      const deadline = Math.min(published + (7 + random.next() * 113) * DAY_MS, epoch - DAY_MS);
      return {
        status,
        created,
        published,
        closed: null,
        deadline: Math.max(deadline, published + 60_000),
      };
    }
    default: {
      const created = between(epoch - 730 * DAY_MS, epoch - 10 * DAY_MS);
      const published = created + random.next() * 3 * DAY_MS;
      const closed = Math.min(published + (1 + random.next() * 180) * DAY_MS, epoch - 60_000);
      return {
        status,
        created,
        published,
        closed: Math.max(closed, published + 60_000),
        deadline: random.chance(0.5) ? null : closed + random.next() * 60 * DAY_MS,
      };
    }
  }
}

function iso(ms: number): string {
  return new Date(Math.floor(ms)).toISOString();
}
