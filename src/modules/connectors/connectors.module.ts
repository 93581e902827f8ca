import { Module } from '@nestjs/common';
import { IntroductionsModule } from '../introductions/introductions.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ConnectorsRepository } from './connectors.repository.js';
import { ConnectorsResolver } from './connectors.resolver.js';
import { ConnectorsService } from './connectors.service.js';

@Module({
  imports: [MembersModule, IntroductionsModule, NotificationsModule],
  providers: [ConnectorsRepository, ConnectorsService, ConnectorsResolver],
  exports: [ConnectorsService],
})
export class ConnectorsModule {}
