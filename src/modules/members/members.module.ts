import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MembersRepository } from './members.repository.js';
import { PhotoController } from './photo.controller.js';
import { PhotoStore } from './photo-store.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [CityModule],
  controllers: [PhotoController],
  providers: [MembersRepository, MembersService, MembersResolver, PhotoStore],
  exports: [MembersService],
})
export class MembersModule {}
