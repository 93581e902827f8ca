import {
  BUSINESS_STAGES,
  type NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import type {
  DismissalSignals,
  MatchDismissReason,
  MatchKind,
  OpportunityFacts,
  OrganizationFacts,
  PersonFacts,
  ReasonFacts,
  ScoredCandidate,
  SeekerFacts,
} from './match.types.js';
import { MATCH_REASON_CODES } from './match.types.js';
import type { OpportunityKind } from '../opportunities/opportunity.types.js';

/**
 * The weights of every feature, in points. A match's score is the sum of the points of its
 * features; only candidates above zero with at least one reason are shown.
 *
 * - Needs against offers. The first category where the viewer's need meets the other's offer is
 *   worth NEED_MEETS_OFFER, each further one EXTRA_CATEGORY (three counted at most); the other way
 *   round (their need, the viewer's offer) OFFER_MEETS_NEED then EXTRA_CATEGORY. When both ways
 *   meet (people and organizations), RECIPROCAL more: all else equal, a two-way match always
 *   ranks above a one-way one.
 * - Sector, stage, place: a shared sector, a fitting stage, the same neighborhood. An opportunity
 *   meant for other sectors, stages or neighborhoods than the viewer's loses the same points.
 * - The network (people): MUTUAL × log2(1 + shared connections), CONNECTOR if an approved
 *   connector among them could introduce.
 * - DEADLINE_SOON for an opportunity closing within DEADLINE_SOON_DAYS; VERIFIED for an
 *   organization verified by city staff.
 * - Dismissals: see `dismissalPenalty`.
 */
export const WEIGHTS = {
  NEED_MEETS_OFFER: 4,
  OFFER_MEETS_NEED: 3,
  EXTRA_CATEGORY: 1,
  RECIPROCAL: 4,
  SAME_SECTOR: 2,
  OTHER_SECTOR: -2,
  STAGE_FIT: 2,
  OTHER_STAGE: -2,
  PROGRAMME_STAGE: 1.5,
  SAME_STAGE: 1,
  ADJACENT_STAGE: 0.5,
  SAME_NEIGHBORHOOD: 1.5,
  OTHER_NEIGHBORHOOD: -1.5,
  SHARED_LANGUAGE: 1,
  MUTUAL: 1.5,
  CONNECTOR: 1,
  DEADLINE_SOON: 0.5,
  VERIFIED: 0.5,
  DISMISSED_ORGANIZATION: -3,
  DISMISSED_CATEGORY: -1,
  DISMISSED_KIND: -1,
} as const;

const REASON_ORDER = new Map(MATCH_REASON_CODES.map((code, i) => [code, i]));

/** How many categories each way count towards a score (and are listed as reasons). */
const MAX_CATEGORIES = 3;
/** How many dismissals of one category or kind can lower a score, at most. */
const MAX_DISMISSAL_STEPS = 3;
export const DEADLINE_SOON_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScoringContext {
  /** The city's default language: sharing it says nothing, so it is never a reason. */
  defaultLanguage: string;
  signals: DismissalSignals;
  now: Date;
}

/** The distinct items of `a` that are in `b`, in `a`'s order (the lists are a few items long). */
const intersect = <T>(a: readonly T[], b: readonly T[]): T[] => {
  const both: T[] = [];
  for (const item of a) {
    if (b.includes(item) && !both.includes(item)) both.push(item);
  }
  return both;
};

/** Points for `count` categories meeting one way: the first is worth `first`, then 1 each. */
function categoryPoints(count: number, first: number): number {
  if (count === 0) return 0;
  return first + WEIGHTS.EXTRA_CATEGORY * (Math.min(count, MAX_CATEGORIES) - 1);
}

/** Needs and offers compared both ways, with their points and reasons. */
function needsAndOffers(
  me: Pick<SeekerFacts, 'needs' | 'offers'>,
  them: { needs: readonly NeedOfferCategory[]; offers: readonly NeedOfferCategory[] },
): { points: number; reasons: ReasonFacts[]; theyOffer: NeedOfferCategory[] } {
  const theyOffer = intersect(me.needs, them.offers);
  const theyNeed = intersect(me.offers, them.needs);
  const points =
    categoryPoints(theyOffer.length, WEIGHTS.NEED_MEETS_OFFER) +
    categoryPoints(theyNeed.length, WEIGHTS.OFFER_MEETS_NEED) +
    (theyOffer.length > 0 && theyNeed.length > 0 ? WEIGHTS.RECIPROCAL : 0);
  const reasons: ReasonFacts[] = [
    ...theyOffer
      .slice(0, MAX_CATEGORIES)
      .map((category): ReasonFacts => ({ code: 'NEED_MATCHES_OFFER', category })),
    ...theyNeed
      .slice(0, MAX_CATEGORIES)
      .map((category): ReasonFacts => ({ code: 'OFFER_MATCHES_NEED', category })),
  ];
  return { points, reasons, theyOffer };
}

function stageDistance(a: string, b: string): number {
  return Math.abs(
    BUSINESS_STAGES.indexOf(a as (typeof BUSINESS_STAGES)[number]) -
      BUSINESS_STAGES.indexOf(b as (typeof BUSINESS_STAGES)[number]),
  );
}

/**
 * What the viewer's NOT_RELEVANT dismissals take off a candidate (other reasons only hide the
 * dismissed target itself):
 * - DISMISSED_ORGANIZATION once, when the candidate belongs to an organization that was, or
 *   whose opportunity was, dismissed as not relevant (an opportunity's organization, the
 *   organization itself, or one a member belongs to);
 * - DISMISSED_CATEGORY for each category in which the viewer's need meets the candidate's offer,
 *   times the number of dismissed targets that offered that category (at most 3);
 * - DISMISSED_KIND, for an opportunity, times the number of dismissed opportunities of its kind
 *   (at most 3).
 */
export function dismissalPenalty(
  signals: DismissalSignals,
  candidate: {
    organizationIds: readonly string[];
    offeredMatches: readonly NeedOfferCategory[];
    opportunityKind?: OpportunityKind;
  },
): number {
  let penalty = 0;
  if (candidate.organizationIds.some((id) => signals.organizations.has(id))) {
    penalty += WEIGHTS.DISMISSED_ORGANIZATION;
  }
  for (const category of candidate.offeredMatches) {
    const times = Math.min(signals.categories.get(category) ?? 0, MAX_DISMISSAL_STEPS);
    penalty += WEIGHTS.DISMISSED_CATEGORY * times;
  }
  if (candidate.opportunityKind) {
    const times = Math.min(
      signals.opportunityKinds.get(candidate.opportunityKind) ?? 0,
      MAX_DISMISSAL_STEPS,
    );
    penalty += WEIGHTS.DISMISSED_KIND * times;
  }
  return penalty;
}

/** The signals of the viewer's dismissals; only NOT_RELEVANT ones count. */
export function dismissalSignals(
  rows: readonly {
    reason: MatchDismissReason | null;
    organizationId: string | null;
    categories: readonly NeedOfferCategory[];
    opportunityKind: OpportunityKind | null;
  }[],
): DismissalSignals {
  const signals: DismissalSignals = {
    organizations: new Set(),
    categories: new Map(),
    opportunityKinds: new Map(),
  };
  for (const row of rows) {
    if (row.reason !== 'NOT_RELEVANT') continue;
    if (row.organizationId) signals.organizations.add(row.organizationId);
    for (const category of new Set(row.categories)) {
      signals.categories.set(category, (signals.categories.get(category) ?? 0) + 1);
    }
    if (row.opportunityKind) {
      signals.opportunityKinds.set(
        row.opportunityKind,
        (signals.opportunityKinds.get(row.opportunityKind) ?? 0) + 1,
      );
    }
  }
  return signals;
}

function finish(
  kind: MatchKind,
  id: string,
  score: number,
  reasons: ReasonFacts[],
  groups: string[],
): ScoredCandidate | null {
  if (score <= 0 || reasons.length === 0) return null;
  const order = (reason: ReasonFacts) => REASON_ORDER.get(reason.code)!;
  return {
    kind,
    id,
    score: Math.round(score * 100) / 100,
    reasons: [...reasons].sort((a, b) => order(a) - order(b)),
    groups,
  };
}

/** Another member, for the viewer: reciprocal needs and offers first, then fit and network. */
export function scorePerson(
  me: SeekerFacts,
  them: PersonFacts,
  context: ScoringContext,
): ScoredCandidate | null {
  const { points, reasons, theyOffer } = needsAndOffers(me, them);
  let score = points;
  if (them.connectorCanIntroduce) {
    score += WEIGHTS.CONNECTOR;
    reasons.push({ code: 'CONNECTOR_CAN_INTRODUCE' });
  }
  if (them.mutual > 0) {
    score += WEIGHTS.MUTUAL * Math.log2(1 + them.mutual);
    reasons.push({ code: 'MUTUAL_CONNECTIONS', count: them.mutual });
  }
  const [sector] = intersect(me.sectors, them.sectors);
  if (sector) {
    score += WEIGHTS.SAME_SECTOR;
    reasons.push({ code: 'SAME_SECTOR', sector });
  }
  if (me.stage && them.stage) {
    const distance = stageDistance(me.stage, them.stage);
    if (distance <= 1) {
      score += distance === 0 ? WEIGHTS.SAME_STAGE : WEIGHTS.ADJACENT_STAGE;
      reasons.push({ code: 'STAGE_FIT', stage: them.stage });
    }
  }
  if (me.neighborhood && me.neighborhood === them.neighborhood) {
    score += WEIGHTS.SAME_NEIGHBORHOOD;
    reasons.push({ code: 'SAME_NEIGHBORHOOD', neighborhood: me.neighborhood });
  }
  const [language] = intersect(me.languages, them.languages).filter(
    (code) => code !== context.defaultLanguage,
  );
  if (language) {
    score += WEIGHTS.SHARED_LANGUAGE;
    reasons.push({ code: 'SHARED_LANGUAGE', language });
  }
  score += dismissalPenalty(context.signals, {
    organizationIds: them.organizationIds,
    offeredMatches: theyOffer,
  });
  return finish('MEMBER', them.id, score, reasons, them.organizationIds);
}

/** An organization, for the viewer: what it offers and needs, its sector, place and programmes. */
export function scoreOrganization(
  me: SeekerFacts,
  them: OrganizationFacts,
  context: ScoringContext,
): ScoredCandidate | null {
  const { points, reasons, theyOffer } = needsAndOffers(me, them);
  let score = points;
  const [sector] = intersect(me.sectors, them.sectors);
  if (sector) {
    score += WEIGHTS.SAME_SECTOR;
    reasons.push({ code: 'SAME_SECTOR', sector });
  }
  if (me.stage && them.programmeStages.includes(me.stage)) {
    score += WEIGHTS.PROGRAMME_STAGE;
    reasons.push({ code: 'STAGE_FIT', stage: me.stage });
  }
  if (me.neighborhood && me.neighborhood === them.neighborhood) {
    score += WEIGHTS.SAME_NEIGHBORHOOD;
    reasons.push({ code: 'SAME_NEIGHBORHOOD', neighborhood: me.neighborhood });
  }
  if (them.verified) score += WEIGHTS.VERIFIED;
  score += dismissalPenalty(context.signals, {
    organizationIds: [them.id],
    offeredMatches: theyOffer,
  });
  return finish('ORGANIZATION', them.id, score, reasons, [them.id]);
}

/** Whom an opportunity is grouped with for diversity: its organization, or its poster. */
export function opportunityGroups(opportunity: OpportunityFacts): string[] {
  if (opportunity.organizationId) return [opportunity.organizationId];
  return opportunity.posterId ? [`member:${opportunity.posterId}`] : [];
}

/** An opportunity, for the viewer: the needs it answers, then whether it is meant for them. */
export function scoreOpportunity(
  me: SeekerFacts,
  opportunity: OpportunityFacts,
  context: ScoringContext,
): ScoredCandidate | null {
  const answered = intersect(me.needs, opportunity.categories);
  let score = categoryPoints(answered.length, WEIGHTS.NEED_MEETS_OFFER);
  const reasons: ReasonFacts[] = answered.slice(0, MAX_CATEGORIES).map((category) => ({
    code: 'NEED_MATCHES_OFFER',
    category,
    offerText: opportunity.title,
    opportunityKind: opportunity.kind,
    opportunitySubkind: opportunity.subkind,
  }));
  if (opportunity.sectors.length > 0 && me.sectors.length > 0) {
    const [sector] = intersect(me.sectors, opportunity.sectors);
    if (sector) {
      score += WEIGHTS.SAME_SECTOR;
      reasons.push({ code: 'SAME_SECTOR', sector });
    } else {
      score += WEIGHTS.OTHER_SECTOR;
    }
  }
  if (opportunity.stages.length > 0 && me.stage) {
    if (opportunity.stages.includes(me.stage)) {
      score += WEIGHTS.STAGE_FIT;
      reasons.push({ code: 'STAGE_FIT', stage: me.stage });
    } else {
      score += WEIGHTS.OTHER_STAGE;
    }
  }
  if (me.neighborhood) {
    if (opportunity.neighborhoods.includes(me.neighborhood)) {
      score += WEIGHTS.SAME_NEIGHBORHOOD;
      reasons.push({ code: 'SAME_NEIGHBORHOOD', neighborhood: me.neighborhood });
    } else if (
      opportunity.neighborhoods.length > 0 &&
      !opportunity.citywide &&
      !opportunity.remote
    ) {
      score += WEIGHTS.OTHER_NEIGHBORHOOD;
    }
  }
  if (opportunity.deadline) {
    const left = opportunity.deadline.getTime() - context.now.getTime();
    if (left > 0 && left <= DEADLINE_SOON_DAYS * DAY_MS) {
      score += WEIGHTS.DEADLINE_SOON;
      reasons.push({ code: 'DEADLINE_SOON', deadline: opportunity.deadline });
    }
  }
  const groups = opportunityGroups(opportunity);
  score += dismissalPenalty(context.signals, {
    organizationIds: opportunity.organizationId ? [opportunity.organizationId] : [],
    offeredMatches: answered,
    opportunityKind: opportunity.kind,
  });
  // Closing soon is a nudge, never a match on its own.
  if (reasons.every((reason) => reason.code === 'DEADLINE_SOON')) return null;
  return finish('OPPORTUNITY', opportunity.id, score, reasons, groups);
}

/**
 * A member or an organization for an opportunity's poster: the needs of theirs it answers (as
 * OFFER_MATCHES_NEED: the poster offers, they need), then whether it is meant for them.
 */
export function scoreCandidate(
  opportunity: OpportunityFacts,
  them: (PersonFacts & { kind: 'MEMBER' }) | (OrganizationFacts & { kind: 'ORGANIZATION' }),
): ScoredCandidate | null {
  const needs = intersect(them.needs, opportunity.categories);
  let score = categoryPoints(needs.length, WEIGHTS.OFFER_MEETS_NEED);
  const reasons: ReasonFacts[] = needs
    .slice(0, MAX_CATEGORIES)
    .map((category) => ({ code: 'OFFER_MATCHES_NEED', category }));
  if (needs.length === 0) return null;
  if (opportunity.sectors.length > 0 && them.sectors.length > 0) {
    const [sector] = intersect(them.sectors, opportunity.sectors);
    if (sector) {
      score += WEIGHTS.SAME_SECTOR;
      reasons.push({ code: 'SAME_SECTOR', sector });
    } else {
      score += WEIGHTS.OTHER_SECTOR;
    }
  }
  if (them.kind === 'MEMBER' && opportunity.stages.length > 0 && them.stage) {
    if (opportunity.stages.includes(them.stage)) {
      score += WEIGHTS.STAGE_FIT;
      reasons.push({ code: 'STAGE_FIT', stage: them.stage });
    } else {
      score += WEIGHTS.OTHER_STAGE;
    }
  }
  if (them.neighborhood) {
    if (opportunity.neighborhoods.includes(them.neighborhood)) {
      score += WEIGHTS.SAME_NEIGHBORHOOD;
      reasons.push({ code: 'SAME_NEIGHBORHOOD', neighborhood: them.neighborhood });
    } else if (
      opportunity.neighborhoods.length > 0 &&
      !opportunity.citywide &&
      !opportunity.remote
    ) {
      score += WEIGHTS.OTHER_NEIGHBORHOOD;
    }
  }
  if (them.kind === 'MEMBER') {
    if (them.connectorCanIntroduce) {
      score += WEIGHTS.CONNECTOR;
      reasons.push({ code: 'CONNECTOR_CAN_INTRODUCE' });
    }
    if (them.mutual > 0) {
      score += WEIGHTS.MUTUAL * Math.log2(1 + them.mutual);
      reasons.push({ code: 'MUTUAL_CONNECTIONS', count: them.mutual });
    }
    return finish('MEMBER', them.id, score, reasons, them.organizationIds);
  }
  if (them.verified) score += WEIGHTS.VERIFIED;
  return finish('ORGANIZATION', them.id, score, reasons, [them.id]);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Best first; ties broken by kind and id so that the same data always gives the same order. */
export function byScore(a: ScoredCandidate, b: ScoredCandidate): number {
  // Code-point order: for upper-case kinds and lower-case uuids the same as localeCompare, faster.
  return b.score - a.score || compare(a.kind, b.kind) || compare(a.id, b.id);
}

/**
 * Keeps the list diverse: at most `perGroup` matches of one organization (its people, itself and
 * its opportunities together; a member's own opportunities count as theirs), a hard limit; and,
 * when several kinds are asked for, no kind takes more than its share (first / kinds) while
 * another kind still has matches to offer — the rest of the list is then filled best first.
 * The kept matches stay in score order.
 */
export function diversify(
  ranked: readonly ScoredCandidate[],
  first: number,
  kinds: readonly MatchKind[],
  perGroup = 2,
): ScoredCandidate[] {
  const share = kinds.length > 1 ? Math.ceil(first / kinds.length) : first;
  const perKind = new Map<MatchKind, number>();
  const perOrganization = new Map<string, number>();
  const chosen = new Set<ScoredCandidate>();
  const fits = (candidate: ScoredCandidate) =>
    candidate.groups.every((group) => (perOrganization.get(group) ?? 0) < perGroup);
  const take = (candidate: ScoredCandidate) => {
    chosen.add(candidate);
    perKind.set(candidate.kind, (perKind.get(candidate.kind) ?? 0) + 1);
    for (const group of candidate.groups) {
      perOrganization.set(group, (perOrganization.get(group) ?? 0) + 1);
    }
  };
  for (const candidate of ranked) {
    if (chosen.size >= first) break;
    if ((perKind.get(candidate.kind) ?? 0) < share && fits(candidate)) take(candidate);
  }
  for (const candidate of ranked) {
    if (chosen.size >= first) break;
    if (!chosen.has(candidate) && fits(candidate)) take(candidate);
  }
  return ranked.filter((candidate) => chosen.has(candidate));
}
