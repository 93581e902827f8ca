import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../common/database/returning-rows.js';
import { memberWithheld, opportunityListed } from '../../common/database/visibility.js';
import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import type { FieldVisibility } from '../members/profile.types.js';
import { OpportunityEntity } from '../opportunities/opportunity.entity.js';
import type { OpportunityKind, OpportunitySubkind } from '../opportunities/opportunity.types.js';
import type { MatchDismissReason, MatchKind } from './match.types.js';

/**
 * How many candidates each source may bring, at most. Every source stops at its limit and reads
 * one narrow table (member_match_facts, organization_match_facts) or one covering index
 * (published opportunities), so its candidates come with all that scoring needs; the sources
 * overlap, and the candidates are scored in TypeScript. At most 200 members, 120 organizations
 * and 135 opportunities are scored.
 */
export const CANDIDATE_LIMITS = {
  // Members: two hops away, most shared connections first (through recent connections) …
  network: 60,
  // … offering what the viewer needs and needing what they offer …
  reciprocal: 40,
  // … of the viewer's sectors, or neighborhood, with a need or an offer meeting theirs …
  sector: 40,
  neighborhood: 30,
  // … and any offering what the viewer needs, or needing what they offer.
  offers: 15,
  needs: 15,
  // Organizations: both ways; nearby (sector or neighborhood) either way; any, either way.
  organizationsReciprocal: 30,
  organizationsNearby: 40,
  organizationsNearbyNeeds: 15,
  organizationsOffers: 20,
  organizationsNeeds: 15,
  // Published opportunities answering a need: of the viewer's sector, open to any sector, in
  // their neighborhood, the newest; and the newest of their sector, whatever they answer.
  opportunitiesInSector: 40,
  opportunitiesOpen: 40,
  opportunitiesNearby: 25,
  opportunitiesNewest: 15,
  opportunitiesSector: 15,
  // An opportunity's candidates: members of its sectors or neighborhoods, any member, the
  // viewer's own connections (all needing what it answers); organizations likewise.
  candidatesFitting: 80,
  candidatesAny: 80,
  candidatesConnections: 40,
  candidateOrganizationsFitting: 60,
  candidateOrganizationsAny: 60,
} as const;
/**
 * The second degree is reached through the viewer's most recent connections, and through the
 * most recent connections of each of them: at most 100 × 100 rows, even among connectors with
 * thousands. Shared connections counted this way are lower bounds; those of the matches shown
 * are counted in full.
 */
export const NETWORK_SOURCES = 100;
export const NETWORK_FANOUT = 100;
/** The most recent NOT_RELEVANT dismissals read as signals. */
export const SIGNAL_DISMISSALS = 50;

/**
 * The only opportunities anyone but their poster sees; matched and shown to others. Not withheld
 * by moderation: the covering indexes hold only those not hidden themselves, and the few hidden
 * organizations and withheld posters are looked up hashed.
 */
const VISIBLE = (alias: string) =>
  `${alias}.status = 'PUBLISHED' AND (${alias}.deadline IS NULL OR ${alias}.deadline > now())
   AND ${opportunityListed(alias)}`;

/**
 * An organization's opportunities open to others, for its programmes: VISIBLE read from the
 * covering index of an organization's published opportunities alone. The organization is not
 * hidden (organization_match_facts leaves hidden ones out), so only the opportunity's own flag
 * remains (the index holds only those not hidden).
 */
const PROGRAMME = (alias: string) =>
  `${alias}.status = 'PUBLISHED' AND (${alias}.deadline IS NULL OR ${alias}.deadline > now())
   AND ${alias}.hidden_at IS NULL`;

/** A live member's facts, as member_match_facts keeps them. */
interface FactsRow {
  id: string;
  sectors: string[];
  stage: BusinessStage | null;
  neighborhood: string | null;
  languages: string[];
  needs: NeedOfferCategory[];
  offers: NeedOfferCategory[];
  organization_ids: string[];
}

/** The viewer's facts, with their latest NOT_RELEVANT dismissals as signals. */
export interface SeekerRow extends FactsRow {
  signals: SignalRow[];
}

export interface PersonRow extends FactsRow {
  /** Their own location visibility; null means the default. */
  location_visibility: FieldVisibility | null;
  mutual: number;
  via_connector: boolean;
  connected: boolean;
}

export interface OrganizationRow {
  id: string;
  sectors: string[];
  neighborhood: string | null;
  verified: boolean;
  needs: NeedOfferCategory[];
  offers: NeedOfferCategory[];
  programme_stages: BusinessStage[];
}

export interface OpportunityRow {
  id: string;
  kind: OpportunityKind;
  subkind: OpportunitySubkind | null;
  organization_id: string | null;
  poster_id: string | null;
  sectors: string[];
  stages: BusinessStage[];
  neighborhoods: string[];
  citywide: boolean;
  remote: boolean;
  categories: NeedOfferCategory[];
  deadline: Date | null;
}

export interface ConnectorsRow {
  target: string;
  mutual: number;
  connectors: number;
  via: string[];
}

export interface DismissalTargetRow {
  kind: MatchKind;
  organization_id: string | null;
  categories: NeedOfferCategory[];
  opportunity_kind: OpportunityKind | null;
}

export interface SignalRow {
  reason: MatchDismissReason | null;
  organization_id: string | null;
  categories: NeedOfferCategory[];
  opportunity_kind: OpportunityKind | null;
}

/** What the candidate sources need to know about the viewer (or an opportunity). */
export interface PoolParameters {
  viewerId: string;
  needs: readonly string[];
  offers: readonly string[];
  sectors: readonly string[];
  neighborhoods: readonly string[];
  /** Organizations left out: the viewer's own (or the opportunity's). */
  excluded: readonly string[];
}

/** The candidates of each kind, with their facts. */
export interface Candidates {
  people: PersonRow[];
  organizations: OrganizationRow[];
  opportunities: OpportunityRow[];
}

/**
 * Names the type of every parameter, for the statements in which some sources (and so some
 * parameters) are left out: PostgreSQL refuses a parameter whose type it cannot tell. Every
 * candidate statement takes the same six: $1 the viewer, $2 needs, $3 offers, $4 sectors,
 * $5 neighborhoods, $6 organizations left out.
 */
const TYPED =
  'SELECT $1::uuid, $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[]';

/**
 * The viewer's second degree, reached through their most recent connections and the most
 * recent connections of each: `second` (id, mutual, via_connector), for the people pools.
 */
const NETWORK = `recent AS (
    SELECT c.other_id AS id, f.connector
    FROM connection c JOIN member_match_facts f ON f.member_id = c.other_id AND f.visible
    WHERE c.member_id = $1
    ORDER BY c.created_at DESC, c.other_id DESC LIMIT ${NETWORK_SOURCES}
  ), second AS (
    SELECT b.other_id AS id, count(*)::int AS mutual, bool_or(recent.connector) AS via_connector
    FROM recent CROSS JOIN LATERAL (
      SELECT c.other_id FROM connection c WHERE c.member_id = recent.id
      ORDER BY c.created_at DESC, c.other_id DESC LIMIT ${NETWORK_FANOUT}
    ) b
    WHERE b.other_id <> $1
    GROUP BY b.other_id
  )`;

/** The columns of member_match_facts a pool returns, the same in every source of a union. */
const FACTS = (alias: string) =>
  `${alias}.member_id, ${alias}.sectors, ${alias}.stage, ${alias}.neighborhood, ${alias}.languages,
   ${alias}.location_visibility, ${alias}.needs, ${alias}.offers, ${alias}.organization_ids`;

/** The columns of organization_match_facts a pool returns. */
const ORGANIZATION_FACTS = (alias: string) =>
  `${alias}.organization_id, ${alias}.sectors, ${alias}.neighborhood, ${alias}.verified,
   ${alias}.needs, ${alias}.offers`;

/** Of the viewer's sectors ($4) or neighborhood ($5). */
const NEAR = (alias: string) =>
  `(${alias}.sectors && $4::varchar[] OR ${alias}.neighborhood = ANY($5::varchar[]))`;

/** A member's facts meeting the viewer's ($2 needs, $3 offers), either way. */
const MEETS = (alias: string) =>
  `(${alias}.offers && $2::varchar[] OR ${alias}.needs && $3::varchar[])`;

const present = (sources: (string | false)[]): string[] =>
  sources.filter((source): source is string => !!source);

/**
 * Members from their sources (each reads whole rows of member_match_facts, which holds live
 * members only), with the shared connections counted in `second` (exact for most, a lower
 * bound for the best-connected, see NETWORK_SOURCES); never the viewer or anyone blocked either
 * way with them; with `excludeConnections`, neither their connections nor whom they dismissed.
 */
function peopleSql(sources: string[], options: { excludeConnections: boolean }): string {
  return `SELECT pool.member_id AS id, pool.sectors, pool.stage, pool.neighborhood, pool.languages,
            pool.location_visibility, pool.needs, pool.offers, pool.organization_ids,
            coalesce(second.mutual, 0) AS mutual,
            coalesce(second.via_connector, false) AS via_connector,
            ${
              options.excludeConnections
                ? 'false'
                : 'pool.member_id IN (SELECT c.other_id FROM connection c WHERE c.member_id = $1)'
            } AS connected
     FROM (${sources.join('\nUNION\n')}) pool
     LEFT JOIN second ON second.id = pool.member_id
     WHERE pool.member_id <> $1
       ${
         options.excludeConnections
           ? `AND NOT EXISTS (SELECT 1 FROM connection c
                              WHERE c.member_id = $1 AND c.other_id = pool.member_id)
              AND NOT EXISTS (SELECT 1 FROM match_dismissal d
                              WHERE d.member_id = $1 AND d.target_id = pool.member_id)`
           : ''
       }
       AND NOT EXISTS (SELECT 1 FROM member_block k
                       WHERE k.blocker_id = $1 AND k.blocked_id = pool.member_id)
       AND NOT EXISTS (SELECT 1 FROM member_block k
                       WHERE k.blocked_id = $1 AND k.blocker_id = pool.member_id)`;
}

/**
 * Organizations from their sources (each reads whole rows of organization_match_facts), with the
 * stages of their published opportunities (from a covering index). Never one left out ($6);
 * with `excludeDismissed`, never one the viewer dismissed.
 */
function organizationsSql(sources: string[], options: { excludeDismissed: boolean }): string {
  return `SELECT pool.organization_id AS id, pool.sectors, pool.neighborhood, pool.verified,
            pool.needs, pool.offers,
            ARRAY(SELECT DISTINCT stage FROM opportunity p, unnest(p.stages) stage
                  WHERE p.organization_id = pool.organization_id AND ${PROGRAMME('p')})
              AS programme_stages
     FROM (${sources.join('\nUNION\n')}) pool
     WHERE NOT (pool.organization_id = ANY($6::uuid[]))
       ${
         options.excludeDismissed
           ? `AND NOT EXISTS (SELECT 1 FROM match_dismissal d
                              WHERE d.member_id = $1 AND d.target_id = pool.organization_id)`
           : ''
       }`;
}

/** Rows of a json_agg: timestamps come back as text. */
type Json<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] };

/**
 * The SQL of matchmaking. Candidates come from a fixed number of bounded sources; nothing here
 * reads a number of rows that grows with the city, and no call issues more statements for more
 * results.
 */
@Injectable()
export class MatchmakingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /**
   * The viewer's sectors, stage, place, languages, needs, offers and organizations, and their
   * latest NOT_RELEVANT dismissals as signals; null for a deleted member.
   */
  async seeker(memberId: string): Promise<SeekerRow | null> {
    const rows = await this.dataSource.query<SeekerRow[]>(
      `SELECT f.member_id AS id, f.sectors, f.stage, f.neighborhood, f.languages, f.needs,
              f.offers, f.organization_ids,
              coalesce((SELECT json_agg(d ORDER BY d.created_at DESC) FROM (
                SELECT reason, organization_id, categories, opportunity_kind, created_at
                FROM match_dismissal
                WHERE member_id = $1 AND reason = 'NOT_RELEVANT'
                ORDER BY created_at DESC LIMIT ${SIGNAL_DISMISSALS}) d), '[]') AS signals
       FROM member_match_facts f WHERE f.member_id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  /**
   * The candidates of each kind asked for, one statement a kind: members from the
   * network, from needs and offers that meet (both ways first) and from the viewer's sectors and
   * neighborhood, never their connections or anyone blocked either way; organizations offering
   * what the viewer needs and needing what they offer, nearby, or any; published opportunities
   * answering their needs. Never the viewer's own organizations or opportunities, nor anything
   * they dismissed.
   */
  recommendationCandidates(
    parameters: PoolParameters,
    kinds: readonly MatchKind[],
  ): Promise<Candidates> {
    const { needs, offers, sectors, neighborhoods } = parameters;
    const meets = needs.length > 0 || offers.length > 0;
    const near = sectors.length > 0 || neighborhoods.length > 0;
    const limits = CANDIDATE_LIMITS;
    const people = present([
      `(SELECT ${FACTS('f')} FROM (SELECT id FROM second ORDER BY mutual DESC, id
                                    LIMIT ${limits.network}) n
        JOIN member_match_facts f ON f.member_id = n.id AND f.visible)`,
      needs.length > 0 &&
        offers.length > 0 &&
        `(SELECT ${FACTS('f')} FROM member_match_facts f
          WHERE f.visible AND f.offers && $2::varchar[] AND f.needs && $3::varchar[]
          LIMIT ${limits.reciprocal})`,
      meets &&
        sectors.length > 0 &&
        `(SELECT ${FACTS('f')} FROM member_match_facts f
          WHERE f.visible AND f.sectors && $4::varchar[] AND ${MEETS('f')} LIMIT ${limits.sector})`,
      meets &&
        neighborhoods.length > 0 &&
        `(SELECT ${FACTS('f')} FROM member_match_facts f
          WHERE f.visible AND f.neighborhood = ANY($5::varchar[]) AND ${MEETS('f')}
          LIMIT ${limits.neighborhood})`,
      needs.length > 0 &&
        `(SELECT ${FACTS('f')} FROM member_match_facts f
          WHERE f.visible AND f.offers && $2::varchar[] LIMIT ${limits.offers})`,
      offers.length > 0 &&
        `(SELECT ${FACTS('f')} FROM member_match_facts f
          WHERE f.visible AND f.needs && $3::varchar[] LIMIT ${limits.needs})`,
    ]);
    const organizations = present([
      needs.length > 0 &&
        offers.length > 0 &&
        `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
          WHERE f.offers && $2::varchar[] AND f.needs && $3::varchar[]
          LIMIT ${limits.organizationsReciprocal})`,
      needs.length > 0 &&
        near &&
        `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
          WHERE f.offers && $2::varchar[] AND ${NEAR('f')} LIMIT ${limits.organizationsNearby})`,
      offers.length > 0 &&
        near &&
        `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
          WHERE f.needs && $3::varchar[] AND ${NEAR('f')} LIMIT ${limits.organizationsNearbyNeeds})`,
      needs.length > 0 &&
        `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
          WHERE f.offers && $2::varchar[] LIMIT ${limits.organizationsOffers})`,
      offers.length > 0 &&
        `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
          WHERE f.needs && $3::varchar[] LIMIT ${limits.organizationsNeeds})`,
    ]);
    // Each source reads the opportunity_published_match index alone (it includes all but the
    // title, which the few shown get when they are read whole).
    const newest = (condition: string, limit: number) =>
      `(SELECT o.id, o.kind, o.subkind, o.organization_id, o.poster_id, o.sectors, o.stages,
               o.neighborhoods, o.citywide, o.remote, o.categories, o.deadline
        FROM opportunity o WHERE ${VISIBLE('o')} AND ${condition}
        ORDER BY o.published_at DESC, o.id DESC LIMIT ${limit})`;
    const answers = 'o.categories && $2::varchar[]';
    const opportunities = present([
      needs.length > 0 &&
        sectors.length > 0 &&
        newest(`${answers} AND o.sectors && $4::varchar[]`, limits.opportunitiesInSector),
      needs.length > 0 && newest(`${answers} AND o.sectors = '{}'`, limits.opportunitiesOpen),
      needs.length > 0 &&
        neighborhoods.length > 0 &&
        newest(`${answers} AND o.neighborhoods && $5::varchar[]`, limits.opportunitiesNearby),
      needs.length > 0 && newest(answers, limits.opportunitiesNewest),
      sectors.length > 0 && newest('o.sectors && $4::varchar[]', limits.opportunitiesSector),
    ]);
    return this.candidates(parameters, {
      people: kinds.includes('MEMBER') && peopleSql(people, { excludeConnections: true }),
      organizations:
        kinds.includes('ORGANIZATION') &&
        organizations.length > 0 &&
        organizationsSql(organizations, { excludeDismissed: true }),
      opportunities:
        kinds.includes('OPPORTUNITY') &&
        opportunities.length > 0 &&
        `SELECT * FROM (${opportunities.join('\nUNION\n')}) o
         WHERE o.poster_id IS DISTINCT FROM $1
           AND (o.organization_id IS NULL OR NOT (o.organization_id = ANY($6::uuid[])))
           AND NOT EXISTS (SELECT 1 FROM match_dismissal d
                           WHERE d.member_id = $1 AND d.target_id = o.id)`,
    });
  }

  /**
   * Members and organizations who need what an opportunity answers ($3), one statement each: of
   * its sectors or neighborhoods first, then any, and the poster's own connections; never the
   * viewer, anyone blocked either way with them, or a deleted member.
   */
  opportunityCandidates(
    parameters: PoolParameters,
  ): Promise<Pick<Candidates, 'people' | 'organizations'>> {
    const fitting = parameters.sectors.length > 0 || parameters.neighborhoods.length > 0;
    const limits = CANDIDATE_LIMITS;
    const people = present([
      fitting &&
        `(SELECT ${FACTS('f')} FROM member_match_facts f
          WHERE f.visible AND ${NEAR('f')} AND f.needs && $3::varchar[]
          LIMIT ${limits.candidatesFitting})`,
      `(SELECT ${FACTS('f')} FROM member_match_facts f
        WHERE f.visible AND f.needs && $3::varchar[] LIMIT ${limits.candidatesAny})`,
      `(SELECT ${FACTS('f')} FROM connection c JOIN member_match_facts f ON f.member_id = c.other_id
        WHERE c.member_id = $1 AND f.visible AND f.needs && $3::varchar[]
        LIMIT ${limits.candidatesConnections})`,
    ]);
    const organizations = present([
      fitting &&
        `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
          WHERE f.needs && $3::varchar[] AND ${NEAR('f')}
          LIMIT ${limits.candidateOrganizationsFitting})`,
      `(SELECT ${ORGANIZATION_FACTS('f')} FROM organization_match_facts f
        WHERE f.needs && $3::varchar[] LIMIT ${limits.candidateOrganizationsAny})`,
    ]);
    return this.candidates(parameters, {
      people: peopleSql(people, { excludeConnections: false }),
      organizations: organizationsSql(organizations, { excludeDismissed: false }),
      opportunities: false,
    });
  }

  /**
   * The pools of each kind, one statement each, at once: on PostgreSQL they run side by side on
   * connections of the pool (on the embedded engine, one after the other). Each returns its rows
   * as one JSON aggregate, which the driver parses at once rather than array by array.
   */
  private async candidates(
    parameters: PoolParameters,
    pools: Record<keyof Candidates, string | false>,
  ): Promise<Candidates> {
    const values = [
      parameters.viewerId,
      parameters.needs,
      parameters.offers,
      parameters.sectors,
      parameters.neighborhoods,
      parameters.excluded,
    ];
    const read = async <T>(sql: string | false, network = false): Promise<T[]> => {
      if (!sql) return [];
      const [row] = await this.dataSource.query<{ rows: T[] }[]>(
        `WITH typed AS (${TYPED})${network ? `, ${NETWORK}` : ''}
         SELECT coalesce(json_agg(r), '[]') AS rows FROM (${sql}) r`,
        values,
      );
      return row.rows;
    };
    const [people, organizations, opportunities] = await Promise.all([
      read<PersonRow>(pools.people, true),
      read<OrganizationRow>(pools.organizations),
      read<Json<OpportunityRow>>(pools.opportunities),
    ]);
    return {
      people,
      organizations,
      opportunities: opportunities.map((opportunity) => ({
        ...opportunity,
        deadline: opportunity.deadline === null ? null : new Date(opportunity.deadline),
      })),
    };
  }

  /**
   * For each target, the viewer's connections connected to them: how many, how many approved
   * connectors, and the first three (connectors first, then by name). One query for all targets.
   */
  async connectors(viewerId: string, targets: readonly string[]): Promise<ConnectorsRow[]> {
    if (targets.length === 0) return [];
    return this.dataSource.query<ConnectorsRow[]>(
      `SELECT t.member_id AS target, count(*)::int AS mutual,
              (count(*) FILTER (WHERE 'CONNECTOR' = ANY(m.roles)))::int AS connectors,
              (array_agg(m.id ORDER BY ('CONNECTOR' = ANY(m.roles)) DESC, m.display_name, m.id))[1:3]
                AS via
       FROM connection t
       JOIN connection v ON v.member_id = $1 AND v.other_id = t.other_id
       JOIN member m ON m.id = t.other_id AND m.deleted_at IS NULL AND NOT ${memberWithheld('m')}
       WHERE t.member_id = ANY($2::uuid[])
       GROUP BY t.member_id`,
      [viewerId, targets],
    );
  }

  /** Whole opportunity rows, for the few shown: those still open to others. */
  opportunitiesByIds(ids: readonly string[]): Promise<OpportunityEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids })
      .andWhere(VISIBLE('p'))
      .getMany();
  }

  /** Whether others see the opportunity: published, open, not withheld by moderation. */
  async opportunityVisible(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM opportunity p WHERE p.id = $1 AND ${VISIBLE('p')}`,
      [id],
    );
    return rows.length > 0;
  }

  findOpportunity(id: string): Promise<OpportunityEntity | null> {
    return this.dataSource.getRepository(OpportunityEntity).findOneBy({ id });
  }

  // ---------------------------------------------------------------- dismissals

  /**
   * What a dismissal may name, as the viewer may see it: a live member not blocked either way, an
   * organization, or a published opportunity still open; none withheld by moderation. Null when
   * there is no such target.
   */
  async dismissalTarget(
    manager: EntityManager,
    viewerId: string,
    targetId: string,
  ): Promise<DismissalTargetRow | null> {
    const rows = await manager.query<DismissalTargetRow[]>(
      `SELECT 'MEMBER' AS kind, NULL::uuid AS organization_id,
              ARRAY(SELECT DISTINCT s.category FROM member_statement s
                    WHERE s.member_id = m.id AND s.kind = 'OFFER') AS categories,
              NULL::varchar AS opportunity_kind
       FROM member m
       WHERE m.id = $1 AND m.deleted_at IS NULL AND NOT ${memberWithheld('m')}
         AND NOT EXISTS (SELECT 1 FROM member_block k
                         WHERE (k.blocker_id = $2 AND k.blocked_id = m.id)
                            OR (k.blocker_id = m.id AND k.blocked_id = $2))
       UNION ALL
       SELECT 'ORGANIZATION', o.id,
              ARRAY(SELECT DISTINCT s.category FROM organization_statement s
                    WHERE s.organization_id = o.id AND s.kind = 'OFFER'),
              NULL
       FROM organization o WHERE o.id = $1 AND o.hidden_at IS NULL
       UNION ALL
       SELECT 'OPPORTUNITY', p.organization_id, p.categories, p.kind
       FROM opportunity p WHERE p.id = $1 AND ${VISIBLE('p')}`,
      [targetId, viewerId],
    );
    return rows[0] ?? null;
  }

  /** Dismisses (again): the latest reason and what the target is now replace the earlier ones. */
  async dismiss(
    manager: EntityManager,
    memberId: string,
    targetId: string,
    reason: MatchDismissReason | null,
    target: DismissalTargetRow,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO match_dismissal
         (member_id, target_id, target_kind, reason, organization_id, categories, opportunity_kind)
       VALUES ($1, $2, $3, $4, $5, $6::varchar[], $7)
       ON CONFLICT (member_id, target_id) DO UPDATE SET
         target_kind = EXCLUDED.target_kind, reason = EXCLUDED.reason,
         organization_id = EXCLUDED.organization_id, categories = EXCLUDED.categories,
         opportunity_kind = EXCLUDED.opportunity_kind`,
      [
        memberId,
        targetId,
        target.kind,
        reason,
        target.organization_id,
        target.categories,
        target.opportunity_kind,
      ],
    );
  }

  /** True when there was a dismissal to undo. */
  async undismiss(manager: EntityManager, memberId: string, targetId: string): Promise<boolean> {
    const result: unknown = await manager.query(
      'DELETE FROM match_dismissal WHERE member_id = $1 AND target_id = $2 RETURNING target_id',
      [memberId, targetId],
    );
    return returningRows(result).length > 0;
  }

  // ---------------------------------------------------------------- the weekly digest

  /** Of `ids`, the live members whose last weekly digest is a week old or more (or never sent). */
  async dueForDigest(ids: readonly string[], at: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT m.id FROM member m
       WHERE m.id = ANY($1::uuid[]) AND m.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM match_digest d WHERE d.member_id = m.id
                           AND d.last_sent_at > $2::timestamptz - interval '7 days')
       ORDER BY m.id`,
      [ids, at],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Claims this week's digest of a member with one row update: true for exactly one caller a
   * week, however many processes sweep at once (the row lock makes the second wait, then find
   * the week taken).
   */
  async claimDigest(manager: EntityManager, memberId: string, at: Date): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO match_digest (member_id, last_sent_at) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at
       WHERE match_digest.last_sent_at <= $2::timestamptz - interval '7 days'
       RETURNING member_id`,
      [memberId, at],
    );
    return rows.length > 0;
  }

  // ---------------------------------------------------------------- data rights

  async exportFor(manager: EntityManager, memberId: string) {
    const [dismissals, digest] = await Promise.all([
      this.manager(manager).query<Record<string, unknown>[]>(
        `SELECT target_id AS "targetId", target_kind AS "targetKind", reason,
                created_at AS "dismissedAt"
         FROM match_dismissal WHERE member_id = $1 ORDER BY created_at, target_id`,
        [memberId],
      ),
      this.manager(manager).query<{ last_sent_at: Date }[]>(
        'SELECT last_sent_at FROM match_digest WHERE member_id = $1',
        [memberId],
      ),
    ]);
    return { dismissals, lastDigestSentAt: digest[0]?.last_sent_at ?? null };
  }

  async forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query('DELETE FROM match_dismissal WHERE member_id = $1', [memberId]);
    await manager.query('DELETE FROM match_digest WHERE member_id = $1', [memberId]);
  }
}
