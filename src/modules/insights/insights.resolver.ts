import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { InsightsArgs } from './dto/insights.args.js';
import { EcosystemInsights } from './insights.model.js';
import { InsightsService } from './insights.service.js';

@Resolver(() => EcosystemInsights)
export class InsightsResolver {
  constructor(private readonly service: InsightsService) {}

  @Query(() => EcosystemInsights, {
    description:
      'Figures and charts of the network for city staff, each with its definition; counts only, never names',
  })
  @Allow(Access.STAFF)
  ecosystemInsights(@Args() { filter, locale }: InsightsArgs): Promise<EcosystemInsights> {
    return this.service.ecosystem(filter, locale);
  }
}
