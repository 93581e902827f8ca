import type { DataSource } from 'typeorm';
import {
  BUSINESS_STAGES,
  NEED_OFFER_CATEGORIES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import type { OrganizationType } from '../../../modules/organizations/organization.types.js';
import { ORGANIZATION_PROFILES } from './organization-profiles.js';

/**
 * What the right matches of a synthetic city are, known by construction: the generator drew each
 * member's needs, and every member's, organization's and opportunity's offers, sectors, stages and
 * places, so a target's relevance to a member can be graded from those facts alone. Everything is
 * read back from the database with SQL; nothing here uses the recommender's code.
 *
 * The grade of a target for a member (0 = not relevant):
 *
 * 1. The gate. An opportunity or an organization is relevant only if one of the member's needs
 *    meets what it offers (an opportunity's `categories`, an organization's OFFER statements). A
 *    person is relevant if one of the member's needs meets one of their offers, or one of their
 *    needs meets one of the member's offers (people matches are reciprocal). An opportunity the
 *    member is not eligible for scores 0 however well it meets a need: restricted to other sectors,
 *    to other stages, or to other neighborhoods (neither citywide nor remote).
 * 2. Past the gate the grade is 1, plus one for each of:
 *    - mutual (people only): the need meets an offer in both directions;
 *    - same sector: the target's sectors share one with the member's (an opportunity open to every
 *      sector does not earn it);
 *    - stage fit: an opportunity that names the member's stage; an organization whose type serves
 *      it (incubators and non-profits the first stages, investors pre-revenue to growth, lenders
 *      early revenue to established — the table the generator posts their programmes with); a
 *      person at the same stage or the next one either way;
 *    - same place: the member lives in the target's neighborhood, or in the city for an
 *      opportunity that is citywide or a city agency (members who live elsewhere earn no place).
 *
 * Grades run from 0 to 4 (5 for a mutual person match). The candidates a member can be shown (the
 * "universe") exclude the member, their connections and anyone either of them blocked, deleted
 * members, the organizations they belong to, and opportunities that are not published, that they
 * or their organizations posted, or that they already expressed interest in — what any
 * recommender must leave out.
 */

export type TargetType = 'Member' | 'Organization' | 'Opportunity';

export interface Target {
  readonly type: TargetType;
  readonly id: string;
}

interface MemberFacts {
  readonly id: string;
  readonly sectors: readonly string[];
  /** Index in BUSINESS_STAGES, or -1. */
  readonly stage: number;
  readonly neighborhood: string | null;
  readonly needs: number;
  readonly offers: number;
  /** Connections: the popularity baseline's measure. */
  readonly degree: number;
}

interface OrganizationFacts {
  readonly id: string;
  readonly type: OrganizationType;
  readonly sectors: readonly string[];
  readonly neighborhood: string | null;
  readonly offers: number;
  readonly members: number;
}

interface OpportunityFacts {
  readonly id: string;
  readonly categories: number;
  readonly sectors: readonly string[];
  readonly stages: readonly number[];
  readonly neighborhoods: readonly string[];
  readonly citywide: boolean;
  readonly remote: boolean;
  readonly posterId: string | null;
  readonly organizationId: string | null;
  readonly interest: number;
  readonly publishedAt: number;
}

/** What one member may be shown: everything but the excluded. */
export interface Exclusions {
  readonly members: ReadonlySet<string>;
  readonly organizations: ReadonlySet<string>;
  /** Opportunities they already expressed interest in (withdrawn included). */
  readonly opportunities: ReadonlySet<string>;
}

const CATEGORY_BIT = new Map<string, number>(
  NEED_OFFER_CATEGORIES.map((category, i) => [category, 1 << i]),
);

function bits(categories: readonly string[] | null): number {
  let mask = 0;
  for (const category of categories ?? []) mask |= CATEGORY_BIT.get(category) ?? 0;
  return mask;
}

function stageIndex(stage: string | null): number {
  return stage === null ? -1 : BUSINESS_STAGES.indexOf(stage as BusinessStage);
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((item) => b.includes(item));
}

/** The categories of a mask, for reports. */
export function categoriesOf(mask: number): NeedOfferCategory[] {
  return NEED_OFFER_CATEGORIES.filter((_, i) => mask & (1 << i));
}

/** The stages each organization type serves, as indexes in BUSINESS_STAGES. */
const ORGANIZATION_STAGES = new Map<string, readonly number[]>(
  Object.entries(ORGANIZATION_PROFILES).map(([type, profile]) => [
    type,
    profile.stages.map((stage) => BUSINESS_STAGES.indexOf(stage)),
  ]),
);

export class GroundTruth {
  private constructor(
    readonly members: ReadonlyMap<string, MemberFacts>,
    readonly organizations: ReadonlyMap<string, OrganizationFacts>,
    readonly opportunities: ReadonlyMap<string, OpportunityFacts>,
  ) {}

  /** Reads the facts of every member, organization and published opportunity, in id order. */
  static async load(dataSource: DataSource): Promise<GroundTruth> {
    const members = await dataSource.query<
      {
        id: string;
        sectors: string[];
        stage: string | null;
        neighborhood: string | null;
        needs: string[] | null;
        offers: string[] | null;
        degree: number;
      }[]
    >(
      `SELECT m.id, m.sectors, m.stage, m.neighborhood,
              (SELECT array_agg(s.category) FROM member_statement s
                WHERE s.member_id = m.id AND s.kind = 'NEED') AS needs,
              (SELECT array_agg(s.category) FROM member_statement s
                WHERE s.member_id = m.id AND s.kind = 'OFFER') AS offers,
              (SELECT count(*)::int FROM connection c WHERE c.member_id = m.id) AS degree
       FROM member m WHERE m.deleted_at IS NULL ORDER BY m.id`,
    );
    const organizations = await dataSource.query<
      {
        id: string;
        type: OrganizationType;
        sectors: string[];
        neighborhood: string | null;
        offers: string[] | null;
        members: number;
      }[]
    >(
      `SELECT o.id, o.type, o.sectors, o.neighborhood,
              (SELECT array_agg(s.category) FROM organization_statement s
                WHERE s.organization_id = o.id AND s.kind = 'OFFER') AS offers,
              (SELECT count(*)::int FROM organization_member om
                WHERE om.organization_id = o.id) AS members
       FROM organization o ORDER BY o.id`,
    );
    const opportunities = await dataSource.query<
      {
        id: string;
        categories: string[];
        sectors: string[];
        stages: string[];
        neighborhoods: string[];
        citywide: boolean;
        remote: boolean;
        poster_id: string | null;
        organization_id: string | null;
        interest: number;
        published_at: Date;
      }[]
    >(
      `SELECT p.id, p.categories, p.sectors, p.stages, p.neighborhoods, p.citywide, p.remote,
              p.poster_id, p.organization_id, p.published_at,
              (SELECT count(*)::int FROM opportunity_interest i
                WHERE i.opportunity_id = p.id AND i.status = 'ACTIVE') AS interest
       FROM opportunity p WHERE p.status = 'PUBLISHED' ORDER BY p.id`,
    );
    return new GroundTruth(
      new Map(
        members.map((m) => [
          m.id,
          {
            id: m.id,
            sectors: m.sectors,
            stage: stageIndex(m.stage),
            neighborhood: m.neighborhood,
            needs: bits(m.needs),
            offers: bits(m.offers),
            degree: m.degree,
          },
        ]),
      ),
      new Map(
        organizations.map((o) => [
          o.id,
          {
            id: o.id,
            type: o.type,
            sectors: o.sectors,
            neighborhood: o.neighborhood,
            offers: bits(o.offers),
            members: o.members,
          },
        ]),
      ),
      new Map(
        opportunities.map((p) => [
          p.id,
          {
            id: p.id,
            categories: bits(p.categories),
            sectors: p.sectors,
            stages: p.stages.map(stageIndex),
            neighborhoods: p.neighborhoods,
            citywide: p.citywide,
            remote: p.remote,
            posterId: p.poster_id,
            organizationId: p.organization_id,
            interest: p.interest,
            publishedAt: new Date(p.published_at).getTime(),
          },
        ]),
      ),
    );
  }

  /** Who and what each of these members must not be shown (see the universe above). */
  static async exclusions(
    dataSource: DataSource,
    memberIds: readonly string[],
  ): Promise<Map<string, Exclusions>> {
    const result = new Map<
      string,
      { members: Set<string>; organizations: Set<string>; opportunities: Set<string> }
    >(
      memberIds.map((id) => [
        id,
        { members: new Set([id]), organizations: new Set(), opportunities: new Set() },
      ]),
    );
    const people = await dataSource.query<{ viewer: string; other: string }[]>(
      `SELECT member_id AS viewer, other_id AS other FROM connection WHERE member_id = ANY($1)
       UNION SELECT blocker_id, blocked_id FROM member_block WHERE blocker_id = ANY($1)
       UNION SELECT blocked_id, blocker_id FROM member_block WHERE blocked_id = ANY($1)`,
      [memberIds],
    );
    for (const row of people) result.get(row.viewer)?.members.add(row.other);
    const teams = await dataSource.query<{ viewer: string; organization: string }[]>(
      `SELECT member_id AS viewer, organization_id AS organization FROM organization_member
       WHERE member_id = ANY($1)`,
      [memberIds],
    );
    for (const row of teams) result.get(row.viewer)?.organizations.add(row.organization);
    const interest = await dataSource.query<{ viewer: string; opportunity: string }[]>(
      `SELECT member_id AS viewer, opportunity_id AS opportunity FROM opportunity_interest
       WHERE member_id = ANY($1)`,
      [memberIds],
    );
    for (const row of interest) result.get(row.viewer)?.opportunities.add(row.opportunity);
    return result;
  }

  /** Whether a member may be shown this target at all. */
  inUniverse(viewerId: string, target: Target, excluded: Exclusions): boolean {
    switch (target.type) {
      case 'Member':
        return this.members.has(target.id) && !excluded.members.has(target.id);
      case 'Organization':
        return this.organizations.has(target.id) && !excluded.organizations.has(target.id);
      case 'Opportunity': {
        const opportunity = this.opportunities.get(target.id);
        return (
          opportunity !== undefined &&
          opportunity.posterId !== viewerId &&
          !excluded.opportunities.has(target.id) &&
          (opportunity.organizationId === null ||
            !excluded.organizations.has(opportunity.organizationId))
        );
      }
    }
  }

  /** The grade (0–5) of a target for a member; 0 outside the member's universe. */
  grade(viewerId: string, target: Target, excluded: Exclusions): number {
    const viewer = this.members.get(viewerId);
    if (!viewer || !this.inUniverse(viewerId, target, excluded)) return 0;
    switch (target.type) {
      case 'Member':
        return this.gradeMember(viewer, this.members.get(target.id)!);
      case 'Organization':
        return this.gradeOrganization(viewer, this.organizations.get(target.id)!);
      case 'Opportunity':
        return this.gradeOpportunity(viewer, this.opportunities.get(target.id)!);
    }
  }

  private gradeMember(viewer: MemberFacts, other: MemberFacts): number {
    const helped = (viewer.needs & other.offers) !== 0;
    const helping = (other.needs & viewer.offers) !== 0;
    if (!helped && !helping) return 0;
    return (
      1 +
      (helped && helping ? 1 : 0) +
      (overlaps(viewer.sectors, other.sectors) ? 1 : 0) +
      (viewer.stage >= 0 && other.stage >= 0 && Math.abs(viewer.stage - other.stage) <= 1 ? 1 : 0) +
      (viewer.neighborhood !== null && viewer.neighborhood === other.neighborhood ? 1 : 0)
    );
  }

  private gradeOrganization(viewer: MemberFacts, organization: OrganizationFacts): number {
    if ((viewer.needs & organization.offers) === 0) return 0;
    const served = ORGANIZATION_STAGES.get(organization.type) ?? [];
    const place =
      viewer.neighborhood !== null &&
      (viewer.neighborhood === organization.neighborhood || organization.type === 'CITY_AGENCY');
    return (
      1 +
      (overlaps(viewer.sectors, organization.sectors) ? 1 : 0) +
      (viewer.stage >= 0 && served.includes(viewer.stage) ? 1 : 0) +
      (place ? 1 : 0)
    );
  }

  private gradeOpportunity(viewer: MemberFacts, opportunity: OpportunityFacts): number {
    if ((viewer.needs & opportunity.categories) === 0) return 0;
    const eligible =
      (opportunity.sectors.length === 0 || overlaps(viewer.sectors, opportunity.sectors)) &&
      (opportunity.stages.length === 0 || opportunity.stages.includes(viewer.stage)) &&
      (opportunity.citywide ||
        opportunity.remote ||
        opportunity.neighborhoods.length === 0 ||
        (viewer.neighborhood !== null && opportunity.neighborhoods.includes(viewer.neighborhood)));
    if (!eligible) return 0;
    const place =
      viewer.neighborhood !== null &&
      (opportunity.citywide || opportunity.neighborhoods.includes(viewer.neighborhood));
    return (
      1 +
      (overlaps(viewer.sectors, opportunity.sectors) ? 1 : 0) +
      (viewer.stage >= 0 && opportunity.stages.includes(viewer.stage) ? 1 : 0) +
      (place ? 1 : 0)
    );
  }

  /** Every target a member may be shown, with its grade. */
  universe(viewerId: string, excluded: Exclusions): { target: Target; grade: number }[] {
    const all: { target: Target; grade: number }[] = [];
    const add = (type: TargetType, ids: Iterable<string>) => {
      for (const id of ids) {
        const target = { type, id };
        if (this.inUniverse(viewerId, target, excluded)) {
          all.push({ target, grade: this.grade(viewerId, target, excluded) });
        }
      }
    };
    add('Member', this.members.keys());
    add('Organization', this.organizations.keys());
    add('Opportunity', this.opportunities.keys());
    return all;
  }
}

/** Discounted cumulative gain of the first `k` grades, with gains 2^grade − 1. */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i += 1) {
    sum += (2 ** grades[i] - 1) / Math.log2(i + 2);
  }
  return sum;
}

/** DCG of a ranking over the best possible DCG for that member; null when nothing is relevant. */
export function ndcg(
  grades: readonly number[],
  ideal: readonly number[],
  k: number,
): number | null {
  const best = dcg(
    [...ideal].sort((a, b) => b - a),
    k,
  );
  return best === 0 ? null : dcg(grades, k) / best;
}

/** Grade at or above which a target counts as relevant for precision: a need met, and a fit. */
export const RELEVANT_GRADE = 2;

/** Share of the first `k` places (empty places count as misses) holding a relevant target. */
export function precision(grades: readonly number[], k: number): number {
  return grades.slice(0, k).filter((grade) => grade >= RELEVANT_GRADE).length / k;
}
