import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import {
  IntroductionRequestRole,
  IntroductionRole,
  OutcomeKindEnum,
} from '../introduction.model.js';
import { OUTCOME_KINDS, type OutcomeKind } from '../introduction.types.js';
import { trim } from '../../../common/validation/trim.js';

@InputType()
export class ProposeIntroductionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberAId must be a member id' })
  memberAId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'memberBId must be a member id' })
  memberBId: string;

  @Field({ description: 'Why these two should meet: 1 to 1,000 characters, seen by both' })
  @IsString({ message: 'note must be text' })
  @Transform(trim)
  @Length(1, 1000, { message: 'note must be 1 to 1,000 characters' })
  note: string;
}

@InputType()
export class AnswerIntroductionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'introductionId must be an introduction id' })
  introductionId: string;

  @Field({ description: 'true to accept, false for "not now"' })
  @IsBoolean({ message: 'accept must be true or false' })
  accept: boolean;
}

@InputType()
export class RequestIntroductionInput {
  @Field(() => ID, { description: 'Who you ask: connected to the member you want to meet' })
  @IsUUID('all', { message: 'introducerId must be a member id' })
  introducerId: string;

  @Field(() => ID, { description: 'Whom you want to meet' })
  @IsUUID('all', { message: 'targetId must be a member id' })
  targetId: string;

  @Field({ description: 'Why: 1 to 500 characters' })
  @IsString({ message: 'reason must be text' })
  @Transform(trim)
  @Length(1, 500, { message: 'reason must be 1 to 500 characters' })
  reason: string;
}

@InputType()
export class AnswerIntroductionRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a request id' })
  requestId: string;

  @Field({
    nullable: true,
    description:
      'Forwarding: the note both will see (the reason by default). Declining: to the requester',
  })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @Transform(trim)
  @MaxLength(1000, { message: 'note must be at most 1,000 characters' })
  note?: string;
}

@InputType()
export class RecordOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'introductionId must be an introduction id' })
  introductionId: string;

  @Field(() => OutcomeKindEnum)
  @IsIn(OUTCOME_KINDS, { message: 'kind must be an outcome kind' })
  kind: OutcomeKind;

  @Field({ nullable: true, description: 'At most 500 characters' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @Transform(trim)
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string;
}

@ArgsType()
export class IntroductionsArgs {
  @Field(() => IntroductionRole, { defaultValue: IntroductionRole.PARTICIPANT })
  @IsIn(Object.values(IntroductionRole), { message: 'role must be PARTICIPANT or INTRODUCER' })
  role: IntroductionRole = IntroductionRole.PARTICIPANT;
}

@ArgsType()
export class IntroductionRequestsArgs {
  @Field(() => IntroductionRequestRole, { defaultValue: IntroductionRequestRole.REQUESTER })
  @IsIn(Object.values(IntroductionRequestRole), {
    message: 'role must be REQUESTER or INTRODUCER',
  })
  role: IntroductionRequestRole = IntroductionRequestRole.REQUESTER;
}

@ArgsType()
export class IntroductionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an introduction id' })
  id: string;
}

@ArgsType()
export class OptionalMemberIdArgs {
  @Field(() => ID, { nullable: true, description: 'Yours when omitted' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId?: string;
}
