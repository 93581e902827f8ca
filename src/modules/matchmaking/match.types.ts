import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import type { OpportunityKind, OpportunitySubkind } from '../opportunities/opportunity.types.js';

export const MATCH_KINDS = ['MEMBER', 'OPPORTUNITY', 'ORGANIZATION'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Why something is a match, most telling first (reasons are listed in this order). */
export const MATCH_REASON_CODES = [
  'NEED_MATCHES_OFFER',
  'OFFER_MATCHES_NEED',
  'DEADLINE_SOON',
  'CONNECTOR_CAN_INTRODUCE',
  'MUTUAL_CONNECTIONS',
  'SAME_SECTOR',
  'STAGE_FIT',
  'SAME_NEIGHBORHOOD',
  'SHARED_LANGUAGE',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export const MATCH_DISMISS_REASONS = ['ALREADY_KNOW', 'NOT_NOW', 'NOT_RELEVANT', 'OTHER'] as const;
export type MatchDismissReason = (typeof MATCH_DISMISS_REASONS)[number];

/** One reason, as a code and the facts it rests on; its words are written from these. */
export interface ReasonFacts {
  code: MatchReasonCode;
  category?: NeedOfferCategory;
  /** NEED_MATCHES_OFFER: their offer in their words (an opportunity's title). */
  offerText?: string;
  /** OFFER_MATCHES_NEED: their need in their words. */
  needText?: string;
  /** NEED_MATCHES_OFFER from an opportunity: what it is. */
  opportunityKind?: OpportunityKind;
  opportunitySubkind?: OpportunitySubkind | null;
  sector?: string;
  stage?: BusinessStage;
  neighborhood?: string;
  language?: string;
  count?: number;
  deadline?: Date;
}

/** The viewer, as matching compares them. */
export interface SeekerFacts {
  id: string;
  sectors: string[];
  stage: BusinessStage | null;
  neighborhood: string | null;
  languages: string[];
  needs: NeedOfferCategory[];
  offers: NeedOfferCategory[];
  organizationIds: string[];
}

/** Another member, as the viewer may see them (a hidden neighborhood is null here). */
export interface PersonFacts {
  id: string;
  sectors: string[];
  stage: BusinessStage | null;
  neighborhood: string | null;
  languages: string[];
  needs: NeedOfferCategory[];
  offers: NeedOfferCategory[];
  organizationIds: string[];
  /** Connections shared with the viewer. */
  mutual: number;
  /** An approved connector among those shared connections. */
  connectorCanIntroduce: boolean;
}

export interface OrganizationFacts {
  id: string;
  sectors: string[];
  neighborhood: string | null;
  needs: NeedOfferCategory[];
  offers: NeedOfferCategory[];
  verified: boolean;
  /** Stages its published opportunities are meant for: its programmes. */
  programmeStages: BusinessStage[];
}

export interface OpportunityFacts {
  id: string;
  kind: OpportunityKind;
  subkind: OpportunitySubkind | null;
  /** Its title, when known (recommendations add it to the reasons of the few shown). */
  title?: string;
  organizationId: string | null;
  posterId: string | null;
  sectors: string[];
  stages: BusinessStage[];
  neighborhoods: string[];
  citywide: boolean;
  remote: boolean;
  categories: NeedOfferCategory[];
  deadline: Date | null;
}

/** What the viewer's NOT_RELEVANT dismissals say, counted (see `dismissalPenalty`). */
export interface DismissalSignals {
  organizations: Set<string>;
  categories: Map<NeedOfferCategory, number>;
  opportunityKinds: Map<OpportunityKind, number>;
}

/** A scored candidate before its profile is loaded. */
export interface ScoredCandidate {
  kind: MatchKind;
  id: string;
  score: number;
  reasons: ReasonFacts[];
  /** Diversity groups: its organizations (or its poster's, for a member's own opportunity). */
  groups: string[];
}
