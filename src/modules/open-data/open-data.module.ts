import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { OpenDataController } from './open-data.controller.js';
import { OpenDataRepository } from './open-data.repository.js';
import { OpenDataService } from './open-data.service.js';

@Module({
  imports: [CityModule],
  controllers: [OpenDataController],
  providers: [OpenDataRepository, OpenDataService],
})
export class OpenDataModule {}
