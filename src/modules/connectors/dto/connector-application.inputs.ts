import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NAICS_SECTOR_CODES } from '../../../common/taxonomy/naics-sectors.js';
import { trim } from '../../../common/validation/trim.js';
import { ConnectorApplicationStatusEnum } from '../connector-application.model.js';
import {
  CONNECTOR_APPLICATION_STATUSES,
  type ConnectorApplicationStatus,
} from '../connector-application.entity.js';

export const MAX_LIST = 10;

/** Trims each string of a list, and leaves anything else for the validators to refuse. */
const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? (value as unknown[]).map((item) => (typeof item === 'string' ? item.trim() : item))
    : value;

@InputType()
export class ApplyAsConnectorInput {
  @Field({ description: 'Why you want to connect people: 50 to 2,000 characters' })
  @Transform(trim)
  @IsString({ message: 'motivation must be text' })
  @Length(50, 2000, { message: 'motivation must be 50 to 2,000 characters' })
  motivation: string;

  @Field(() => [String], { description: `NAICS 2-digit sector codes, 1 to ${MAX_LIST}` })
  @IsArray({ message: 'sectors must be a list' })
  @ArrayMinSize(1, { message: `sectors lists 1 to ${MAX_LIST} sectors` })
  @ArrayMaxSize(MAX_LIST, { message: `sectors lists 1 to ${MAX_LIST} sectors` })
  @IsIn([...NAICS_SECTOR_CODES], {
    each: true,
    message: 'sectors must be NAICS 2-digit sector codes',
  })
  sectors: string[];

  @Field(() => [String], {
    description: `Communities you serve, in your words: 1 to ${MAX_LIST}, each at most 60 characters`,
  })
  @Transform(trimEach)
  @IsArray({ message: 'communities must be a list' })
  @ArrayMinSize(1, { message: `communities lists 1 to ${MAX_LIST} communities` })
  @ArrayMaxSize(MAX_LIST, { message: `communities lists 1 to ${MAX_LIST} communities` })
  @IsString({ each: true, message: 'communities must be words' })
  @Length(1, 60, { each: true, message: 'communities must each be 1 to 60 characters' })
  communities: string[];

  @Field(() => [String], { description: `Language codes such as en or es, 1 to ${MAX_LIST}` })
  @IsArray({ message: 'languages must be a list' })
  @ArrayMinSize(1, { message: `languages lists 1 to ${MAX_LIST} languages` })
  @ArrayMaxSize(MAX_LIST, { message: `languages lists 1 to ${MAX_LIST} languages` })
  @Matches(/^[a-z]{2,3}$/, {
    each: true,
    message: 'languages must be language codes such as en or es',
  })
  languages: string[];
}

@InputType()
export class DecideConnectorApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId: string;

  @Field({ description: 'true makes the applicant a connector; false declines (note required)' })
  @IsBoolean({ message: 'approve must be true or false' })
  approve: boolean;

  @Field({
    nullable: true,
    description: 'Required when declining (at most 1,000 characters); sent to the applicant',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'note must be text' })
  @MaxLength(1000, { message: 'note must be at most 1,000 characters' })
  note?: string;
}

@ArgsType()
export class ConnectorApplicationsArgs {
  @Field(() => ConnectorApplicationStatusEnum, { defaultValue: 'PENDING' })
  @IsIn(CONNECTOR_APPLICATION_STATUSES, { message: 'status must be an application status' })
  status: ConnectorApplicationStatus = 'PENDING';
}
