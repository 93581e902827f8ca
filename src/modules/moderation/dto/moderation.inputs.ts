import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../common/validation/trim.js';
import {
  ModerationActionKindEnum,
  ModerationCaseSourceEnum,
  ModerationCaseStatusEnum,
  ReportReasonEnum,
  ReportTargetTypeEnum,
} from '../moderation.model.js';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  MAX_BULK,
  MAX_NOTE,
  MAX_REASON,
  MODERATION_ACTIONS,
  REPORT_REASONS,
  REPORT_TARGET_TYPES,
  type CaseSource,
  type CaseStatus,
  type ModerationAction,
  type ReportReason,
  type ReportTargetType,
} from '../moderation.types.js';

@InputType()
export class ReportContentInput {
  @Field(() => ReportTargetTypeEnum)
  @IsIn(REPORT_TARGET_TYPES, {
    message: 'targetType must be MEMBER, ORGANIZATION, OPPORTUNITY or MESSAGE',
  })
  targetType: ReportTargetType;

  @Field(() => ID)
  @IsUUID('all', { message: 'targetId must be an id' })
  targetId: string;

  @Field(() => ReportReasonEnum)
  @IsIn(REPORT_REASONS, { message: 'reason must be a report reason' })
  reason: ReportReason;

  @Field(() => String, {
    nullable: true,
    description: `At most ${MAX_NOTE} characters; required when reason is OTHER`,
  })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @Transform(trim)
  @MaxLength(MAX_NOTE, { message: `note must be at most ${MAX_NOTE} characters` })
  note?: string;
}

@InputType()
export class ModerationQueueFilter {
  @Field(() => ModerationCaseStatusEnum, { nullable: true, description: 'OPEN unless given' })
  @IsOptional()
  @IsIn(CASE_STATUSES, { message: 'status must be OPEN or RESOLVED' })
  status?: CaseStatus;

  @Field(() => [ReportTargetTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'targetTypes must be a list' })
  @IsIn(REPORT_TARGET_TYPES, { each: true, message: 'targetTypes must be report target types' })
  targetTypes?: ReportTargetType[];

  @Field(() => [ReportReasonEnum], {
    nullable: true,
    description: 'Cases with at least one report for one of these reasons',
  })
  @IsOptional()
  @IsArray({ message: 'reasons must be a list' })
  @IsIn(REPORT_REASONS, { each: true, message: 'reasons must be report reasons' })
  reasons?: ReportReason[];

  @Field(() => Int, {
    nullable: true,
    description: 'Only cases opened at least this many hours ago',
  })
  @IsOptional()
  @IsInt({ message: 'olderThanHours must be a whole number' })
  @Min(0, { message: 'olderThanHours must not be negative' })
  olderThanHours?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'autoHidden must be true or false' })
  autoHidden?: boolean;

  @Field(() => ModerationCaseSourceEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_SOURCES, { message: 'source must be REPORTS or SPAM_DEFENSE' })
  source?: CaseSource;
}

@ArgsType()
export class ModerationQueueArgs {
  @Field(() => ModerationQueueFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModerationQueueFilter)
  filter?: ModerationQueueFilter;
}

@ArgsType()
export class ModerationCaseArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a case id' })
  id: string;
}

/** What one action and many share: the action, its reason, a suspension's end. */
@InputType({ isAbstract: true })
class ModerationDecision {
  @Field(() => ModerationActionKindEnum)
  @IsIn(MODERATION_ACTIONS, { message: 'action must be a moderation action' })
  action: ModerationAction;

  @Field(() => String, {
    nullable: true,
    description: `Required for WARN, SUSPEND, RESTRICT, HIDE, DELETE_CONTENT (at most ${MAX_REASON} characters); shown to the member for WARN/SUSPEND/RESTRICT`,
  })
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @Transform(trim)
  @MaxLength(MAX_REASON, { message: `reason must be at most ${MAX_REASON} characters` })
  reason?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'SUSPEND only: until then (in the future); omitted = indefinitely',
  })
  @IsOptional()
  @IsDate({ message: 'until must be a date' })
  until?: Date;
}

@InputType()
export class ModerateCaseInput extends ModerationDecision {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId: string;
}

@InputType()
export class ModerateCasesInput extends ModerationDecision {
  @Field(() => [ID], {
    description: `1 to ${MAX_BULK} cases; DISMISS, HIDE, DELETE_CONTENT and SUSPEND (their owners) only`,
  })
  @IsArray({ message: 'caseIds must be a list of case ids' })
  @ArrayMinSize(1, { message: 'caseIds must name at least one case' })
  @ArrayMaxSize(MAX_BULK, { message: `caseIds lists at most ${MAX_BULK} cases` })
  @IsUUID('all', { each: true, message: 'caseIds must be case ids' })
  caseIds: string[];
}
