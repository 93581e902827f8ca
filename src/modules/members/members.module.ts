import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MediaModule } from '../media/media.module.js';
import { MembersRepository } from './members.repository.js';
import { PhotoController } from './photo.controller.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [CityModule, MediaModule],
  controllers: [PhotoController],
  providers: [MembersRepository, MembersService, MembersResolver],
  exports: [MembersService],
})
export class MembersModule {}
