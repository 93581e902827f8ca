import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { MatchDismissReasonEnum, MatchKindEnum } from '../match.model.js';
import {
  MATCH_DISMISS_REASONS,
  MATCH_KINDS,
  type MatchDismissReason,
  type MatchKind,
} from '../match.types.js';

/** At most this many matches in one answer. */
export const MAX_MATCHES = 50;

@ArgsType()
export class RecommendationsArgs {
  @Field(() => [MatchKindEnum], {
    nullable: true,
    description: 'Which kinds; all of them when omitted',
  })
  @IsOptional()
  @IsArray({ message: 'kinds must be a list of match kinds' })
  @ArrayMinSize(1, { message: 'kinds must name at least one kind; omit it for all' })
  @ArrayMaxSize(MATCH_KINDS.length, { message: `kinds lists at most ${MATCH_KINDS.length} kinds` })
  @IsIn(MATCH_KINDS, { each: true, message: 'kinds must be MEMBER, OPPORTUNITY or ORGANIZATION' })
  kinds?: MatchKind[];

  @Field(() => Int, { defaultValue: 10, description: `At most ${MAX_MATCHES}` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be between 1 and ${MAX_MATCHES}` })
  @Max(MAX_MATCHES, { message: `first must be between 1 and ${MAX_MATCHES}` })
  first: number = 10;
}

@ArgsType()
export class CandidatesForOpportunityArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'opportunityId must be an opportunity id' })
  opportunityId: string;

  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_MATCHES}` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be between 1 and ${MAX_MATCHES}` })
  @Max(MAX_MATCHES, { message: `first must be between 1 and ${MAX_MATCHES}` })
  first: number = 20;
}

@InputType()
export class DismissMatchInput {
  @Field(() => ID, { description: 'The member, organization or opportunity' })
  @IsUUID('all', { message: 'targetId must be the id of a member, organization or opportunity' })
  targetId: string;

  @Field(() => MatchDismissReasonEnum, { nullable: true })
  @IsOptional()
  @IsIn(MATCH_DISMISS_REASONS, {
    message: 'reason must be ALREADY_KNOW, NOT_NOW, NOT_RELEVANT or OTHER',
  })
  reason?: MatchDismissReason;
}

@InputType()
export class UndismissMatchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'targetId must be the id of a member, organization or opportunity' })
  targetId: string;
}
