import { Global, Module } from '@nestjs/common';
import { SpamSignals } from './spam-signals.js';
import { StandingRepository } from './standing.repository.js';
import { StandingResolver } from './standing.resolver.js';
import { StandingService } from './standing.service.js';

/**
 * Standing and spam defense. Global: the services of every module that posts or messages call
 * StandingService.assertMayAct in their transactions; moderation subscribes to SpamSignals.
 */
@Global()
@Module({
  providers: [StandingRepository, StandingService, SpamSignals, StandingResolver],
  exports: [StandingService, SpamSignals],
})
export class StandingModule {}
