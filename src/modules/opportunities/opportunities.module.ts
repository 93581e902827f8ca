import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import {
  OpportunitiesResolver,
  OpportunityFieldsResolver,
  OpportunityInterestFieldsResolver,
} from './opportunities.resolver.js';
import { OpportunitiesService } from './opportunities.service.js';
import { OpportunityReviewsResolver } from './opportunity-reviews.resolver.js';
import { OpportunityReviewsService } from './opportunity-reviews.service.js';

@Module({
  imports: [CityModule, MembersModule, OrganizationsModule, NotificationsModule],
  providers: [
    OpportunitiesRepository,
    OpportunitiesService,
    OpportunitiesResolver,
    OpportunityFieldsResolver,
    OpportunityInterestFieldsResolver,
    OpportunityReviewsService,
    OpportunityReviewsResolver,
  ],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
