import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { MatchDigestService } from './match-digest.service.js';
import { MatchmakingRepository } from './matchmaking.repository.js';
import { MatchmakingResolver } from './matchmaking.resolver.js';
import { MatchmakingService } from './matchmaking.service.js';

/**
 * Explainable matchmaking: recommendations with reasons, dismissals as signals, the candidates
 * of an opportunity, and the weekly match digest. The scoring is pure (match-scoring.ts), so an
 * offline evaluation can call it directly or go through the GraphQL API.
 */
@Module({
  imports: [CityModule, MembersModule, NotificationsModule, OrganizationsModule],
  providers: [MatchmakingRepository, MatchmakingService, MatchDigestService, MatchmakingResolver],
  exports: [MatchmakingService, MatchDigestService],
})
export class MatchmakingModule {}
