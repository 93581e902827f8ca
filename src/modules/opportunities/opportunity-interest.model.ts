import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import { OutcomeKindEnum } from '../../common/graphql/outcome-kind.enum.js';
import { Paginated } from '../../common/graphql/pagination.js';
import type { OutcomeKind } from '../../common/taxonomy/outcomes.js';
import type { OpportunityInterestEntity } from './opportunity.entity.js';
import { Opportunity } from './opportunity.model.js';
import { INTEREST_STATUSES, type InterestStatus } from './opportunity.types.js';

export const InterestStatusEnum = enumOf(INTEREST_STATUSES);
registerEnumType(InterestStatusEnum, {
  name: 'InterestStatus',
  description: 'ACTIVE until the member withdraws it (and again if they express it anew)',
});

@ObjectType({ description: 'What came of an interest, as its poster recorded it' })
export class OpportunityInterestOutcome {
  @Field(() => OutcomeKindEnum)
  kind: OutcomeKind;

  @Field()
  note: string;

  @Field()
  recordedAt: Date;
}

/**
 * A member's interest in an opportunity, for themselves or for an organization they administer.
 * Seen by that member and by the opportunity's poster side only. The opportunity, the member and
 * the organization are resolved fields (batched per request).
 */
@ObjectType()
export class OpportunityInterest {
  @Field(() => ID)
  id: string;

  @Field()
  message: string;

  @Field(() => InterestStatusEnum)
  status: InterestStatus;

  @Field(() => OpportunityInterestOutcome, { nullable: true })
  outcome: OpportunityInterestOutcome | null;

  @Field({ description: 'When it was expressed (last expressed, after a withdrawal)' })
  createdAt: Date;

  /** Not in the schema: for the resolved fields. */
  opportunityId: string;
  memberId: string;
  organizationId: string | null;
}

export function toInterest(row: OpportunityInterestEntity): OpportunityInterest {
  return Object.assign(new OpportunityInterest(), {
    id: row.id,
    message: row.message,
    status: row.status,
    outcome:
      row.outcomeKind && row.outcomeRecordedAt
        ? { kind: row.outcomeKind, note: row.outcomeNote, recordedAt: row.outcomeRecordedAt }
        : null,
    createdAt: row.createdAt,
    opportunityId: row.opportunityId,
    memberId: row.memberId,
    organizationId: row.organizationId,
  });
}

export const OpportunityConnection = Paginated(Opportunity, 'OpportunityConnection');
export const OpportunityInterestConnection = Paginated(
  OpportunityInterest,
  'OpportunityInterestConnection',
);
