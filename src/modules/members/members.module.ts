import { Module } from '@nestjs/common';
import { MembersRepository } from './members.repository.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({
  providers: [MembersRepository, MembersService, MembersResolver],
  exports: [MembersService],
})
export class MembersModule {}
