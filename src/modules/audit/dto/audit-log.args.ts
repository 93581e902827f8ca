import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** What every way of reading the log filters by, once validated. */
export interface AuditFilter {
  actions?: string[];
  targetType?: string;
  targetId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

@InputType()
export class AuditLogFilter implements AuditFilter {
  @Field(() => [String], { nullable: true, description: 'Any of these actions (auditActions)' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'actions lists at most 50 actions' })
  @IsString({ each: true, message: 'actions must be action names' })
  @MaxLength(60, { each: true, message: 'actions must be action names' })
  actions?: string[];

  @Field({ nullable: true, description: 'e.g. member, organization, opportunity' })
  @IsOptional()
  @IsString({ message: 'targetType must be text' })
  @MaxLength(30, { message: 'targetType must be at most 30 characters' })
  targetType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString({ message: 'targetId must be text' })
  @MaxLength(64, { message: 'targetId must be at most 64 characters' })
  targetId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a member id' })
  actorId?: string;

  @Field(() => Date, { nullable: true, description: 'From this time on (inclusive)' })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Up to this time (inclusive)' })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}

/** One value or a repeated query parameter (`?action=a&action=b`) as a list. */
const list = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];
const date = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value !== '' ? new Date(value) : value === '' ? undefined : value;
const text = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The CSV export's query parameters: the same filter, with `action` repeated for several. */
export class AuditLogCsvQuery {
  @IsOptional()
  @Transform(list)
  @ArrayMaxSize(50, { message: 'action is given at most 50 times' })
  @IsString({ each: true, message: 'action must be action names' })
  @MaxLength(60, { each: true, message: 'action must be action names' })
  action?: string[];

  @IsOptional()
  @Transform(text)
  @IsString({ message: 'targetType must be text' })
  @MaxLength(30, { message: 'targetType must be at most 30 characters' })
  targetType?: string;

  @IsOptional()
  @Transform(text)
  @IsString({ message: 'targetId must be text' })
  @MaxLength(64, { message: 'targetId must be at most 64 characters' })
  targetId?: string;

  @IsOptional()
  @Transform(text)
  @IsUUID('all', { message: 'actorId must be a member id' })
  actorId?: string;

  @IsOptional()
  @Transform(date)
  @IsDate({ message: 'from must be a date and time (ISO 8601)' })
  from?: Date;

  @IsOptional()
  @Transform(date)
  @IsDate({ message: 'to must be a date and time (ISO 8601)' })
  to?: Date;
}
