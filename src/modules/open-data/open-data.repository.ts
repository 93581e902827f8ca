import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StatsTableKey } from './open-data.fields.js';

export interface OrganizationRow {
  slug: string;
  name: string;
  type: string;
  sectors: string[];
  neighborhood: string | null;
  website: string | null;
  description: string;
  founded_year: number | null;
  size_band: string | null;
  verified_at: Date;
}

export interface OpportunityRow {
  id: string;
  title: string;
  kind: string;
  subkind: string | null;
  description: string;
  eligibility: string;
  categories: string[];
  sectors: string[];
  stages: string[];
  neighborhoods: string[];
  citywide: boolean;
  remote: boolean;
  amount_min: number | null;
  amount_max: number | null;
  size_sq_ft: number | null;
  deadline: Date | null;
  external_url: string | null;
  published_at: Date;
  organization_slug: string | null;
  organization_name: string | null;
}

export interface StatsRow {
  table: StatsTableKey;
  key: string;
  value: number;
}

/** Suspended now: without an end, or ending later. */
const SUSPENDED = (alias: string) =>
  `(${alias}.suspended_at IS NOT NULL
    AND (${alias}.suspended_until IS NULL OR ${alias}.suspended_until > now()))`;

/** A member anyone may see: not deleted, hidden or suspended. */
const VISIBLE_MEMBER = (alias: string) =>
  `(${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL AND NOT ${SUSPENDED(alias)})`;

/**
 * Open to anyone and published openly: PUBLISHED, not past its deadline, not hidden; its poster
 * neither hidden nor suspended; a member's own opportunity needs its poster's account (an
 * organization's stays when the member who posted it leaves, as on the site); its organization
 * not hidden.
 */
const OPEN_OPPORTUNITIES = `
  FROM opportunity o
  LEFT JOIN member p ON p.id = o.poster_id
  LEFT JOIN organization g ON g.id = o.organization_id
  WHERE o.status = 'PUBLISHED' AND (o.deadline IS NULL OR o.deadline > now())
    AND o.hidden_at IS NULL
    AND (p.id IS NULL OR (p.hidden_at IS NULL AND NOT ${SUSPENDED('p')}))
    AND (o.organization_id IS NOT NULL OR (p.id IS NOT NULL AND p.deleted_at IS NULL))
    AND (g.id IS NULL OR g.hidden_at IS NULL)`;

/** The only place open data is read: public fields of public things, and counts. */
@Injectable()
export class OpenDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Verified organizations nobody hid, by name. */
  organizations(): Promise<OrganizationRow[]> {
    return this.dataSource.query(
      `SELECT o.slug, o.name, o.type, o.sectors, o.neighborhood, o.website, o.description,
              o.founded_year, o.size_band, o.verified_at
       FROM organization o
       WHERE o.verified_at IS NOT NULL AND o.hidden_at IS NULL
       ORDER BY o.name, o.id`,
    );
  }

  /** Open opportunities, newest first; the organization named only when it is verified. */
  opportunities(): Promise<OpportunityRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.title, o.kind, o.subkind, o.description, o.eligibility, o.categories,
              o.sectors, o.stages, o.neighborhoods, o.citywide, o.remote, o.amount_min,
              o.amount_max, o.size_sq_ft, o.deadline, o.external_url, o.published_at,
              -- Only organizations open data publishes (verified) are named.
              CASE WHEN g.verified_at IS NOT NULL THEN g.slug END AS organization_slug,
              CASE WHEN g.verified_at IS NOT NULL THEN g.name END AS organization_name
       ${OPEN_OPPORTUNITIES}
       ORDER BY o.published_at DESC, o.id`,
    );
  }

  /**
   * The counts of the statistics, one statement. Members: only those anyone may see; each in one
   * cell of each table: their first sector, their neighborhood unless they keep their location
   * private, their stage. Organizations: all that are not hidden. Opportunities: the open ones.
   */
  stats(): Promise<StatsRow[]> {
    return this.dataSource.query(
      `WITH people AS MATERIALIZED (
         SELECT m.sectors[1] AS sector,
                CASE WHEN COALESCE(m.visibility ->> 'location', 'MEMBERS') = 'PRIVATE' THEN NULL
                     ELSE m.neighborhood END AS neighborhood,
                m.stage
         FROM member m
         WHERE ${VISIBLE_MEMBER('m')}
       )
       SELECT 'members_by_sector' AS "table", COALESCE(sector, 'NONE') AS key, count(*)::int AS value
       FROM people GROUP BY 2
       UNION ALL
       SELECT 'members_by_neighborhood', COALESCE(neighborhood, 'NONE'), count(*)::int
       FROM people GROUP BY 2
       UNION ALL
       SELECT 'members_by_stage', COALESCE(stage, 'NONE'), count(*)::int FROM people GROUP BY 2
       UNION ALL
       SELECT 'organizations_by_type', o.type, count(*)::int
       FROM organization o WHERE o.hidden_at IS NULL GROUP BY 2
       UNION ALL
       SELECT 'opportunities_by_kind', o.kind, count(*)::int ${OPEN_OPPORTUNITIES} GROUP BY 2`,
    );
  }
}
