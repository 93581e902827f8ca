import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NAICS_SECTOR_CODES } from '../../../common/taxonomy/naics-sectors.js';
import {
  BUSINESS_STAGES,
  NEED_OFFER_CATEGORIES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import { HANDLE_PATTERN } from '../../auth/dto/auth.inputs.js';
import {
  AudienceEnum,
  BusinessStageEnum,
  FieldVisibilityEnum,
  NeedOfferCategoryEnum,
} from '../profile.model.js';
import {
  AUDIENCES,
  FIELD_VISIBILITIES,
  type Audience,
  type FieldVisibility,
} from '../profile.types.js';
import { trim } from '../../../common/validation/trim.js';

export const MAX_STATEMENTS = 10;

@InputType()
export class StatementInput {
  @Field(() => NeedOfferCategoryEnum)
  @IsIn(NEED_OFFER_CATEGORIES, { message: 'category must be one of the need and offer categories' })
  category: NeedOfferCategory;

  @Field()
  @Transform(trim)
  @IsString({ message: 'text must be a text' })
  @Length(1, 280, { message: 'text must be 1 to 280 characters' })
  text: string;
}

@InputType()
export class ProfileLinkInput {
  @Field()
  @Transform(trim)
  @IsString({ message: 'label must be a text' })
  @Length(1, 60, { message: 'label must be 1 to 60 characters' })
  label: string;

  @Field()
  @Transform(trim)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) address' },
  )
  @Length(1, 500, { message: 'url must be at most 500 characters' })
  url: string;
}

@InputType()
export class ProfileVisibilityInput {
  @Field(() => FieldVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(FIELD_VISIBILITIES, { message: 'email must be PUBLIC, MEMBERS, CONNECTIONS or PRIVATE' })
  email?: FieldVisibility;

  @Field(() => FieldVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(FIELD_VISIBILITIES, { message: 'phone must be PUBLIC, MEMBERS, CONNECTIONS or PRIVATE' })
  phone?: FieldVisibility;

  @Field(() => FieldVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(FIELD_VISIBILITIES, { message: 'links must be PUBLIC, MEMBERS, CONNECTIONS or PRIVATE' })
  links?: FieldVisibility;

  @Field(() => FieldVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(FIELD_VISIBILITIES, { message: 'location must be PUBLIC, MEMBERS, CONNECTIONS or PRIVATE' })
  location?: FieldVisibility;
}

@InputType()
export class PrivacySettingsInput {
  @Field(() => AudienceEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIENCES, { message: 'connectionRequests must be ANYONE, SECOND_DEGREE or NOBODY' })
  connectionRequests?: Audience;

  @Field(() => AudienceEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIENCES, { message: 'messages must be ANYONE, SECOND_DEGREE or NOBODY' })
  messages?: Audience;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'searchEngineIndexing must be true or false' })
  searchEngineIndexing?: boolean;
}

/** Every field is optional: what is given replaces what was there (lists replace whole). */
@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @Matches(HANDLE_PATTERN, {
    message: 'handle must be 3 to 30 lowercase letters, digits or hyphens',
  })
  handle?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(0, 160, { message: 'headline must be at most 160 characters' })
  headline?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(0, 2000, { message: 'bio must be at most 2000 characters' })
  bio?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A neighborhood slug of the city; null to clear',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(/^[a-z0-9-]{1,60}$/, { message: 'neighborhood must be a neighborhood of the city' })
  neighborhood?: string | null;

  @Field(() => String, { nullable: true, description: 'For members elsewhere' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Transform(trim)
  @Length(1, 100, { message: 'homeCity must be 1 to 100 characters' })
  homeCity?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. US or BR' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[A-Z]{2}$/, { message: 'homeCountry must be a two-letter country code' })
  homeCountry?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'languages lists at most 10 languages' })
  @Matches(/^[a-z]{2,3}$/, {
    each: true,
    message: 'languages must be language codes such as en or es',
  })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'NAICS 2-digit sector codes' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'sectors lists at most 5 sectors' })
  @IsIn([...NAICS_SECTOR_CODES], {
    each: true,
    message: 'sectors must be NAICS 2-digit sector codes',
  })
  sectors?: string[];

  @Field(() => BusinessStageEnum, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(BUSINESS_STAGES, { message: 'stage must be a business stage' })
  stage?: BusinessStage | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined && value !== '')
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => [ProfileLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'links lists at most 5 links' })
  @ValidateNested({ each: true })
  @Type(() => ProfileLinkInput)
  links?: ProfileLinkInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'consideringLocating must be true or false' })
  consideringLocating?: boolean;

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

  @Field(() => ProfileVisibilityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfileVisibilityInput)
  visibility?: ProfileVisibilityInput;

  @Field(() => PrivacySettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PrivacySettingsInput)
  privacy?: PrivacySettingsInput;
}
