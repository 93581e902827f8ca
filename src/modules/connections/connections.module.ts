import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ConnectionsRepository } from './connections.repository.js';
import { ConnectionsResolver, MemberNetworkResolver } from './connections.resolver.js';
import { ConnectionsService } from './connections.service.js';
import { GraphRepository } from './graph.repository.js';

@Module({
  imports: [MembersModule, NotificationsModule],
  providers: [
    ConnectionsRepository,
    GraphRepository,
    ConnectionsService,
    ConnectionsResolver,
    MemberNetworkResolver,
  ],
  exports: [ConnectionsService, GraphRepository],
})
export class ConnectionsModule {}
