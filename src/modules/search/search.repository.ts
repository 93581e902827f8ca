import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity.js';
import type { SearchResultType } from './search-document.entity.js';
import {
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
  /** Also count every result and the facets (reads every match, not just a page). */
  counts: boolean;
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

/** Enough to count the facets of a broad query's matches in memory. */
const SEARCH_WORK_MEM = '32MB';

/** Weights of D, C, B, A: a name or title far above a headline, above descriptions. */
const RANK_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";

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
 * organizations and opportunities (migration AddSearch). One statement finds the matches, ranks
 * them, applies privacy, blocks and filters, takes a page and, when asked, counts the facets.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * For each token: its stems, whether the lexicon knows one, whether some entry starts with it,
   * and the entries most like it (pg_trgm's `%`, over a GIN trigram index).
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
       )
       SELECT b.stems, b.plain,
         EXISTS (SELECT 1 FROM search_lexeme l
                 WHERE l.lexeme = ANY (b.stems::varchar[] COLLATE "C")) AS known,
         EXISTS (SELECT 1 FROM search_lexeme l
                 WHERE l.lexeme LIKE replace(replace(replace(b.base, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                 LIMIT 1) AS prefix_known,
         ARRAY(SELECT l.lexeme FROM search_lexeme l
               WHERE char_length(b.base) >= $2 AND l.lexeme % b.base
               ORDER BY similarity(l.lexeme, b.base) DESC, l.lexeme
               LIMIT 3) AS similar
       FROM b ORDER BY b.ord`,
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

  async search(plan: SearchPlan): Promise<{ hits: HitRow[]; facets: FacetRow[] | null }> {
    const params: unknown[] = [];
    const param = (value: unknown, cast: string) => {
      params.push(value);
      return `$${params.length}::${cast}`;
    };
    const { filter } = plan;
    const viewer = plan.viewerId ? param(plan.viewerId, 'uuid') : null;
    const tsquery = plan.tsquery === null ? null : param(plan.tsquery, 'tsquery');

    // Who the viewer is to others: their connections, and everyone within two hops but them and
    // those on either side of a block. CTEs that no expression below refers to are never run.
    const ctes: string[] = [];
    if (viewer) {
      ctes.push(
        `hop1 AS MATERIALIZED (SELECT other_id AS id FROM connection WHERE member_id = ${viewer})`,
        `hidden AS MATERIALIZED (
           SELECT blocked_id AS id FROM member_block WHERE blocker_id = ${viewer}
           UNION SELECT blocker_id FROM member_block WHERE blocked_id = ${viewer})`,
        `net AS MATERIALIZED (
           SELECT x.id FROM (
             SELECT id FROM hop1
             UNION SELECT c.other_id FROM hop1 JOIN connection c ON c.member_id = hop1.id
           ) x
           WHERE x.id <> ${viewer} AND x.id NOT IN (SELECT id FROM hidden))`,
      );
    }

    // A member's neighborhood counts only where their profile would show it to the viewer.
    let neighborhoods = 'd.neighborhoods';
    if (plan.counts || filter.neighborhoods !== undefined) {
      const visibility = `coalesce(d.location_visibility, ${param(plan.defaultLocationVisibility, 'text')})`;
      const shown = viewer
        ? `(d.id = ${viewer} OR ${visibility} IN ('PUBLIC', 'MEMBERS')
            OR (${visibility} = 'CONNECTIONS' AND d.id IN (SELECT id FROM hop1)))`
        : `${visibility} = 'PUBLIC'`;
      neighborhoods = `CASE WHEN d.type <> 'MEMBER' OR ${shown} THEN d.neighborhoods ELSE '{}'::varchar[] END`;
    }
    const needsNetwork = viewer !== null && (plan.counts || filter.inMyNetwork);
    // A member in the network; an organization with such a member; an opportunity posted by one
    // or for such an organization. Memberships are read only once a match has an organization
    // (PostgreSQL then hashes the organizations that have a member in the network, once).
    const inNetwork = needsNetwork
      ? `(coalesce(d.member_id IN (SELECT id FROM net), false)
          OR (d.organization_id IS NOT NULL AND EXISTS (
                SELECT 1 FROM organization_member om
                WHERE om.organization_id = d.organization_id
                  AND (om.member_id IN (SELECT id FROM net)) IS TRUE)))`
      : 'false';
    const score = tsquery
      ? `ts_rank(${RANK_WEIGHTS}, d.document, ${tsquery})::float8`
      : '0::float8';
    const conditions = [
      tsquery ? `d.document @@ ${tsquery}` : 'true',
      // Past its deadline, an opportunity is gone even before the job marks it EXPIRED.
      '(d.expires_at IS NULL OR d.expires_at > now())',
    ];
    if (viewer) {
      // A member on either side of a block, and what they posted for themselves.
      conditions.push(
        'NOT coalesce(d.organization_id IS NULL AND d.member_id IN (SELECT id FROM hidden), false)',
      );
    }

    // Yes-or-no filters narrow the matches themselves: their own facet is then the count of the
    // matches that pass the other filters, as it should be.
    if (filter.verifiedOnly) conditions.push('d.verified');
    if (filter.inMyNetwork) conditions.push(inNetwork);
    const inNetworkColumn = filter.inMyNetwork ? 'true' : inNetwork;

    const list = (values: readonly string[]) => param(values, 'varchar[]');
    // Each filter as a condition on a match (h); 'true' when it does not filter.
    const flags: Record<string, string> = {
      p_type: filter.types ? `h.type = ANY (${list(filter.types)})` : 'true',
      p_kind: filter.kinds ? `h.kind = ANY (${list(filter.kinds)})` : 'true',
      p_sector: filter.sectors ? `(h.any_sector OR h.sectors && ${list(filter.sectors)})` : 'true',
      p_neighborhood: filter.neighborhoods
        ? `(h.citywide OR h.neighborhoods && ${list(filter.neighborhoods)})`
        : 'true',
      p_stage: filter.stages ? `(h.any_stage OR h.stages && ${list(filter.stages)})` : 'true',
      p_organization_type: filter.organizationTypes
        ? `h.organization_type = ANY (${list(filter.organizationTypes)})`
        : 'true',
    };
    // Each filter's verdict (f_), then per facet whether a match passes every filter but that
    // facet's own (p_), and p_all, every filter.
    const active = Object.entries(flags).filter(([, expression]) => expression !== 'true');
    const verdicts = active.map(
      ([name, expression]) => `coalesce(${expression}, false) AS f_${name}`,
    );
    const passes = (except: string | null) => {
      const others = active.filter(([name]) => name !== except).map(([name]) => `f_${name}`);
      return others.length > 0 ? others.join(' AND ') : 'true';
    };
    const passColumns = [
      ...Object.keys(flags).map((name) => `${passes(name)} AS ${name}`),
      `${passes(null)} AS p_all`,
    ];

    let after = 'true';
    if (plan.after) {
      const s = param(plan.after.scoreKey, 'float8');
      const t = param(plan.after.sortAt, 'timestamptz');
      const i = param(plan.after.id, 'uuid');
      after = `(score < ${s} OR (score = ${s} AND (sort_at < ${t} OR (sort_at = ${t} AND id > ${i}))))`;
    }
    const limit = param(plan.limit, 'int');

    ctes.push(
      // OFFSET 0 keeps the computed columns computed once, not once per reference.
      `hits AS ${plan.counts ? 'MATERIALIZED' : 'NOT MATERIALIZED'} (
         SELECT f.*, ${passColumns.join(', ')}
         FROM (
           SELECT ${['h.*', ...verdicts].join(', ')}
           FROM (
             SELECT d.id, d.type, d.kind, d.sectors, d.any_sector, ${neighborhoods} AS neighborhoods,
                    d.citywide, d.stages, d.any_stage, d.organization_type, d.verified,
                    ${inNetworkColumn} AS in_net, ${score} AS score, d.sort_at
             FROM search_document d
             WHERE ${conditions.join(' AND ')}
             OFFSET 0
           ) h
           OFFSET 0
         ) f)`,
      `page AS (
         SELECT id, type, score, sort_at FROM hits
         WHERE p_all AND ${after}
         ORDER BY score DESC, sort_at DESC, id
         LIMIT ${limit})`,
    );
    if (plan.counts) {
      const grouping = LIST_SETS.map(
        ([facet, flag]) => `WHEN GROUPING(${flag}) = 0 THEN '${facet}'`,
      );
      ctes.push(
        `facets AS (
           SELECT CASE ${grouping.join(' ')} ELSE 'scalars' END AS facet,
                  coalesce(${LIST_SETS.map(([, flag]) => flag).join(', ')}) AS pass,
                  ${SCALAR_COLUMNS}, ${LIST_SETS.map(([, , columns]) => columns).join(', ')},
                  count(*)::int AS n
           FROM hits
           GROUP BY GROUPING SETS ((${SCALAR_COLUMNS}),
             ${LIST_SETS.map(([, flag, columns]) => `(${columns}, ${flag})`).join(', ')}))`,
      );
    }
    const sql = `WITH ${ctes.join(',\n')}
      SELECT
        (SELECT coalesce(json_agg(json_build_object(
                  'id', id, 'type', type, 'score', score, 'scoreKey', score::text, 'sortAt', sort_at)
                ORDER BY score DESC, sort_at DESC, id), '[]'::json)
         FROM page) AS hits,
        ${plan.counts ? `(SELECT coalesce(json_agg(facets), '[]'::json) FROM facets)` : 'NULL::json'} AS facets`;
    return this.dataSource.transaction(async (manager) => {
      // For this statement only: PostgreSQL would otherwise spend up to seconds JIT-compiling
      // it (its estimated cost is high, its run short), and counting the facets of many matches
      // would spill to disk.
      await manager.query(
        `SELECT set_config('jit', 'off', true), set_config('work_mem', '${SEARCH_WORK_MEM}', true)`,
      );
      const [row] = await manager.query<{ hits: HitRow[]; facets: FacetRow[] | null }[]>(
        sql,
        params,
      );
      return row;
    });
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

  /** Published opportunities by id (the opportunities module reads them the same way). */
  publishedOpportunities(ids: readonly string[]): Promise<OpportunityEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(OpportunityEntity)
      .findBy({ id: In([...ids]), status: 'PUBLISHED' });
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
