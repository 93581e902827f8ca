import { Module } from '@nestjs/common';
import { CityResolver } from './city.resolver.js';
import { CityService } from './city.service.js';

@Module({
  providers: [CityService, CityResolver],
  exports: [CityService],
})
export class CityModule {}
