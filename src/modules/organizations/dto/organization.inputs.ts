import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NAICS_SECTOR_CODES } from '../../../common/taxonomy/naics-sectors.js';
import { StatementInput, MAX_STATEMENTS } from '../../members/dto/update-profile.input.js';
import { OrganizationRoleEnum, OrganizationTypeEnum, SizeBandEnum } from '../organization.model.js';
import {
  ORGANIZATION_TYPES,
  SIZE_BANDS,
  type OrganizationType,
  type SizeBand,
} from '../organization.types.js';
import { trim } from '../../../common/validation/trim.js';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const THIS_YEAR = new Date().getUTCFullYear();

/** The fields shared by create and update; on update every one is optional. */
@InputType({ isAbstract: true })
class OrganizationFields {
  @Field(() => [String], { nullable: true, description: 'NAICS 2-digit sector codes' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'sectors lists at most 5 sectors' })
  @IsIn([...NAICS_SECTOR_CODES], {
    each: true,
    message: 'sectors must be NAICS 2-digit sector codes',
  })
  sectors?: string[];

  @Field(() => SizeBandEnum, { nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(SIZE_BANDS, { message: 'sizeBand must be a size band' })
  sizeBand?: SizeBand | null;

  @Field(() => String, { nullable: true, description: 'A neighborhood slug of the city' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'neighborhood must be a neighborhood of the city' })
  neighborhood?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Transform(trim)
  @Length(1, 200, { message: 'address must be 1 to 200 characters' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Transform(trim)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @Length(1, 500, { message: 'website must be at most 500 characters' })
  website?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(0, 4000, { message: 'description must be at most 4000 characters' })
  description?: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsInt({ message: 'foundedYear must be a year' })
  @Min(1600, { message: `foundedYear must be between 1600 and ${THIS_YEAR}` })
  @Max(THIS_YEAR, { message: `foundedYear must be between 1600 and ${THIS_YEAR}` })
  foundedYear?: number | null;

  @Field(() => [StatementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS, { message: `needs lists at most ${MAX_STATEMENTS} needs` })
  @ValidateNested({ each: true })
  @Type(() => StatementInput)
  needs?: StatementInput[];

  @Field(() => [StatementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS, { message: `offers lists at most ${MAX_STATEMENTS} offers` })
  @ValidateNested({ each: true })
  @Type(() => StatementInput)
  offers?: StatementInput[];
}

@InputType()
export class CreateOrganizationInput extends OrganizationFields {
  @Field()
  @Transform(trim)
  @IsString({ message: 'name must be a text' })
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name: string;

  @Field({ description: 'Its address on GrowHere, e.g. harbor-kitchen' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @Length(3, 60, { message: 'slug must be 3 to 60 characters' })
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters and digits joined by hyphens' })
  slug: string;

  @Field(() => OrganizationTypeEnum)
  @IsIn(ORGANIZATION_TYPES, { message: 'type must be an organization type' })
  type: OrganizationType;
}

@InputType()
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an organization id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name?: string;

  @Field(() => OrganizationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES, { message: 'type must be an organization type' })
  type?: OrganizationType;
}

@InputType()
export class OrganizationIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;
}

@InputType()
export class VerifyOrganizationInput extends OrganizationIdInput {
  @Field({ description: 'true grants the badge; false refuses or withdraws it' })
  @IsBoolean({ message: 'verified must be true or false' })
  verified: boolean;

  @Field({ nullable: true, description: 'Why; kept in the audit log and sent to the owners' })
  @IsOptional()
  @Transform(trim)
  @Length(0, 1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES, { message: 'filter.type must be an organization type' })
  type?: OrganizationType;

  @Field({ nullable: true, description: 'A NAICS 2-digit sector code' })
  @IsOptional()
  @IsIn([...NAICS_SECTOR_CODES], { message: 'filter.sector must be a NAICS 2-digit sector code' })
  sector?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'filter.neighborhood must be a neighborhood slug' })
  neighborhood?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'filter.verifiedOnly must be true or false' })
  verifiedOnly?: boolean;
}

@ArgsType()
export class OrganizationsFilterArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}

@InputType()
export class InviteToOrganizationInput extends OrganizationIdInput {
  @Field({ nullable: true, description: 'A member handle' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{3,30}$/, { message: 'handle must be a member handle' })
  handle?: string;

  @Field({ nullable: true, description: 'Anyone, member or not yet' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field(() => OrganizationRoleEnum, { defaultValue: 'MEMBER', description: 'ADMIN or MEMBER' })
  @IsIn(['ADMIN', 'MEMBER'], { message: 'role must be ADMIN or MEMBER' })
  role: 'ADMIN' | 'MEMBER' = 'MEMBER';
}

@InputType()
export class InvitationIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id' })
  invitationId: string;
}

@InputType()
export class OrganizationMemberInput extends OrganizationIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;
}
