import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** What the insights are about: a period (either end open) and, optionally, a sector and a neighborhood. */
export interface InsightsScope {
  from: Date | null;
  to: Date | null;
  sector: string | null;
  neighborhood: string | null;
}

/**
 * One aggregate: `series` names what is counted, `key` the bucket (a month YYYY-MM, a sector code,
 * a slug, a category, NONE; null for a single number) and `value` the number.
 */
export interface AggregateRow {
  series: string;
  key: string | null;
  value: number | null;
}

/*
 * Every statement takes the same four parameters: $1 the period's start, $2 its end (either may be
 * NULL: open), $3 a sector code, $4 a neighborhood slug (NULL: any). PARAMS names their types once,
 * so that a statement that leaves one of them out still binds all four.
 */
const PARAMS = `params AS (
  SELECT $1::timestamptz AS period_start, $2::timestamptz AS period_end,
         $3::varchar AS sector, $4::varchar AS neighborhood
)`;

/** Of the chosen sector and neighborhood (a member or an organization). */
const IN_SCOPE = (alias: string) =>
  `($3::varchar IS NULL OR $3::varchar = ANY(${alias}.sectors))
   AND ($4::varchar IS NULL OR ${alias}.neighborhood = $4::varchar)`;

/** Existed by the end of the period. */
const BY_END = (column: string) => `($2::timestamptz IS NULL OR ${column} <= $2::timestamptz)`;

/** Happened within the period. */
const IN_PERIOD = (column: string) =>
  `($1::timestamptz IS NULL OR ${column} >= $1::timestamptz) AND ${BY_END(column)}`;

/** The calendar month (UTC) of an instant, as YYYY-MM. */
const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`;

/** Suspended now: a suspension without an end, or ending later. */
const SUSPENDED = (alias: string) =>
  `(${alias}.suspended_at IS NOT NULL
    AND (${alias}.suspended_until IS NULL OR ${alias}.suspended_until > now()))`;

/** A member whose profile others see: not deleted, hidden or suspended. */
const VISIBLE_MEMBER = (alias: string) =>
  `(${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL AND NOT ${SUSPENDED(alias)})`;

/**
 * The members counted: every account but the deleted ones (tombstones), hidden and suspended
 * members included, that existed by the end of the period, of the chosen sector and neighborhood.
 */
const MEMBERS = `members AS MATERIALIZED (
  SELECT m.id, m.sectors, m.neighborhood, m.stage, m.created_at
  FROM member m
  WHERE m.deleted_at IS NULL AND ${BY_END('m.created_at')} AND ${IN_SCOPE('m')}
)`;

/** The organizations counted: verified or not, hidden included, by the end of the period. */
const ORGANIZATIONS = `organizations AS MATERIALIZED (
  SELECT o.id, o.type, o.sectors, o.neighborhood, o.created_at
  FROM organization o
  WHERE ${BY_END('o.created_at')} AND ${IN_SCOPE('o')}
)`;

/** A count over a composition: one row per bucket, NONE for those who stated nothing. */
const COUNT_BY = (series: string, bucket: string, from: string) =>
  `SELECT '${series}' AS series, COALESCE(${bucket}, 'NONE') AS key, count(*)::float8 AS value
   FROM ${from} GROUP BY 2`;

/**
 * Members and organizations: created per month within the period, how many before it (so that
 * running totals start right), and their composition by sector, neighborhood, stage and type at
 * the end of the period.
 */
const POPULATION = `WITH ${PARAMS}, ${MEMBERS}, ${ORGANIZATIONS}
SELECT 'members_new' AS series, ${MONTH('created_at')} AS key, count(*)::float8 AS value
FROM members WHERE ${IN_PERIOD('created_at')} GROUP BY 2
UNION ALL
SELECT 'members_before', NULL, count(*)::float8 FROM members WHERE created_at < $1::timestamptz
UNION ALL
${COUNT_BY('members_by_sector', 's.code', 'members LEFT JOIN LATERAL unnest(members.sectors) AS s(code) ON true')}
UNION ALL
${COUNT_BY('members_by_neighborhood', 'neighborhood', 'members')}
UNION ALL
${COUNT_BY('members_by_stage', 'stage', 'members')}
UNION ALL
SELECT 'organizations_new', ${MONTH('created_at')}, count(*)::float8
FROM organizations WHERE ${IN_PERIOD('created_at')} GROUP BY 2
UNION ALL
SELECT 'organizations_before', NULL, count(*)::float8
FROM organizations WHERE created_at < $1::timestamptz
UNION ALL
${COUNT_BY('organizations_by_sector', 's.code', 'organizations LEFT JOIN LATERAL unnest(organizations.sectors) AS s(code) ON true')}
UNION ALL
${COUNT_BY('organizations_by_neighborhood', 'neighborhood', 'organizations')}
UNION ALL
${COUNT_BY('organizations_by_type', 'type', 'organizations')}
UNION ALL
SELECT 'earliest_month', ${MONTH('min(created_at)')}, NULL
FROM (SELECT created_at FROM members UNION ALL SELECT created_at FROM organizations) AS created`;

/**
 * Needs against offers, and unmet needs. A member's need (a member and a category, counted once)
 * is unmet when nothing in the network answers it as things stand now: no other visible member
 * offers the category, no organization that is not hidden offers it, and no open opportunity
 * (published, not past its deadline, not hidden, from a poster and organization that are neither
 * hidden nor suspended) lists the category for one of the member's sectors or for any sector, and
 * for the member's neighborhood, the whole city or remote work.
 */
const NEEDS = `WITH ${PARAMS}, ${MEMBERS}, ${ORGANIZATIONS},
member_stated AS MATERIALIZED (
  SELECT DISTINCT s.member_id, s.kind, s.category
  FROM member_statement s JOIN members ON members.id = s.member_id
),
organization_stated AS (
  SELECT DISTINCT s.organization_id, s.kind, s.category
  FROM organization_statement s JOIN organizations ON organizations.id = s.organization_id
),
needs AS (SELECT member_id, category FROM member_stated WHERE kind = 'NEED'),
-- Who offers each category among visible members: the first and last of them (by id) tell
-- whether someone other than a given member does, without counting them.
member_offers AS (
  SELECT s.category, min(s.member_id::text) AS first_id, max(s.member_id::text) AS last_id
  FROM member_statement s JOIN member p ON p.id = s.member_id
  WHERE s.kind = 'OFFER' AND ${VISIBLE_MEMBER('p')}
  GROUP BY s.category
),
organization_offers AS (
  SELECT DISTINCT s.category
  FROM organization_statement s JOIN organization o ON o.id = s.organization_id
  WHERE s.kind = 'OFFER' AND o.hidden_at IS NULL
),
-- What open opportunities answer: a category, for a sector or any ('*'), in a neighborhood or
-- anywhere in the city ('*'). A few thousand rows at most, whatever the number of opportunities.
answered AS MATERIALIZED (
  SELECT DISTINCT c.category, s.sector, h.neighborhood
  FROM opportunity o
  LEFT JOIN member p ON p.id = o.poster_id
  LEFT JOIN organization g ON g.id = o.organization_id
  CROSS JOIN LATERAL unnest(o.categories) AS c(category)
  CROSS JOIN LATERAL unnest(CASE WHEN cardinality(o.sectors) = 0 THEN ARRAY['*']::varchar[]
                                 ELSE o.sectors END) AS s(sector)
  CROSS JOIN LATERAL unnest(CASE WHEN o.citywide OR o.remote OR cardinality(o.neighborhoods) = 0
                                 THEN ARRAY['*']::varchar[] ELSE o.neighborhoods END) AS h(neighborhood)
  WHERE o.status = 'PUBLISHED' AND (o.deadline IS NULL OR o.deadline > now())
    AND o.hidden_at IS NULL
    AND (p.id IS NULL OR (p.hidden_at IS NULL AND NOT ${SUSPENDED('p')}))
    AND (o.organization_id IS NOT NULL OR (p.id IS NOT NULL AND p.deleted_at IS NULL))
    AND (g.id IS NULL OR g.hidden_at IS NULL)
),
unmet AS MATERIALIZED (
  SELECT n.member_id, n.category, members.sectors, members.neighborhood
  FROM needs n
  JOIN members ON members.id = n.member_id
  LEFT JOIN member_offers mo ON mo.category = n.category
  WHERE NOT COALESCE(mo.first_id <> mo.last_id OR mo.first_id <> n.member_id::text, false)
    AND NOT EXISTS (SELECT 1 FROM organization_offers g WHERE g.category = n.category)
    AND NOT EXISTS (
      SELECT 1 FROM answered a
      WHERE a.category = n.category
        AND (a.sector = '*' OR a.sector = ANY(members.sectors))
        AND (a.neighborhood = '*' OR a.neighborhood = members.neighborhood)
    )
)
SELECT CASE kind WHEN 'NEED' THEN 'needs_by_category' ELSE 'offers_by_category' END AS series,
       category AS key, count(*)::float8 AS value
FROM (SELECT kind, category FROM member_stated
      UNION ALL SELECT kind, category FROM organization_stated) AS stated
GROUP BY 1, 2
UNION ALL
SELECT 'member_needs', NULL, count(*)::float8 FROM needs
UNION ALL
SELECT 'unmet_needs', NULL, count(*)::float8 FROM unmet
UNION ALL
${COUNT_BY('unmet_needs_by_sector', 's.code', 'unmet LEFT JOIN LATERAL unnest(unmet.sectors) AS s(code) ON true')}
UNION ALL
${COUNT_BY('unmet_needs_by_neighborhood', 'neighborhood', 'unmet')}
UNION ALL
${COUNT_BY('unmet_needs_by_category', 'category', 'unmet')}`;

/**
 * Connectedness of the members counted: their first connection to a member not deleted (whenever
 * it was made), whether they had one by the end of the period, and whether one of those was with
 * a member sharing none of their sectors (both having stated one).
 */
const CONNECTIONS = `WITH ${PARAMS}, ${MEMBERS},
links AS MATERIALIZED (
  SELECT me.id, me.created_at,
         -- One or two index probes per member (connection_member_recent, member_deleted).
         (SELECT c.created_at FROM connection c
          WHERE c.member_id = me.id
            AND NOT EXISTS (SELECT 1 FROM member d WHERE d.id = c.other_id AND d.deleted_at IS NOT NULL)
          ORDER BY c.created_at LIMIT 1) AS first_at,
         cardinality(me.sectors) > 0 AND EXISTS (
           SELECT 1 FROM connection c JOIN member o ON o.id = c.other_id
           WHERE c.member_id = me.id AND ${BY_END('c.created_at')} AND o.deleted_at IS NULL
             AND cardinality(o.sectors) > 0 AND NOT (o.sectors && me.sectors)
         ) AS across
  FROM members me
),
counted AS (
  SELECT count(*) AS members,
         count(*) FILTER (WHERE first_at IS NOT NULL AND ${BY_END('first_at')}) AS connected,
         count(*) FILTER (WHERE across) AS across,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM first_at - created_at) / 86400
         ) FILTER (WHERE first_at IS NOT NULL AND ($1::timestamptz IS NULL
                                                  OR created_at >= $1::timestamptz))
           AS median_days
  FROM links
)
SELECT 'members_connected_share' AS series, NULL AS key,
       round(100.0 * connected / NULLIF(members, 0), 1)::float8 AS value FROM counted
UNION ALL
SELECT 'members_cross_sector_share', NULL,
       round(100.0 * across / NULLIF(members, 0), 1)::float8 FROM counted
UNION ALL
SELECT 'median_days_to_first_connection', NULL, round(median_days::numeric, 1)::float8
FROM counted`;

/** An introduced member of the chosen sector and neighborhood. */
const INTRODUCED_IN_SCOPE = `((${IN_SCOPE('a')}) OR (${IN_SCOPE('b')}))`;

/**
 * Introductions proposed within the period between two members not deleted, one of whom at
 * least is of the chosen sector and neighborhood: how far each went, and how long completion took.
 */
const INTRODUCTIONS = `WITH ${PARAMS},
proposed AS MATERIALIZED (
  SELECT i.id, i.status, i.answer_a, i.answer_b, i.created_at, i.completed_at
  FROM introduction i
  JOIN member a ON a.id = i.member_a_id
  JOIN member b ON b.id = i.member_b_id
  WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
    AND ${IN_PERIOD('i.created_at')} AND ${INTRODUCED_IN_SCOPE}
),
counted AS (
  SELECT count(*) AS proposed,
         count(*) FILTER (WHERE answer_a = 'ACCEPTED' OR answer_b = 'ACCEPTED') AS accepted,
         count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
         count(*) FILTER (WHERE status = 'COMPLETED' AND EXISTS (
           SELECT 1 FROM introduction_outcome x
           WHERE x.introduction_id = proposed.id AND x.kind <> 'NONE'
         )) AS with_outcome,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM completed_at - created_at) / 86400
         ) FILTER (WHERE status = 'COMPLETED' AND completed_at IS NOT NULL) AS median_days
  FROM proposed
)
SELECT 'introductions_funnel' AS series, 'PROPOSED' AS key, proposed::float8 AS value FROM counted
UNION ALL SELECT 'introductions_funnel', 'ACCEPTED_BY_ONE', accepted::float8 FROM counted
UNION ALL SELECT 'introductions_funnel', 'COMPLETED', completed::float8 FROM counted
UNION ALL SELECT 'introductions_funnel', 'WITH_OUTCOME', with_outcome::float8 FROM counted
UNION ALL
SELECT 'median_days_to_complete_introduction', NULL, round(median_days::numeric, 1)::float8
FROM counted`;

/**
 * Outcomes recorded within the period (all kinds but NONE, "nothing yet"): of introductions with
 * an introduced member in scope (a kind both members record counts once, when first recorded),
 * and of interest in opportunities by a member in scope (recorded by the poster). Members deleted
 * since are left out.
 */
const OUTCOMES = `WITH ${PARAMS},
recorded AS MATERIALIZED (
  SELECT x.kind, min(x.recorded_at) AS at
  FROM introduction_outcome x
  JOIN introduction i ON i.id = x.introduction_id
  JOIN member a ON a.id = i.member_a_id
  JOIN member b ON b.id = i.member_b_id
  WHERE x.kind <> 'NONE' AND a.deleted_at IS NULL AND b.deleted_at IS NULL
    AND ${INTRODUCED_IN_SCOPE}
  GROUP BY x.introduction_id, x.kind
  UNION ALL
  SELECT x.outcome_kind, x.outcome_recorded_at
  FROM opportunity_interest x
  JOIN member m ON m.id = x.member_id
  WHERE x.outcome_kind IS NOT NULL AND x.outcome_kind <> 'NONE' AND x.outcome_recorded_at IS NOT NULL
    AND m.deleted_at IS NULL AND ${IN_SCOPE('m')}
),
in_period AS MATERIALIZED (SELECT kind, at FROM recorded WHERE ${IN_PERIOD('at')})
SELECT 'outcomes_by_month' AS series, ${MONTH('at')} AS key, count(*)::float8 AS value
FROM in_period GROUP BY 2
UNION ALL
SELECT 'outcomes_by_kind', kind, count(*)::float8 FROM in_period GROUP BY 2
UNION ALL
SELECT 'outcomes_by_kind_and_month', kind || ' ' || ${MONTH('at')}, count(*)::float8
FROM in_period GROUP BY 2`;

/** The five statements, in the order their rows are returned. */
export const INSIGHTS_STATEMENTS = [POPULATION, NEEDS, CONNECTIONS, INTRODUCTIONS, OUTCOMES];

/**
 * The one place that reads the network for insights: every figure is aggregated in the database,
 * in five statements whatever the size of the city or the filter.
 */
@Injectable()
export class InsightsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** All aggregates, read from one snapshot so that the figures agree with each other. */
  aggregates(scope: InsightsScope): Promise<AggregateRow[]> {
    const parameters = [scope.from, scope.to, scope.sector, scope.neighborhood];
    return this.dataSource.transaction('REPEATABLE READ', async (manager: EntityManager) => {
      const rows: AggregateRow[] = [];
      for (const statement of INSIGHTS_STATEMENTS) {
        rows.push(...(await manager.query<AggregateRow[]>(statement, parameters)));
      }
      return rows;
    });
  }
}
