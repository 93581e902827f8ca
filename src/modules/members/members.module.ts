import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MembersRepository } from './members.repository.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [CityModule],
  providers: [MembersRepository, MembersService, MembersResolver],
  exports: [MembersService],
})
export class MembersModule {}
