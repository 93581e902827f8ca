import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { opportunityListed } from '../../common/database/visibility.js';
import { OpportunityEntity } from '../opportunities/opportunity.entity.js';
import { SEARCH_RESULT_TYPES, type SearchResultType } from './search-document.entity.js';
import {
  SEARCH_MATCH_CAP,
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  MIN_FUZZY_CHARACTERS,
  type AnalyzedToken,
} from './search-query.js';

/** The filters as the repository applies them: a list is absent when it does not filter. */
export interface DocumentFilter {
  types?: readonly string[];
  kinds?: readonly string[];
  sectors?: readonly string[];
  neighborhoods?: readonly string[];
  stages?: readonly string[];
  organizationTypes?: readonly string[];
  verifiedOnly: boolean;
  inMyNetwork: boolean;
}

export interface SearchPlan {
  /** Null: no words, browse with the filters, newest first. */
  tsquery: string | null;
  viewerId: string | null;
  filter: DocumentFilter;
  /** A member's location visibility when they never chose one. */
  defaultLocationVisibility: string;
  /** The last row of the previous page. */
  after: { scoreKey: string; sortAt: string; id: string } | null;
  /** Rows to read: the page size plus one, to know whether there is a next page. */
  limit: number;
  /** Also count the results (up to SEARCH_MATCH_CAP of each type). */
  totalCount: boolean;
  /** Also count the facets (over up to SEARCH_MATCH_CAP matches of each type). */
  facets: boolean;
}

export interface SearchOutcome {
  hits: HitRow[];
  /** Null when not asked for. A lower bound when some type had more results than were read. */
  total: { count: number; lowerBound: boolean } | null;
  /** Null when not asked for. Lower bounds when some type had more matches than were read. */
  facets: { rows: FacetRow[]; lowerBound: boolean } | null;
}

export interface HitRow {
  id: string;
  type: SearchResultType;
  score: number;
  /** The score exactly as PostgreSQL prints it, for the cursor. */
  scoreKey: string;
  sortAt: string;
}

/**
 * One group of the facet counts. 'scalars' groups the few-valued attributes together, with the
 * flags saying which filters the group passes (p_all: every one; p_type: every one but types…);
 * the list facets each have their groups, `pass` saying whether they pass the other filters.
 */
export interface FacetRow {
  facet: 'scalars' | 'sectors' | 'neighborhoods' | 'stages';
  n: number;
  type: string | null;
  kind: string | null;
  organization_type: string | null;
  verified: boolean | null;
  in_net: boolean | null;
  p_all: boolean | null;
  p_type: boolean | null;
  p_kind: boolean | null;
  p_organization_type: boolean | null;
  pass: boolean | null;
  sectors: string[] | null;
  any_sector: boolean | null;
  neighborhoods: string[] | null;
  citywide: boolean | null;
  stages: string[] | null;
  any_stage: boolean | null;
}

/**
 * Matches in a name, title or headline (weights A and B, their own index) join the ranking
 * beyond the matches read of each type, up to this many: they rank above any match only in
 * the texts, so a broad query's first results are the right ones.
 */
export const HEADING_CAP = 300;

/**
 * Of the matches read of each type, the first this many are ranked (with the heading matches):
 * ranking costs more than reading, and the heading matches rank first anyway.
 */
export const RANKED_OF_EACH_TYPE = 100;

/**
 * Up to this many members in a network (counted as the connections read, with repeats), "in my
 * network" may start from them (their documents, their memberships); beyond, it reads the
 * matches, many of which are then in it.
 */
export const NETWORK_LOOKUPS = 3000;

/** Enough to count the facets of the matches read in memory. */
const SEARCH_WORK_MEM = '32MB';

/** Weights of D, C, B, A: a name or title far above a headline, above descriptions. */
const RANK_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";

/**
 * Which types can pass a filter: only opportunities have a kind, members and opportunities a
 * stage, organizations and opportunities an organization type and a badge (see the triggers).
 * Types that cannot are not read at all.
 */
const TYPES_WITH: Record<
  'kinds' | 'stages' | 'organizationTypes' | 'verified',
  SearchResultType[]
> = {
  kinds: ['OPPORTUNITY'],
  stages: ['MEMBER', 'OPPORTUNITY'],
  organizationTypes: ['ORGANIZATION', 'OPPORTUNITY'],
  verified: ['ORGANIZATION', 'OPPORTUNITY'],
};

/**
 * The grouping sets of the facet counts: the few-valued attributes in one set (their
 * combinations are few, and one set is cheaper than five), each list facet in its own.
 */
const SCALAR_COLUMNS =
  'type, kind, organization_type, verified, in_net, p_all, p_type, p_kind, p_organization_type';
const LIST_SETS: [FacetRow['facet'], string, string][] = [
  ['sectors', 'p_sector', 'sectors, any_sector'],
  ['neighborhoods', 'p_neighborhood', 'neighborhoods, citywide'],
  ['stages', 'p_stage', 'stages, any_stage'],
];

/**
 * Search reads one table, search_document, that triggers keep in step with members,
 * organizations and opportunities (migration AddSearch); what moderation withholds (hidden or
 * suspended members, hidden organizations and opportunities) has no document (AddVisibility). One statement finds the matches, ranks
 * them, applies privacy, blocks and filters, takes a page and, when asked, counts the results
 * and the facets.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * For each token: its stems, whether the lexicon knows one, whether some entry starts with it,
   * and, when neither, the entries most like it (pg_trgm's `%`, over a GIN trigram index).
   */
  async analyze(tokens: readonly string[]): Promise<AnalyzedToken[]> {
    const rows = await this.dataSource.query<
      { stems: string[]; plain: string; known: boolean; prefix_known: boolean; similar: string[] }[]
    >(
      `WITH t AS (
         SELECT ord, lower(unaccent(token)) AS plain,
                tsvector_to_array(to_tsvector('growhere', token)) AS stems
         FROM unnest($1::text[]) WITH ORDINALITY AS x(token, ord)
       ), b AS (
         SELECT t.*, coalesce(t.stems[1], t.plain) COLLATE "C" AS base FROM t
       ), k AS (
         SELECT b.*,
           EXISTS (SELECT 1 FROM search_lexeme l
                   WHERE l.lexeme = ANY (b.stems::varchar[] COLLATE "C")) AS known,
           EXISTS (SELECT 1 FROM search_lexeme l
                   WHERE l.lexeme LIKE replace(replace(replace(b.base, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                   LIMIT 1) AS prefix_known
         FROM b
       )
       SELECT k.stems, k.plain, k.known, k.prefix_known,
         -- Only what buildTsquery uses: a word neither known nor the start of known ones.
         CASE WHEN cardinality(k.stems) > 0 AND NOT k.known AND NOT k.prefix_known
                   AND char_length(k.base) >= $2
              THEN ARRAY(SELECT l.lexeme FROM search_lexeme l
                         WHERE l.lexeme % k.base
                         ORDER BY similarity(l.lexeme, k.base) DESC, l.lexeme
                         LIMIT 3)
              ELSE '{}' END AS similar
       FROM k ORDER BY k.ord`,
      [tokens, MIN_FUZZY_CHARACTERS],
    );
    return rows.map((row) => ({
      stems: row.stems,
      plain: row.plain,
      known: row.known,
      prefixKnown: row.prefix_known,
      similar: row.similar,
    }));
  }

  /**
   * The matches are read type by type (a partial GIN index each), at most SEARCH_MATCH_CAP + 1
   * of each, in the order the table holds them: the extra one tells that there were more. The
   * first RANKED_OF_EACH_TYPE of each are ranked together with the matches in names, titles and
   * headlines (HEADING_CAP), and pages follow that ranking. With no words, the newest of each
   * type are read instead, and the page continues from the cursor in that order, to the end.
   */
  async search(plan: SearchPlan): Promise<SearchOutcome> {
    const params: unknown[] = [];
    const param = (value: unknown, cast: string) => {
      params.push(value);
      return `$${params.length}::${cast}`;
    };
    const { filter } = plan;
    const viewer = plan.viewerId ? param(plan.viewerId, 'uuid') : null;
    const tsquery = plan.tsquery === null ? null : param(plan.tsquery, 'tsquery');
    const cap = SEARCH_MATCH_CAP;

    // Who the viewer is to others: their connections, and everyone within two hops but them and
    // those on either side of a block. CTEs that no expression below refers to are never run.
    const ctes: string[] = [];
    if (viewer) {
      ctes.push(
        `hop1 AS MATERIALIZED (SELECT other_id AS id FROM connection WHERE member_id = ${viewer})`,
        `hidden AS MATERIALIZED (
           SELECT blocked_id AS id FROM member_block WHERE blocker_id = ${viewer}
           UNION SELECT blocker_id FROM member_block WHERE blocked_id = ${viewer})`,
        // Not deduplicated: it is only ever looked up in (hashed), and deduplicating tens of
        // thousands of ids costs more than the lookups; its size counts the connections read.
        `net AS MATERIALIZED (
           SELECT x.id FROM (
             SELECT id FROM hop1
             UNION ALL SELECT c.other_id FROM hop1 JOIN connection c ON c.member_id = hop1.id
           ) x
           WHERE x.id <> ${viewer} AND x.id NOT IN (SELECT id FROM hidden))`,
        `net_size AS MATERIALIZED (SELECT count(*) AS n FROM net)`,
        // The organizations with a member in the network, their memberships looked up (read
        // only while the network is small: see organizationInNetwork).
        `net_orgs AS MATERIALIZED (
           SELECT DISTINCT om.organization_id AS id
           FROM net CROSS JOIN LATERAL (
             SELECT organization_id FROM organization_member WHERE member_id = net.id OFFSET 0
           ) om)`,
      );
    }

    // A member's neighborhood counts only where their profile would show it to the viewer.
    let neighborhoods = 'd.neighborhoods';
    if (plan.facets || filter.neighborhoods !== undefined) {
      const visibility = `coalesce(d.location_visibility, ${param(plan.defaultLocationVisibility, 'text')})`;
      const shown = viewer
        ? `(d.id = ${viewer} OR ${visibility} IN ('PUBLIC', 'MEMBERS')
            OR (${visibility} = 'CONNECTIONS' AND d.id IN (SELECT id FROM hop1)))`
        : `${visibility} = 'PUBLIC'`;
      neighborhoods = `CASE WHEN d.type <> 'MEMBER' OR ${shown} THEN d.neighborhoods ELSE '{}'::varchar[] END`;
    }
    // A member in the network; an organization with such a member; an opportunity posted by one
    // or for such an organization. The network is a hashed set (IS TRUE keeps PostgreSQL from
    // turning a lookup into a join that starts from the network, tens of thousands of members
    // for some viewers). An organization's few members are looked up in it for each match read
    // (OFFSET 0 keeps PostgreSQL from hashing every membership instead); or, to filter while the
    // network is small, its organizations are listed once (few of the matches are then in it,
    // and many are read).
    const small = `(SELECT n FROM net_size) <= ${NETWORK_LOOKUPS}`;
    const memberInNetwork = (column: string) => `(${column} IN (SELECT id FROM net)) IS TRUE`;
    const hasNetworkMember = (column: string) =>
      `EXISTS (SELECT 1 FROM organization_member om
               WHERE om.organization_id = ${column} AND ${memberInNetwork('om.member_id')}
               OFFSET 0)`;
    const organizationInNetwork = (column: string) =>
      `CASE WHEN ${small} THEN (${column} IN (SELECT id FROM net_orgs)) IS TRUE
            ELSE ${hasNetworkMember(column)} END`;
    const inNetwork = (type: SearchResultType | null, organization: (column: string) => string) =>
      type === 'MEMBER'
        ? memberInNetwork('d.id')
        : type === 'ORGANIZATION'
          ? organization('d.id')
          : `(${memberInNetwork('d.member_id')}
              OR (d.organization_id IS NOT NULL AND ${organization('d.organization_id')}))`;
    const score = tsquery
      ? `ts_rank(${RANK_WEIGHTS}, d.document, ${tsquery})::float8`
      : '0::float8';

    // What every match passes, of one type (with its words) or of any (the heading matches).
    const base = (type: SearchResultType | null) => {
      const conditions: string[] = [];
      if (type) conditions.push(`d.type = '${type}'`);
      if (type && tsquery) conditions.push(`d.document @@ ${tsquery}`);
      // Past its deadline, an opportunity is gone even before the job marks it EXPIRED.
      conditions.push('(d.expires_at IS NULL OR d.expires_at > now())');
      if (viewer && type !== 'ORGANIZATION') {
        // A member on either side of a block, and what they posted for themselves.
        conditions.push(
          'NOT coalesce(d.organization_id IS NULL AND d.member_id IN (SELECT id FROM hidden), false)',
        );
      }
      // Yes-or-no filters narrow the matches themselves: their own facet is then the count of
      // the matches that pass the other filters, as it should be.
      if (filter.verifiedOnly) conditions.push('d.verified');
      // (Members are read by `read`, the heading matches filtered after they are read.)
      if (filter.inMyNetwork && (type === 'ORGANIZATION' || type === 'OPPORTUNITY')) {
        conditions.push(inNetwork(type, organizationInNetwork));
      }
      return conditions;
    };
    // One type's documents that pass the conditions, at most `limit`. Members in a small
    // network are a set PostgreSQL may read from either side (the network's when the words are
    // common: it stops once it has enough; the matches' when they are rare); in a large one, the
    // matches are read (many are in it) and looked up in it.
    const read = (
      type: SearchResultType,
      columns: string[],
      conditions: string[],
      order: string,
      limit: number | string,
    ) => {
      const select = (where: string[]) =>
        `(SELECT ${columns.join(', ')} FROM search_document d
          WHERE ${where.join(' AND ')} ${order} LIMIT ${limit})`;
      if (!filter.inMyNetwork || type !== 'MEMBER') return select(conditions);
      return `${select([small, 'd.id IN (SELECT id FROM net)', ...conditions])}
        UNION ALL ${select([`NOT ${small}`, memberInNetwork('d.id'), ...conditions])}`;
    };

    // The list filters, each as a condition on a document (d) and on a facet row (h).
    const list = (values: readonly string[]) => param(values, 'varchar[]');
    const lists = {
      kind: filter.kinds && list(filter.kinds),
      sector: filter.sectors && list(filter.sectors),
      neighborhood: filter.neighborhoods && list(filter.neighborhoods),
      stage: filter.stages && list(filter.stages),
      organization_type: filter.organizationTypes && list(filter.organizationTypes),
    };
    const listFilter = (row: string, nbh: string) => ({
      p_kind: lists.kind && `${row}.kind = ANY (${lists.kind})`,
      p_sector: lists.sector && `(${row}.any_sector OR ${row}.sectors && ${lists.sector})`,
      p_neighborhood: lists.neighborhood && `(${row}.citywide OR ${nbh} && ${lists.neighborhood})`,
      p_stage: lists.stage && `(${row}.any_stage OR ${row}.stages && ${lists.stage})`,
      p_organization_type:
        lists.organization_type && `${row}.organization_type = ANY (${lists.organization_type})`,
    });
    const documentFilters = Object.values(listFilter('d', neighborhoods)).filter(
      (condition): condition is string => condition !== undefined,
    );

    // The types the matches may have, and those the results may have (the list filters).
    const matchTypes = SEARCH_RESULT_TYPES.filter(
      (type) => !filter.verifiedOnly || TYPES_WITH.verified.includes(type),
    );
    const resultTypes = matchTypes.filter(
      (type) =>
        (!filter.types || filter.types.includes(type)) &&
        (!filter.kinds || TYPES_WITH.kinds.includes(type)) &&
        (!filter.stages || TYPES_WITH.stages.includes(type)) &&
        (!filter.organizationTypes || TYPES_WITH.organizationTypes.includes(type)),
    );
    const listFiltered = filter.types !== undefined || documentFilters.length > 0;

    // What the facets count of each match read (whether it is in the network: below, once for
    // all of them).
    const facetColumns = [
      'd.type',
      'd.kind',
      'd.sectors',
      'd.any_sector',
      `${neighborhoods} AS neighborhoods`,
      'd.citywide',
      'd.stages',
      'd.any_stage',
      'd.organization_type',
      'd.verified',
      'd.member_id',
      'd.organization_id',
    ];
    // Browsing reads the newest first (an index on sort_at), as the page shows them.
    const browseOrder = tsquery ? '' : 'ORDER BY d.sort_at DESC, d.id';
    const name = (prefix: string, type: SearchResultType) => `${prefix}_${type.toLowerCase()}`;

    // The results of each type: counted, and with words ranked. Without list filters they are
    // the matches, and carry what the facets count.
    const shareFacets = plan.facets && !listFiltered;
    for (const type of resultTypes) {
      const columns = ['d.id', 'd.sort_at'];
      if (tsquery) columns.push('d.document');
      if (shareFacets) columns.push(...facetColumns);
      else columns.push(`'${type}'::varchar AS type`);
      ctes.push(
        `${name('r', type)} AS MATERIALIZED (
           ${read(type, columns, [...base(type), ...documentFilters], browseOrder, cap + 1)})`,
      );
    }
    // The matches the facets count, each row saying which filters it passes.
    const facetSources = shareFacets
      ? resultTypes.map((type) => name('r', type))
      : plan.facets
        ? matchTypes.map((type) => name('m', type))
        : [];
    if (plan.facets && !shareFacets) {
      for (const type of matchTypes) {
        ctes.push(
          `${name('m', type)} AS MATERIALIZED (
             ${read(type, facetColumns, base(type), browseOrder, cap + 1)})`,
        );
      }
    }

    const limit = param(plan.limit, 'int');
    if (tsquery) {
      // Matches in a name, title or headline: ts_filter keeps the lexemes of weights A and B,
      // as the expression index search_document_heading does.
      const typeCondition =
        resultTypes.length < SEARCH_RESULT_TYPES.length
          ? [`d.type IN (${resultTypes.map((type) => `'${type}'`).join(', ') || 'NULL'})`]
          : [];
      // In the network, those of the first ones that are in it (a sample, as many may not be).
      ctes.push(
        `heading AS MATERIALIZED (
           SELECT d.id, d.type, ${score} AS score, d.sort_at FROM (
             SELECT * FROM search_document d
             WHERE ${[`ts_filter(d.document, '{a,b}') @@ ${tsquery}`, ...typeCondition, ...base(null), ...documentFilters].join(' AND ')}
             LIMIT ${HEADING_CAP}
           ) d
           WHERE ${filter.inMyNetwork ? inNetwork(null, organizationInNetwork) : 'true'})`,
      );
      const candidates = [
        ...resultTypes.map(
          (type) =>
            `(SELECT d.id, d.type, ${score} AS score, d.sort_at FROM ${name('r', type)} d LIMIT ${RANKED_OF_EACH_TYPE})`,
        ),
        '(SELECT id, type, score, sort_at FROM heading)',
      ];
      let after = 'true';
      if (plan.after) {
        const s = param(plan.after.scoreKey, 'float8');
        const t = param(plan.after.sortAt, 'timestamptz');
        const i = param(plan.after.id, 'uuid');
        after = `(score < ${s} OR (score = ${s} AND (sort_at < ${t} OR (sort_at = ${t} AND id > ${i}))))`;
      }
      ctes.push(
        `page AS (
           SELECT id, type, score, sort_at FROM (${candidates.join(' UNION ')}) c
           WHERE ${after}
           ORDER BY score DESC, sort_at DESC, id
           LIMIT ${limit})`,
      );
    } else {
      // Every score is 0: the page continues from the cursor in each type's newest-first order.
      let after: string[] = [];
      if (plan.after) {
        const s = param(plan.after.scoreKey, 'float8');
        const t = param(plan.after.sortAt, 'timestamptz');
        const i = param(plan.after.id, 'uuid');
        after = [
          `(${s} > 0 OR (${s} = 0 AND d.sort_at <= ${t} AND (d.sort_at < ${t} OR d.id > ${i})))`,
        ];
      }
      const pages = resultTypes.map((type) =>
        read(
          type,
          ['d.id', `'${type}'::varchar AS type`, '0::float8 AS score', 'd.sort_at'],
          [...base(type), ...documentFilters, ...after],
          browseOrder,
          limit,
        ),
      );
      ctes.push(
        `page AS (
           SELECT id, type, score, sort_at FROM (${pages.join(' UNION ALL ') || 'SELECT NULL::uuid AS id, NULL::varchar AS type, 0::float8 AS score, NULL::timestamptz AS sort_at WHERE false'}) c
           ORDER BY score DESC, sort_at DESC, id
           LIMIT ${limit})`,
      );
    }

    if (plan.facets) {
      // Each filter's verdict (f_), then per facet whether a match passes every filter but that
      // facet's own (p_), and p_all, every filter.
      const flags: Record<string, string> = {
        p_type: filter.types ? `h.type = ANY (${list(filter.types)})` : 'true',
        ...Object.fromEntries(
          Object.entries(listFilter('h', 'h.neighborhoods')).map(([flag, condition]) => [
            flag,
            condition ?? 'true',
          ]),
        ),
      };
      const active = Object.entries(flags).filter(([, expression]) => expression !== 'true');
      const verdicts = active.map(
        ([flag, expression]) => `coalesce(${expression}, false) AS f_${flag}`,
      );
      const passes = (except: string | null) => {
        const others = active.filter(([flag]) => flag !== except).map(([flag]) => `f_${flag}`);
        return others.length > 0 ? others.join(' AND ') : 'true';
      };
      const passColumns = [
        ...Object.keys(flags).map((flag) => `${passes(flag)} AS ${flag}`),
        `${passes(null)} AS p_all`,
      ];
      const rows = facetSources.map(
        (source) =>
          `(SELECT type, kind, sectors, any_sector, neighborhoods, citywide, stages, any_stage,
                   organization_type, verified, member_id, organization_id
            FROM ${source} LIMIT ${cap})`,
      );
      // In the network, for all the types at once (one hashed network, not one per type).
      const inNetworkColumn = filter.inMyNetwork
        ? 'true'
        : viewer
          ? inNetwork(null, hasNetworkMember)
          : 'false';
      const grouping = LIST_SETS.map(
        ([facet, flag]) => `WHEN GROUPING(${flag}) = 0 THEN '${facet}'`,
      );
      ctes.push(
        // OFFSET 0 keeps the computed columns computed once, not once per reference.
        `facet_rows AS MATERIALIZED (
           SELECT f.*, ${passColumns.join(', ')}
           FROM (
             SELECT ${['h.*', ...verdicts].join(', ')}
             FROM (
               SELECT d.*, ${inNetworkColumn} AS in_net FROM (${rows.join(' UNION ALL ')}) d
             ) h
             OFFSET 0
           ) f)`,
        `facets AS (
           SELECT CASE ${grouping.join(' ')} ELSE 'scalars' END AS facet,
                  coalesce(${LIST_SETS.map(([, flag]) => flag).join(', ')}) AS pass,
                  ${SCALAR_COLUMNS}, ${LIST_SETS.map(([, , columns]) => columns).join(', ')},
                  count(*)::int AS n
           FROM facet_rows
           GROUP BY GROUPING SETS ((${SCALAR_COLUMNS}),
             ${LIST_SETS.map(([, flag, columns]) => `(${columns}, ${flag})`).join(', ')}))`,
      );
    }
    // How many rows each source read (at most cap + 1): more than cap means there were more.
    const tally = (sources: string[]) =>
      sources.length > 0
        ? `json_build_array(${sources.map((source) => `(SELECT count(*)::int FROM ${source})`).join(', ')})`
        : `'[]'::json`;
    const sql = `WITH ${ctes.join(',\n')}
      SELECT
        (SELECT coalesce(json_agg(json_build_object(
                  'id', id, 'type', type, 'score', score, 'scoreKey', score::text, 'sortAt', sort_at)
                ORDER BY score DESC, sort_at DESC, id), '[]'::json)
         FROM page) AS hits,
        ${plan.totalCount ? tally(resultTypes.map((type) => name('r', type))) : 'NULL::json'} AS totals,
        ${plan.facets ? `(SELECT coalesce(json_agg(facets), '[]'::json) FROM facets)` : 'NULL::json'} AS facets,
        ${plan.facets ? tally(facetSources) : 'NULL::json'} AS facet_totals`;
    const row = await this.dataSource.transaction(async (manager) => {
      // For this statement only (JIT is off for every connection, see database.ts): counting
      // facets would spill to disk; and a sequential scan that stops after the first matches is cheap only where the
      // matches are spread evenly through the table: where they are not (one type written
      // after another), it reads most of the table. The indexes read only the matches.
      await manager.query(
        `SELECT set_config('work_mem', '${SEARCH_WORK_MEM}', true),
                set_config('enable_seqscan', 'off', true)`,
      );
      const [result] = await manager.query<
        {
          hits: HitRow[];
          totals: number[] | null;
          facets: FacetRow[] | null;
          facet_totals: number[] | null;
        }[]
      >(sql, params);
      return result;
    });
    const bounded = (counts: number[]) => ({
      count: counts.reduce((total, n) => total + Math.min(n, cap), 0),
      lowerBound: counts.some((n) => n > cap),
    });
    return {
      hits: row.hits,
      total: row.totals ? bounded(row.totals) : null,
      facets:
        row.facets && row.facet_totals
          ? { rows: row.facets, lowerBound: bounded(row.facet_totals).lowerBound }
          : null,
    };
  }

  /**
   * Snippets of the given documents: where the query matched in their texts (never their name,
   * shown beside it), marked with HIGHLIGHT_START/STOP; with no query, their opening text.
   * Only texts anyone may read on the page: a member's headline, bio, needs and offers (never
   * email, phone or place); an organization's description and statements; an opportunity's
   * description (its Markdown marks removed) and eligibility.
   */
  async snippets(ids: readonly string[], tsquery: string | null): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; snippet: string }[]>(
      `WITH texts AS (
         SELECT m.id, concat_ws(' · ', nullif(m.headline, ''), nullif(m.bio, ''),
                  (SELECT string_agg(s.text, ' · ' ORDER BY s.kind, s.position)
                   FROM member_statement s WHERE s.member_id = m.id)) AS body
         FROM member m WHERE m.id = ANY ($1::uuid[]) AND m.deleted_at IS NULL
         UNION ALL
         SELECT o.id, concat_ws(' · ', nullif(o.description, ''),
                  (SELECT string_agg(s.text, ' · ' ORDER BY s.kind, s.position)
                   FROM organization_statement s WHERE s.organization_id = o.id))
         FROM organization o WHERE o.id = ANY ($1::uuid[])
         UNION ALL
         SELECT p.id, concat_ws(' · ', nullif(regexp_replace(
                  regexp_replace(p.description, '!?\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'),
                  '[*_~\`#>|]+', '', 'g'), ''), nullif(p.eligibility, ''))
         FROM opportunity p WHERE p.id = ANY ($1::uuid[])
       ), clean AS (
         SELECT id, translate(coalesce(body, ''), $3, '') AS body FROM texts
       )
       SELECT id,
         CASE WHEN $2::text IS NULL THEN left(body, 400)
              ELSE ts_headline('growhere', body, $2::tsquery, $4) END AS snippet
       FROM clean`,
      [
        ids,
        tsquery,
        HIGHLIGHT_START + HIGHLIGHT_STOP,
        `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`,
      ],
    );
    return new Map(rows.map((row) => [row.id, row.snippet]));
  }

  /**
   * Published opportunities by id, not withheld by moderation (the opportunities module reads
   * them the same way): one may have changed since its document was read.
   */
  publishedOpportunities(ids: readonly string[]): Promise<OpportunityEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids)', { ids })
      .andWhere(`o.status = 'PUBLISHED' AND ${opportunityListed('o')}`)
      .getMany();
  }

  /** Forgets the stems no document holds any more (a deleted profile's rare words among them). */
  async pruneLexicon(): Promise<number> {
    const result = await this.dataSource.query<unknown>(
      `WITH present AS MATERIALIZED (
         SELECT word COLLATE "C" AS word FROM ts_stat('SELECT document FROM search_document'))
       DELETE FROM search_lexeme l
       WHERE NOT EXISTS (SELECT 1 FROM present p WHERE p.word = l.lexeme)`,
    );
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
