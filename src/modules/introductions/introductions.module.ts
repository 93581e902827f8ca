import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module.js';
import { MembersModule } from '../members/members.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { IntroductionsRepository } from './introductions.repository.js';
import { IntroductionsResolver } from './introductions.resolver.js';
import { IntroductionsService } from './introductions.service.js';

@Module({
  imports: [MembersModule, ConnectionsModule, MessagesModule, NotificationsModule],
  providers: [IntroductionsRepository, IntroductionsService, IntroductionsResolver],
  exports: [IntroductionsService],
})
export class IntroductionsModule {}
