import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import { NAICS_SECTOR_CODES } from '../../../common/taxonomy/naics-sectors.js';
import {
  BUSINESS_STAGES,
  type BusinessStage,
} from '../../../common/taxonomy/need-offer-categories.js';
import { BusinessStageEnum } from '../../members/profile.model.js';
import { OpportunityKindEnum } from '../../opportunities/opportunity.model.js';
import { OPPORTUNITY_KINDS, type OpportunityKind } from '../../opportunities/opportunity.types.js';
import { OrganizationTypeEnum } from '../../organizations/organization.model.js';
import {
  ORGANIZATION_TYPES,
  type OrganizationType,
} from '../../organizations/organization.types.js';
import { SEARCH_RESULT_TYPES, type SearchResultType } from '../search-document.entity.js';
import { SearchResultTypeEnum } from '../search.model.js';

const MAX_VALUES = 30;

/**
 * Every filter narrows the results to things that have the attribute with one of the values;
 * values of one filter are alternatives (any of them), filters combine (all of them).
 */
@InputType()
export class SearchFilter {
  @Field(() => [SearchResultTypeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES, { message: `filter.types lists at most ${MAX_VALUES} values` })
  @IsIn(SEARCH_RESULT_TYPES, { each: true, message: 'filter.types must be result types' })
  types?: SearchResultType[];

  @Field(() => [OpportunityKindEnum], {
    nullable: true,
    description: 'Opportunities of these kinds (members and organizations have none)',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES, { message: `filter.kinds lists at most ${MAX_VALUES} values` })
  @IsIn(OPPORTUNITY_KINDS, { each: true, message: 'filter.kinds must be opportunity kinds' })
  kinds?: OpportunityKind[];

  @Field(() => [String], {
    nullable: true,
    description: 'NAICS sector codes; opportunities open to any sector match every one',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES, { message: `filter.sectors lists at most ${MAX_VALUES} values` })
  @IsIn([...NAICS_SECTOR_CODES], {
    each: true,
    message: 'filter.sectors must be NAICS 2-digit sector codes',
  })
  sectors?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Neighborhood slugs: members (where their location is visible to you), organizations, opportunities (and citywide ones)',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES, {
    message: `filter.neighborhoods lists at most ${MAX_VALUES} values`,
  })
  @IsString({ each: true, message: 'filter.neighborhoods must be neighborhood slugs' })
  @Matches(/^[a-z0-9-]{1,60}$/, {
    each: true,
    message: 'filter.neighborhoods must be neighborhood slugs',
  })
  neighborhoods?: string[];

  @Field(() => [BusinessStageEnum], {
    nullable: true,
    description: 'Members at these stages; opportunities for them (or for any stage)',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES, { message: `filter.stages lists at most ${MAX_VALUES} values` })
  @IsIn(BUSINESS_STAGES, { each: true, message: 'filter.stages must be business stages' })
  stages?: BusinessStage[];

  @Field(() => [OrganizationTypeEnum], {
    nullable: true,
    description: 'Organizations of these types, and opportunities posted for them',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES, {
    message: `filter.organizationTypes lists at most ${MAX_VALUES} values`,
  })
  @IsIn(ORGANIZATION_TYPES, {
    each: true,
    message: 'filter.organizationTypes must be organization types',
  })
  organizationTypes?: OrganizationType[];

  @Field({
    nullable: true,
    description: 'Verified organizations and opportunities of verified organizations only',
  })
  @IsOptional()
  @IsBoolean({ message: 'filter.verifiedOnly must be true or false' })
  verifiedOnly?: boolean;

  @Field({
    nullable: true,
    description:
      'Within two hops of you: such members, organizations with such a member, opportunities posted by one or for such an organization. Signing in required.',
  })
  @IsOptional()
  @IsBoolean({ message: 'filter.inMyNetwork must be true or false' })
  inMyNetwork?: boolean;
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Words to find, any length and characters (only the first 200 characters and 8 words count); empty with filters browses newest first',
  })
  @IsString({ message: 'query must be text' })
  query: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter;
}
