import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesResolver } from './messages.resolver.js';
import { MessagesService } from './messages.service.js';

@Module({
  imports: [MembersModule, ConnectionsModule, NotificationsModule],
  providers: [MessagesRepository, MessagesService, MessagesResolver],
  exports: [MessagesService],
})
export class MessagesModule {}
