import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OutcomeKindEnum } from '../../../common/graphql/outcome-kind.enum.js';
import { NAICS_SECTOR_CODES } from '../../../common/taxonomy/naics-sectors.js';
import {
  BUSINESS_STAGES,
  NEED_OFFER_CATEGORIES,
  type BusinessStage,
  type NeedOfferCategory,
} from '../../../common/taxonomy/need-offer-categories.js';
import { OUTCOME_KINDS, type OutcomeKind } from '../../../common/taxonomy/outcomes.js';
import { trim } from '../../../common/validation/trim.js';
import { BusinessStageEnum, NeedOfferCategoryEnum } from '../../members/profile.model.js';
import { MAX_MARKDOWN_LENGTH } from '../markdown.js';
import {
  OpportunityKindEnum,
  OpportunityStatusEnum,
  OpportunitySubkindEnum,
} from '../opportunity.model.js';
import {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_SUBKIND_VALUES,
  type OpportunityKind,
  type OpportunityStatus,
  type OpportunitySubkind,
} from '../opportunity.types.js';

/** Its kind's category plus this many more at most. */
export const MAX_CATEGORIES = 5;
const MAX_PLACES = 25;
const NEIGHBORHOOD = /^[a-z0-9-]{1,60}$/;
const present = (_: unknown, value: unknown) => value !== null && value !== undefined;

/** The fields shared by create and update; every one optional (and on update, null clears). */
@InputType({ isAbstract: true })
class OpportunityFields {
  @Field(() => OpportunitySubkindEnum, {
    nullable: true,
    description: 'FUNDING: GRANT, LOAN, EQUITY; SPACE: OFFICE, LAB, RETAIL, KITCHEN; MENTORSHIP',
  })
  @ValidateIf(present)
  @IsIn(OPPORTUNITY_SUBKIND_VALUES, { message: 'subkind must be an opportunity subkind' })
  subkind?: OpportunitySubkind | null;

  @Field({ nullable: true, description: 'Markdown, at most 8,000 characters' })
  @IsOptional()
  @IsString({ message: 'description must be text' })
  @Transform(trim)
  @MaxLength(MAX_MARKDOWN_LENGTH, { message: 'description must be at most 8,000 characters' })
  description?: string;

  @Field({ nullable: true, description: 'Who may apply, at most 2,000 characters' })
  @IsOptional()
  @IsString({ message: 'eligibility must be text' })
  @Transform(trim)
  @MaxLength(2000, { message: 'eligibility must be at most 2,000 characters' })
  eligibility?: string;

  @Field(() => [String], { nullable: true, description: 'NAICS sector codes; none means any' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'sectors lists at most 10 sectors' })
  @IsIn([...NAICS_SECTOR_CODES], {
    each: true,
    message: 'sectors must be NAICS 2-digit sector codes such as 54 or 31-33',
  })
  sectors?: string[];

  @Field(() => [BusinessStageEnum], { nullable: true, description: 'None means any stage' })
  @IsOptional()
  @IsIn(BUSINESS_STAGES, { each: true, message: 'stages must be business stages' })
  stages?: BusinessStage[];

  @Field(() => [String], {
    nullable: true,
    description: 'Neighborhood slugs of the city; with none (and not remote) it is citywide',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PLACES, { message: `neighborhoods lists at most ${MAX_PLACES} neighborhoods` })
  @Matches(NEIGHBORHOOD, { each: true, message: 'neighborhoods must be neighborhoods of the city' })
  neighborhoods?: string[];

  @Field({ nullable: true, description: 'For the whole city (then no neighborhoods)' })
  @IsOptional()
  @IsBoolean({ message: 'citywide must be true or false' })
  citywide?: boolean;

  @Field({ nullable: true, description: 'Can be done from anywhere' })
  @IsOptional()
  @IsBoolean({ message: 'remote must be true or false' })
  remote?: boolean;

  @Field(() => [NeedOfferCategoryEnum], {
    nullable: true,
    description: 'Further needs it answers; its kind’s is always first; at most 5 in all',
  })
  @IsOptional()
  @IsIn(NEED_OFFER_CATEGORIES, {
    each: true,
    message: 'categories must be need and offer categories',
  })
  categories?: NeedOfferCategory[];

  @Field(() => Int, { nullable: true, description: 'FUNDING only: whole units, 0 or more' })
  @ValidateIf(present)
  @IsInt({ message: 'amountMin must be a whole number' })
  @Min(0, { message: 'amountMin must not be negative' })
  amountMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'FUNDING only: whole units, 0 or more' })
  @ValidateIf(present)
  @IsInt({ message: 'amountMax must be a whole number' })
  @Min(0, { message: 'amountMax must not be negative' })
  amountMax?: number | null;

  @Field(() => Int, { nullable: true, description: 'SPACE only: square feet, more than 0' })
  @ValidateIf(present)
  @IsInt({ message: 'sizeSqFt must be a whole number' })
  @Min(1, { message: 'sizeSqFt must be more than 0' })
  sizeSqFt?: number | null;

  @Field(() => Date, { nullable: true, description: 'In the future; it expires then' })
  @ValidateIf(present)
  @IsDate({ message: 'deadline must be a date and time' })
  deadline?: Date | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address, at most 500' })
  @ValidateIf(present)
  @Transform(trim)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'externalUrl must be an http(s) address' },
  )
  @MaxLength(500, { message: 'externalUrl must be at most 500 characters' })
  externalUrl?: string | null;
}

@InputType()
export class CreateOpportunityInput extends OpportunityFields {
  @Field(() => ID, {
    nullable: true,
    description: 'Post for an organization you own or administer; for yourself when omitted',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId?: string;

  @Field(() => OpportunityKindEnum)
  @IsIn(OPPORTUNITY_KINDS, { message: 'kind must be an opportunity kind' })
  kind: OpportunityKind;

  @Field({ description: '3 to 140 characters' })
  @IsString({ message: 'title must be text' })
  @Transform(trim)
  @Length(3, 140, { message: 'title must be 3 to 140 characters' })
  title: string;

  @Field({
    nullable: true,
    description: 'true: publish at once (or send to review); by default it stays a DRAFT',
  })
  @IsOptional()
  @IsBoolean({ message: 'publish must be true or false' })
  publish?: boolean;
}

@InputType()
export class UpdateOpportunityInput extends OpportunityFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'opportunityId must be an opportunity id' })
  opportunityId: string;

  @Field({ nullable: true, description: '3 to 140 characters' })
  @IsOptional()
  @IsString({ message: 'title must be text' })
  @Transform(trim)
  @Length(3, 140, { message: 'title must be 3 to 140 characters' })
  title?: string;
}

@InputType()
export class OpportunityIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'opportunityId must be an opportunity id' })
  opportunityId: string;
}

@InputType()
export class ExpressInterestInput extends OpportunityIdInput {
  @Field({ nullable: true, description: 'To the poster: at most 1,000 characters' })
  @IsOptional()
  @IsString({ message: 'message must be text' })
  @Transform(trim)
  @MaxLength(1000, { message: 'message must be at most 1,000 characters' })
  message?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For an organization you own or administer; for yourself when omitted',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId?: string;
}

@InputType()
export class RecordInterestOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'interestId must be an interest id' })
  interestId: string;

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

@InputType()
export class OpportunitiesFilter {
  @Field(() => [OpportunityKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(OPPORTUNITY_KINDS, { each: true, message: 'kinds must be opportunity kinds' })
  kinds?: OpportunityKind[];

  @Field(() => [String], {
    nullable: true,
    description: 'NAICS codes; matches those sectors and opportunities open to any sector',
  })
  @IsOptional()
  @IsIn([...NAICS_SECTOR_CODES], { each: true, message: 'sectors must be NAICS sector codes' })
  sectors?: string[];

  @Field(() => [BusinessStageEnum], {
    nullable: true,
    description: 'Matches those stages and opportunities open to any stage',
  })
  @IsOptional()
  @IsIn(BUSINESS_STAGES, { each: true, message: 'stages must be business stages' })
  stages?: BusinessStage[];

  @Field(() => [String], {
    nullable: true,
    description: 'Matches those neighborhoods, and citywide opportunities',
  })
  @IsOptional()
  @Matches(NEIGHBORHOOD, { each: true, message: 'neighborhoods must be neighborhood slugs' })
  neighborhoods?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId?: string;

  @Field({
    nullable: true,
    description: 'Yours and your organizations’ (as owner or admin), in every status, newest first',
  })
  @IsOptional()
  @IsBoolean({ message: 'postedByMe must be true or false' })
  postedByMe?: boolean;

  @Field(() => [OpportunityStatusEnum], {
    nullable: true,
    description: 'Only with postedByMe, or for city staff',
  })
  @IsOptional()
  @IsIn(OPPORTUNITY_STATUSES, { each: true, message: 'statuses must be opportunity statuses' })
  statuses?: OpportunityStatus[];
}

@ArgsType()
export class OpportunitiesArgs {
  @Field(() => OpportunitiesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpportunitiesFilter)
  filter?: OpportunitiesFilter;
}

@ArgsType()
export class OpportunityIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an opportunity id' })
  id: string;
}

@ArgsType()
export class RenderMarkdownArgs {
  @Field({ description: 'At most 8,000 characters' })
  @IsString({ message: 'markdown must be text' })
  @MaxLength(MAX_MARKDOWN_LENGTH, { message: 'markdown must be at most 8,000 characters' })
  markdown: string;
}
