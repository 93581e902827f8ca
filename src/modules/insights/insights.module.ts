import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { InsightsRepository } from './insights.repository.js';
import { InsightsResolver } from './insights.resolver.js';
import { InsightsService } from './insights.service.js';

@Module({
  imports: [CityModule],
  providers: [InsightsRepository, InsightsService, InsightsResolver],
})
export class InsightsModule {}
