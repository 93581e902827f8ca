import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import type {
  BusinessStage,
  NeedOfferCategory,
} from '../../common/taxonomy/need-offer-categories.js';
import { BusinessStageEnum, NeedOfferCategoryEnum } from '../members/profile.model.js';
import type { OpportunityEntity } from './opportunity.entity.js';
import {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_SUBKIND_VALUES,
  type OpportunityKind,
  type OpportunityStatus,
  type OpportunitySubkind,
} from './opportunity.types.js';

export const OpportunityKindEnum = enumOf(OPPORTUNITY_KINDS);
registerEnumType(OpportunityKindEnum, { name: 'OpportunityKind' });
export const OpportunitySubkindEnum = enumOf(OPPORTUNITY_SUBKIND_VALUES);
registerEnumType(OpportunitySubkindEnum, {
  name: 'OpportunitySubkind',
  description:
    'FUNDING: GRANT, LOAN, EQUITY; SPACE: OFFICE, LAB, RETAIL, KITCHEN; MENTORSHIP: MENTORSHIP, PROGRAM',
});
export const OpportunityStatusEnum = enumOf(OPPORTUNITY_STATUSES);
registerEnumType(OpportunityStatusEnum, {
  name: 'OpportunityStatus',
  description:
    'DRAFT: seen by its poster only; IN_REVIEW: waiting for city staff; PUBLISHED: open to all; CLOSED by its poster; EXPIRED once its deadline passed',
});

/**
 * An opportunity's own fields. Who posted it, what the viewer did with it and its interest list
 * are resolved fields (opportunities resolver), so any module returning an Opportunity gets them.
 */
@ObjectType({ description: 'Something a resource partner offers: money, space, a job, help' })
export class Opportunity {
  @Field(() => ID)
  id: string;

  @Field(() => OpportunityKindEnum)
  kind: OpportunityKind;

  @Field(() => OpportunitySubkindEnum, { nullable: true })
  subkind: OpportunitySubkind | null;

  @Field(() => OpportunityStatusEnum)
  status: OpportunityStatus;

  @Field()
  title: string;

  @Field({ description: 'Markdown as written by the poster; show descriptionHtml to readers' })
  description: string;

  @Field()
  eligibility: string;

  @Field(() => [String], { description: 'NAICS sector codes; empty means any sector' })
  sectors: string[];

  @Field(() => [BusinessStageEnum], { description: 'Empty means any stage' })
  stages: BusinessStage[];

  @Field(() => [String], { description: 'Neighborhood slugs; empty when citywide or remote' })
  neighborhoods: string[];

  @Field()
  citywide: boolean;

  @Field()
  remote: boolean;

  @Field(() => [NeedOfferCategoryEnum], {
    description: 'The needs it answers, in the taxonomy profiles use; its kind’s first',
  })
  categories: NeedOfferCategory[];

  @Field(() => Int, { nullable: true, description: 'FUNDING: smallest amount, whole units' })
  amountMin: number | null;

  @Field(() => Int, { nullable: true, description: 'FUNDING: largest amount, whole units' })
  amountMax: number | null;

  @Field(() => Int, { nullable: true, description: 'SPACE: size in square feet' })
  sizeSqFt: number | null;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;

  @Field(() => String, { nullable: true })
  externalUrl: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Not in the schema: for the resolved fields. */
  posterId: string | null;
  organizationId: string | null;
  /** Resolved as `reviewNote` for its poster side and city staff only. */
  storedReviewNote: string | null;
}

/** The model of a row; every module returning opportunities maps rows with this. */
export function toOpportunity(row: OpportunityEntity): Opportunity {
  return Object.assign(new Opportunity(), {
    id: row.id,
    kind: row.kind,
    subkind: row.subkind,
    status: row.status,
    title: row.title,
    description: row.description,
    eligibility: row.eligibility,
    sectors: row.sectors,
    stages: row.stages,
    neighborhoods: row.neighborhoods,
    citywide: row.citywide,
    remote: row.remote,
    categories: row.categories,
    amountMin: row.amountMin,
    amountMax: row.amountMax,
    sizeSqFt: row.sizeSqFt,
    deadline: row.deadline,
    externalUrl: row.externalUrl,
    publishedAt: row.publishedAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    posterId: row.posterId,
    organizationId: row.organizationId,
    storedReviewNote: row.reviewNote,
  });
}
