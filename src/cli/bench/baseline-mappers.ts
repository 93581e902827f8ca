import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import { CATEGORY_PHRASES } from '../../common/taxonomy/need-offer-categories.js';
import { localize, type CityProfile } from '../../config/city-profile.js';
import { imageUrl } from '../../modules/media/image-kinds.js';
import { DEFAULT_VISIBILITY, type FieldVisibility } from '../../modules/members/profile.types.js';
import type { ReplayedStatement, Row } from './replay.js';

/**
 * The baseline's responses, built by hand from the rows of the statements the API sent, in the
 * API's JSON shape (keys in the order the documents in operations.ts select them). Nothing here
 * uses the app's services, loaders or GraphQL: only the same rules, written plainly, over rows.
 * Each statement is told apart by its text, once per distinct text.
 */

type Kind =
  | 'memberByHandle'
  | 'membersByIds'
  | 'memberStatements'
  | 'relations'
  | 'hiddenFrom'
  | 'connectedAmong'
  | 'mutualCounts'
  | 'twoHops'
  | 'neighbors'
  | 'standings'
  | 'affiliations'
  | 'pageOfConnections'
  | 'secondDegree'
  | 'matchFacts'
  | 'connectorsAmong'
  | 'reachableFrom'
  | 'other';

const KINDS: [Kind, RegExp][] = [
  ['memberByHandle', /FROM "member" "MemberEntity" WHERE/],
  ['membersByIds', /FROM "member" "member" WHERE/],
  ['memberStatements', /FROM "member_statement" "s"/],
  ['relations', /^SELECT other_id AS id, 'c' AS kind FROM connection/],
  ['hiddenFrom', /^SELECT blocked_id AS id FROM member_block WHERE blocker_id = \$1 UNION SELECT/],
  [
    'connectedAmong',
    /^SELECT other_id AS id FROM connection WHERE member_id = \$1 AND other_id = ANY\(\$2\)$/,
  ],
  ['mutualCounts', /^SELECT t\.member_id AS id, count\(\*\)::int AS mutual/],
  ['twoHops', /^SELECT DISTINCT b\.other_id AS id FROM connection a/],
  ['neighbors', /^SELECT c\.member_id, c\.other_id FROM connection c JOIN member m/],
  ['standings', /AS blocks_viewer FROM member m/],
  ['affiliations', /FROM "organization_member" "om" INNER JOIN "organization" "org"/],
  ['pageOfConnections', /^SELECT c\.other_id, c\.created_at FROM connection c/],
  ['secondDegree', /^WITH mine AS \(/],
  ['matchFacts', /AS needs, coalesce\(array_agg\(s\.category\) FILTER/],
  [
    'connectorsAmong',
    /^SELECT m\.id FROM member m WHERE m\.id = ANY\(\$1\) AND .* AND 'CONNECTOR' = ANY\(m\.roles\)$/,
  ],
  [
    'reachableFrom',
    /^SELECT member_id, other_id FROM connection WHERE member_id = ANY\(\$1\) AND other_id = ANY\(\$2\)$/,
  ],
];

const kindCache = new Map<string, Kind>();
function kindOf(text: string): Kind {
  let kind = kindCache.get(text);
  if (!kind) {
    const plain = text.replace(/\s+/g, ' ').trim();
    kind = KINDS.find(([, pattern]) => pattern.test(plain))?.[0] ?? 'other';
    kindCache.set(text, kind);
  }
  return kind;
}

/** A request's replayed statements, by what they read. */
class Results {
  private readonly byKind = new Map<Kind, ReplayedStatement[]>();

  constructor(statements: readonly ReplayedStatement[]) {
    for (const statement of statements) {
      const kind = kindOf(statement.text);
      this.byKind.set(kind, [...(this.byKind.get(kind) ?? []), statement]);
    }
  }

  statements(kind: Kind): ReplayedStatement[] {
    return this.byKind.get(kind) ?? [];
  }

  rows(kind: Kind): Row[] {
    return this.statements(kind).flatMap((statement) => statement.rows);
  }

  ids(kind: Kind, column = 'id'): Set<string> {
    return new Set(this.rows(kind).map((row) => row[column] as string));
  }
}

/** TypeORM selects columns as `<alias>_<column>`. */
function unalias(row: Row, alias: string): Row {
  const prefix = `${alias}_`;
  const plain: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith(prefix)) plain[key.slice(prefix.length)] = value;
  }
  return plain;
}

// ------------------------------------------------------------------------------- members

interface MemberRow {
  id: string;
  handle: string;
  display_name: string;
  headline: string;
  bio: string;
  photo_key: string | null;
  roles: string[];
  languages: string[];
  sectors: string[];
  stage: string | null;
  neighborhood: string | null;
  home_city: string | null;
  home_country: string | null;
  visibility: Partial<Record<string, FieldVisibility>> | null;
  deleted_at: Date | null;
}

/** The members read in the request (by handle or by ids), live ones only, by id. */
function memberRows(results: Results): Map<string, MemberRow> {
  const members = new Map<string, MemberRow>();
  const add = (row: Row, alias: string) => {
    const member = unalias(row, alias) as unknown as MemberRow;
    if (!member.deleted_at) members.set(member.id, member);
  };
  for (const row of results.rows('memberByHandle')) add(row, 'MemberEntity');
  for (const row of results.rows('membersByIds')) add(row, 'member');
  return members;
}

interface Relations {
  connected: Set<string>;
  hidden: Set<string>;
}

function relationsOf(results: Results): Relations {
  const relations: Relations = { connected: new Set(), hidden: new Set() };
  for (const row of results.rows('relations')) {
    (row.kind === 'c' ? relations.connected : relations.hidden).add(row.id as string);
  }
  return relations;
}

/** Needs and offers by member, in the order read (several lookups may read the same ones). */
function statementsByMember(results: Results): Map<string, Row[]> {
  const byMember = new Map<string, Row[]>();
  const seen = new Set<string>();
  for (const row of results.rows('memberStatements')) {
    const statement = unalias(row, 's');
    if (seen.has(statement.id as string)) continue;
    seen.add(statement.id as string);
    const memberId = statement.member_id as string;
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), statement]);
  }
  return byMember;
}

/** Profiles as the viewer may see them, in the order of `ids`: deleted and hidden left out. */
function visible(ids: readonly string[], members: Map<string, MemberRow>, relations: Relations) {
  return [...new Set(ids)].flatMap((id) => {
    const member = members.get(id);
    return member && !relations.hidden.has(id) ? [member] : [];
  });
}

const photoUrl = (member: MemberRow) =>
  member.photo_key ? imageUrl('photos', member.photo_key) : null;
const isConnector = (member: MemberRow) => member.roles.includes('CONNECTOR');

/** Whether a signed-in viewer sees a field (PRIVATE is for the member alone). */
function canSee(visibility: FieldVisibility, relation: 'self' | 'connection' | 'member') {
  if (relation === 'self' || visibility === 'PUBLIC' || visibility === 'MEMBERS') return true;
  return visibility === 'CONNECTIONS' && relation === 'connection';
}

/** Degrees from the viewer (1, 2, 3 or null), from the rows `degrees` reads. */
function degreeOf(id: string, viewerId: string, results: Results): number | null {
  const hidden = results.ids('hiddenFrom');
  if (id === viewerId || hidden.has(id)) return null;
  if (results.ids('connectedAmong').has(id)) return 1;
  if (results.ids('mutualCounts').has(id)) return 2;
  return results.ids('twoHops').has(id) ? 3 : null;
}

function mutualCountOf(id: string, viewerId: string, results: Results): number | null {
  if (id === viewerId) return null;
  const row = results.rows('mutualCounts').find((r) => r.id === id);
  return row ? (row.mutual as number) : 0;
}

function viewerConnectionOf(id: string, viewerId: string, results: Results) {
  if (id === viewerId) return { state: 'SELF', requestId: null, canRequest: false, blocked: false };
  const standing = results.rows('standings').find((row) => row.id === id);
  const requestId = (standing?.request_id as string | null) ?? null;
  const state = standing?.connected
    ? 'CONNECTED'
    : requestId && standing?.request_sender_id === viewerId
      ? 'REQUEST_SENT'
      : requestId
        ? 'REQUEST_RECEIVED'
        : 'NONE';
  const audience = (standing?.audience as string | null) ?? 'ANYONE';
  const canRequest =
    state === 'NONE' &&
    !!standing &&
    !standing.blocked_by_viewer &&
    !standing.blocks_viewer &&
    (audience === 'ANYONE' || (audience === 'SECOND_DEGREE' && !!standing.shares_connection));
  return {
    state,
    requestId: state === 'CONNECTED' ? null : requestId,
    canRequest,
    blocked: (standing?.blocked_by_viewer as boolean | undefined) ?? false,
  };
}

// ------------------------------------------------------------------------------- operations

export interface MapperInput {
  readonly viewerId: string | null;
  readonly variables: Record<string, unknown>;
  readonly statements: readonly ReplayedStatement[];
}

/** `member(handle:)` with its organizations, and `connections(memberId:, first: 20)`. */
export function profile({ viewerId, variables, statements }: MapperInput): unknown {
  if (!viewerId) throw new Error('profile: signed in only');
  const results = new Results(statements);
  const members = memberRows(results);
  const relations = relationsOf(results);
  const needsAndOffers = statementsByMember(results);

  const handle = variables.handle as string;
  const found = [...members.values()].find((member) => member.handle === handle);
  const [member] = found ? visible([found.id], members, relations) : [];
  let memberJson: unknown = null;
  if (member) {
    const relation =
      member.id === viewerId
        ? 'self'
        : relations.connected.has(member.id)
          ? 'connection'
          : 'member';
    const visibility = { ...DEFAULT_VISIBILITY, ...member.visibility };
    const hasLocation = member.neighborhood || member.home_city || member.home_country;
    const own = needsAndOffers.get(member.id) ?? [];
    const statement = (s: Row) => ({ id: s.id, category: s.category, text: s.text });
    memberJson = {
      id: member.id,
      handle: member.handle,
      displayName: member.display_name,
      headline: member.headline,
      bio: member.bio,
      photoUrl: photoUrl(member),
      isConnector: isConnector(member),
      languages: member.languages,
      sectors: member.sectors,
      stage: member.stage,
      location:
        hasLocation && canSee(visibility.location, relation)
          ? {
              neighborhood: member.neighborhood,
              city: member.home_city,
              country: member.home_country,
            }
          : null,
      needs: own.filter((s) => s.kind === 'NEED').map(statement),
      offers: own.filter((s) => s.kind === 'OFFER').map(statement),
      degree: degreeOf(member.id, viewerId, results),
      mutualConnectionCount: mutualCountOf(member.id, viewerId, results),
      viewerConnection: viewerConnectionOf(member.id, viewerId, results),
      organizations: results.rows('affiliations').map((row) => {
        const organization = unalias(row, 'org');
        return {
          role: row.om_role,
          organization: {
            id: organization.id,
            slug: organization.slug,
            name: organization.name,
            verified: organization.verified_at !== null,
            logoUrl: organization.logo_key
              ? imageUrl('logos', organization.logo_key as string)
              : null,
          },
        };
      }),
    };
  }

  // connections(memberId:): a page of first + 1 rows, newest first; the cursor is the last shown.
  const [page] = results.statements('pageOfConnections');
  if (!page) throw new Error('profile: the connections page was not read');
  const first = Number(page.values[2]) - 1;
  const shown = page.rows.slice(0, first);
  const last = shown.at(-1);
  const nodes = visible(
    shown.map((row) => row.other_id as string),
    members,
    relations,
  ).map((node) => ({
    id: node.id,
    handle: node.handle,
    displayName: node.display_name,
    headline: node.headline,
    photoUrl: photoUrl(node),
    isConnector: isConnector(node),
    mutualConnectionCount: mutualCountOf(node.id, viewerId, results),
  }));
  return {
    member: memberJson,
    connections: {
      nodes,
      pageInfo: {
        hasNextPage: page.rows.length > first,
        endCursor: last
          ? Buffer.from(
              JSON.stringify([(last.created_at as Date).toISOString(), last.other_id]),
            ).toString('base64url')
          : null,
      },
    },
  };
}

const SECTOR_NAMES = new Map(NAICS_SECTORS.map((sector) => [sector.code, sector.name.en]));

interface Facts {
  sectors: string[];
  neighborhood: string | null;
  needs: Set<string>;
  offers: Set<string>;
}

/** A suggestion's score and reasons, by the rules people-you-may-know ranks with. */
function suggestion(me: Facts, them: Facts, mutual: number) {
  const reasons: Record<string, unknown>[] = [
    {
      code: 'MUTUAL_CONNECTIONS',
      text: mutual === 1 ? '1 mutual connection' : `${mutual} mutual connections`,
      count: mutual,
    },
  ];
  const theyOffer = [...me.needs].filter((category) => them.offers.has(category));
  const theyNeed = [...me.offers].filter((category) => them.needs.has(category));
  for (const category of theyOffer) {
    const phrase = CATEGORY_PHRASES[category as keyof typeof CATEGORY_PHRASES];
    reasons.push({
      code: 'NEED_MATCHES_OFFER',
      text: `You need ${phrase}; they offer it`,
      category,
    });
  }
  for (const category of theyNeed) {
    const phrase = CATEGORY_PHRASES[category as keyof typeof CATEGORY_PHRASES];
    reasons.push({
      code: 'OFFER_MATCHES_NEED',
      text: `They need ${phrase}; you offer it`,
      category,
    });
  }
  const sectors = them.sectors.filter((code) => me.sectors.includes(code));
  if (sectors.length > 0) {
    const name = SECTOR_NAMES.get(sectors[0]) ?? sectors[0];
    reasons.push({ code: 'SAME_SECTOR', text: `Also in ${name}`, sector: sectors[0] });
  }
  const sameNeighborhood = !!me.neighborhood && me.neighborhood === them.neighborhood;
  if (sameNeighborhood) {
    reasons.push({
      code: 'SAME_NEIGHBORHOOD',
      text: 'In your neighborhood',
      neighborhood: me.neighborhood,
    });
  }
  const complementary = theyOffer.length + theyNeed.length;
  const score =
    3 * Math.log2(1 + mutual) +
    4 * complementary +
    (theyOffer.length > 0 && theyNeed.length > 0 ? 3 : 0) +
    2 * Math.min(sectors.length, 2) +
    (sameNeighborhood ? 1.5 : 0);
  return { score, reasons };
}

const reasonJson = (reason: Record<string, unknown>) => ({
  code: reason.code,
  text: reason.text,
  count: reason.count ?? null,
  category: reason.category ?? null,
  sector: reason.sector ?? null,
  neighborhood: reason.neighborhood ?? null,
});

/** `peopleYouMayKnow(first:)`: second-degree members ranked by the same rules. */
export function peopleYouMayKnow({ viewerId, variables, statements }: MapperInput): unknown {
  if (!viewerId) throw new Error('peopleYouMayKnow: signed in only');
  const results = new Results(statements);
  const [second] = results.statements('secondDegree');
  if (!second) throw new Error('peopleYouMayKnow: the second degree was not read');
  const candidates = second.rows.map((row) => ({
    id: row.id as string,
    mutual: row.mutual as number,
  }));
  const none = { peopleYouMayKnow: [] };
  if (candidates.length === 0) return none;
  const complete =
    ((second.rows[0]?.connections as number | undefined) ?? 0) <= Number(second.values[2]);
  const facts = new Map<string, Facts>(
    results.rows('matchFacts').map((row) => [
      row.id as string,
      {
        sectors: row.sectors as string[],
        neighborhood: row.neighborhood as string | null,
        needs: new Set(row.needs as string[]),
        offers: new Set(row.offers as string[]),
      },
    ]),
  );
  const me = facts.get(viewerId);
  if (!me) return none;
  const ranked = candidates
    .flatMap((candidate) => {
      const them = facts.get(candidate.id);
      return them ? [{ candidate, them, ...suggestion(me, them, candidate.mutual) }] : [];
    })
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, variables.first as number);
  const exact = complete
    ? null
    : new Map(results.rows('mutualCounts').map((row) => [row.id as string, row.mutual as number]));
  const members = memberRows(results);
  const relations = relationsOf(results);
  const profiles = new Map(
    visible(
      ranked.map((entry) => entry.candidate.id),
      members,
      relations,
    ).map((member) => [member.id, member]),
  );
  return {
    peopleYouMayKnow: ranked.flatMap(({ candidate, them, reasons }) => {
      const member = profiles.get(candidate.id);
      if (!member) return [];
      const mutual = exact?.get(candidate.id) ?? candidate.mutual;
      return [
        {
          mutualConnectionCount: mutual,
          member: {
            id: member.id,
            handle: member.handle,
            displayName: member.display_name,
            headline: member.headline,
            photoUrl: photoUrl(member),
            isConnector: isConnector(member),
            // Suggestions are second-degree, with their shared connections counted.
            degree: 2,
            mutualConnectionCount: mutual,
            viewerConnection: viewerConnectionOf(member.id, viewerId, results),
          },
          reasons: (exact ? suggestion(me, them, mutual).reasons : reasons).map(reasonJson),
        },
      ];
    }),
  };
}

/** `introductionPath(memberId:)`: the shortest chain, through connectors where there is a choice. */
export function introductionPath({ viewerId, variables, statements }: MapperInput): unknown {
  if (!viewerId) throw new Error('introductionPath: signed in only');
  const results = new Results(statements);
  const to = variables.memberId as string;
  const members = memberRows(results);
  const relations = relationsOf(results);
  if (to === viewerId || visible([to], members, relations).length === 0) {
    throw new Error('introductionPath: only paths to another visible member are mapped');
  }
  const hidden = results.ids('hiddenFrom');
  const around = new Map<string, string[]>([
    [viewerId, []],
    [to, []],
  ]);
  for (const row of results.rows('neighbors')) {
    around.get(row.member_id as string)?.push(row.other_id as string);
  }
  const connectors = results.ids('connectorsAmong');
  const mine = around.get(viewerId)!.filter((id) => !hidden.has(id));
  let ids: string[] | null;
  if (mine.includes(to)) ids = [viewerId, to];
  else {
    const theirs = new Set(around.get(to)!.filter((id) => !hidden.has(id) && id !== viewerId));
    const common = mine.filter((id) => theirs.has(id));
    if (common.length > 0) {
      const best = [...common].sort(
        (a, b) => Number(connectors.has(b)) - Number(connectors.has(a)) || a.localeCompare(b),
      )[0];
      ids = [viewerId, best, to];
    } else {
      const mineSet = new Set(mine);
      const pairs = results
        .rows('reachableFrom')
        .map((edge) =>
          mineSet.has(edge.member_id as string)
            ? { near: edge.member_id as string, far: edge.other_id as string }
            : { near: edge.other_id as string, far: edge.member_id as string },
        );
      const weight = (pair: { near: string; far: string }) =>
        2 * Number(connectors.has(pair.near)) + Number(connectors.has(pair.far));
      const best = pairs.sort(
        (a, b) =>
          weight(b) - weight(a) || a.near.localeCompare(b.near) || a.far.localeCompare(b.far),
      )[0];
      ids = best ? [viewerId, best.near, best.far, to] : null;
    }
  }
  if (!ids) return { introductionPath: null };
  const path = visible(ids, members, relations);
  if (path.length !== ids.length) return { introductionPath: null };
  return {
    introductionPath: {
      degree: ids.length - 1,
      members: path.map((member) => ({
        id: member.id,
        handle: member.handle,
        displayName: member.display_name,
        isConnector: isConnector(member),
      })),
    },
  };
}

/** `city(locale:)`: the configured profile in one of its languages (no SQL), rendered once. */
export function cityMapper(profile: CityProfile) {
  const rendered = new Map<string, unknown>();
  const featured = new Set(profile.featuredSectors);
  const render = (locale: string) => {
    const text = (value: Parameters<typeof localize>[0]) =>
      localize(value, locale, profile.defaultLocale);
    return {
      city: {
        name: text(profile.name),
        slug: profile.slug,
        tagline: text(profile.tagline),
        locale,
        defaultLocale: profile.defaultLocale,
        languages: profile.locales.map((code) => {
          const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
          return { code, name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
        }),
        neighborhoods: profile.neighborhoods.map((n) => ({ slug: n.slug, name: text(n.name) })),
        sectors: NAICS_SECTORS.map((sector) => ({
          code: sector.code,
          name: locale === 'es' ? sector.name.es : sector.name.en,
          featured: featured.has(sector.code),
        })).sort((a, b) => Number(b.featured) - Number(a.featured)),
        pitch: profile.pitch.map((section) => ({
          key: section.topic,
          title: text(section.title),
          summary: text(section.summary),
          facts: section.facts.map((fact) => ({
            label: text(fact.label),
            value: text(fact.value),
            source: { name: fact.source.name, url: fact.source.url },
          })),
        })),
      },
    };
  };
  return ({ variables }: MapperInput): unknown => {
    const locale = (variables.locale as string | null | undefined) ?? profile.defaultLocale;
    if (!profile.locales.includes(locale)) throw new Error(`city: no locale ${locale}`);
    let city = rendered.get(locale);
    if (city === undefined) {
      city = render(locale);
      rendered.set(locale, city);
    }
    return city;
  };
}
