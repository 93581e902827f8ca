import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import { ReviewOpportunityInput } from './dto/review-opportunity.input.js';
import { OpportunityConnection } from './opportunity-interest.model.js';
import { Opportunity } from './opportunity.model.js';
import { OpportunityReviewsService } from './opportunity-reviews.service.js';

/** City staff's review of opportunities the city profile holds back (IN_REVIEW). */
@Resolver()
export class OpportunityReviewsResolver {
  constructor(private readonly reviews: OpportunityReviewsService) {}

  @Query(() => OpportunityConnection, {
    description: 'Opportunities waiting for city staff, longest waiting first',
  })
  @Allow(Access.STAFF)
  opportunitiesInReview(@Args() { first, after }: PageArgs): Promise<Page<Opportunity>> {
    return this.reviews.queue(first, after);
  }

  @Mutation(() => Opportunity, {
    description:
      'IN_REVIEW → PUBLISHED (approve), or back to DRAFT with reviewNote (reject, note required); the poster side is told',
  })
  @Allow(Access.STAFF)
  reviewOpportunity(
    @Args('input') input: ReviewOpportunityInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.reviews.review(viewer, input);
  }
}
