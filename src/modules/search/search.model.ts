import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import { PageInfo } from '../../common/graphql/pagination.js';
import { Member } from '../members/profile.model.js';
import { Opportunity } from '../opportunities/opportunity.model.js';
import { Organization } from '../organizations/organization.model.js';
import { SEARCH_RESULT_TYPES } from './search-document.entity.js';
import { SEARCH_MATCH_CAP } from './search-query.js';

export const SearchResultTypeEnum = enumOf(SEARCH_RESULT_TYPES);
registerEnumType(SearchResultTypeEnum, { name: 'SearchResultType' });

export type SearchTargetValue = Member | Opportunity | Organization;

export const SearchTarget = createUnionType({
  name: 'SearchTarget',
  types: () => [Member, Opportunity, Organization] as const,
  // Opportunities are instances of their model; profiles and organizations are plain views,
  // told apart by the field only one of them has.
  resolveType: (value: SearchTargetValue) =>
    value instanceof Opportunity ? Opportunity : 'slug' in value ? Organization : Member,
});

@ObjectType({ description: 'A piece of a snippet; highlighted pieces matched the query' })
export class TextSegment {
  @Field()
  text: string;

  @Field()
  highlighted: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchTarget)
  target: SearchTargetValue;

  @Field(() => Float, {
    description: 'Relevance: higher is better; 0 when browsing with filters and no words',
  })
  score: number;

  @Field(() => [TextSegment], {
    description: 'Where the words matched in its texts (plain text, never HTML)',
  })
  snippet: TextSegment[];
}

@ObjectType()
export class FacetCount {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'How many results each filter value would give: the query and every other filter applied',
})
export class SearchFacets {
  @Field(() => [FacetCount])
  types: FacetCount[];

  @Field(() => [FacetCount])
  kinds: FacetCount[];

  @Field(() => [FacetCount])
  sectors: FacetCount[];

  @Field(() => [FacetCount], {
    description:
      'Members count only where the viewer may see their location; citywide opportunities count in every neighborhood',
  })
  neighborhoods: FacetCount[];

  @Field(() => [FacetCount])
  stages: FacetCount[];

  @Field(() => [FacetCount])
  organizationTypes: FacetCount[];

  @Field(() => Int, {
    description: 'Verified organizations and opportunities of verified organizations',
  })
  verified: number;

  @Field(() => Int, { nullable: true, description: 'Null for anonymous viewers' })
  inMyNetwork: number | null;

  @Field({
    description: `True when some type had more than ${SEARCH_MATCH_CAP} matches: the counts are then over the first ${SEARCH_MATCH_CAP} of each type, so there are at least that many`,
  })
  countsAreLowerBounds: boolean;
}

@ObjectType()
export class SearchResults {
  @Field(() => [SearchHit])
  nodes: SearchHit[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, {
    description:
      'How many results, counting at most 1,000 of each type (see totalCountIsLowerBound)',
  })
  totalCount: number;

  @Field({
    description: `True when some type had more than ${SEARCH_MATCH_CAP} results: there are then at least totalCount (a client shows "totalCount+")`,
  })
  totalCountIsLowerBound: boolean;

  @Field(() => SearchFacets)
  facets: SearchFacets;
}
