import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ConnectionsModule } from '../connections/connections.module.js';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { IntroductionsModule } from '../introductions/introductions.module.js';
import { MatchmakingModule } from '../matchmaking/matchmaking.module.js';
import { MembersModule } from '../members/members.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';

@Module({
  imports: [
    AuthModule,
    MembersModule,
    ConnectionsModule,
    ConnectorsModule,
    IntroductionsModule,
    MatchmakingModule,
    MessagesModule,
    ModerationModule,
    NotificationsModule,
    OpportunitiesModule,
    OrganizationsModule,
  ],
  providers: [AccountService, AccountResolver],
})
export class AccountModule {}
