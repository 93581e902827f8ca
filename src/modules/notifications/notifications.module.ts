import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [MembersModule],
  providers: [NotificationsRepository, NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
