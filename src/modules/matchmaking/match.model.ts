import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import { BusinessStageEnum, Member, NeedOfferCategoryEnum } from '../members/profile.model.js';
import { Opportunity } from '../opportunities/opportunity.model.js';
import { Organization } from '../organizations/organization.model.js';
import {
  MATCH_DISMISS_REASONS,
  MATCH_KINDS,
  MATCH_REASON_CODES,
  type MatchReasonCode,
} from './match.types.js';

export const MatchKindEnum = enumOf(MATCH_KINDS);
registerEnumType(MatchKindEnum, {
  name: 'MatchKind',
  description: 'What a match is: a member, an opportunity or an organization',
});
export const MatchReasonCodeEnum = enumOf(MATCH_REASON_CODES);
registerEnumType(MatchReasonCodeEnum, {
  name: 'MatchReasonCode',
  description:
    'NEED_MATCHES_OFFER: your need meets their offer; OFFER_MATCHES_NEED: their need meets your offer; SAME_SECTOR; STAGE_FIT: meant for your stage (an opportunity, an organization’s programmes) or a stage close to yours (a person); SAME_NEIGHBORHOOD; SHARED_LANGUAGE (other than the city’s main one); MUTUAL_CONNECTIONS; CONNECTOR_CAN_INTRODUCE: an approved connector you know knows them; DEADLINE_SOON: closes within 14 days',
});
export const MatchDismissReasonEnum = enumOf(MATCH_DISMISS_REASONS);
registerEnumType(MatchDismissReasonEnum, {
  name: 'MatchDismissReason',
  description:
    'Every reason hides the match from then on; NOT_RELEVANT also lowers similar matches (same organization, same offered category, same kind of opportunity)',
});

@ObjectType({
  description: 'Why something is a match: a code, plain words, and the facts behind it',
})
export class MatchReason {
  @Field(() => MatchReasonCodeEnum)
  code: MatchReasonCode;

  @Field({
    description: 'In plain English; clients may write their own from the code and the facts',
  })
  text: string;

  @Field(() => NeedOfferCategoryEnum, {
    nullable: true,
    description: 'NEED_MATCHES_OFFER, OFFER_MATCHES_NEED: the category',
  })
  category: NeedOfferCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'NEED_MATCHES_OFFER: their offer in their words (an opportunity’s title)',
  })
  offerText: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'OFFER_MATCHES_NEED: their need in their words',
  })
  needText: string | null;

  @Field(() => String, { nullable: true, description: 'SAME_SECTOR: the NAICS code' })
  sector: string | null;

  @Field(() => BusinessStageEnum, { nullable: true, description: 'STAGE_FIT: the stage' })
  stage: BusinessStage | null;

  @Field(() => String, {
    nullable: true,
    description: 'SAME_NEIGHBORHOOD: the neighborhood slug',
  })
  neighborhood: string | null;

  @Field(() => String, { nullable: true, description: 'SHARED_LANGUAGE: the language code' })
  language: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'MUTUAL_CONNECTIONS: how many; CONNECTOR_CAN_INTRODUCE: how many connectors',
  })
  count: number | null;

  @Field(() => Date, { nullable: true, description: 'DEADLINE_SOON: the deadline' })
  deadline: Date | null;
}

export type MatchTargetValue = Member | Opportunity | Organization;

export const MatchTarget = createUnionType({
  name: 'MatchTarget',
  description: 'A member, an opportunity or an organization',
  types: () => [Member, Opportunity, Organization] as const,
  resolveType(value: MatchTargetValue) {
    if (value instanceof Opportunity) return Opportunity;
    return 'slug' in value ? Organization : Member;
  },
});

@ObjectType({ description: 'A recommendation with the reasons why' })
export class Match {
  @Field(() => MatchTarget)
  target: MatchTargetValue;

  @Field(() => Float, {
    description:
      'Higher is better: points for each fit, less for misfits and for look-alikes of what you dismissed',
  })
  score: number;

  @Field(() => [MatchReason], { description: 'Most telling first' })
  reasons: MatchReason[];

  @Field(() => [Member], {
    description:
      'For people: your connections who know them and could introduce you (approved connectors first, at most 3); empty otherwise',
  })
  connectors: Member[];
}
