import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CityModule } from '../city/city.module.js';
import { MediaModule } from '../media/media.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ModerationDigestService } from './moderation-digest.service.js';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationCaseFieldsResolver, ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { SpamFlagsListener } from './spam-flags.listener.js';

/**
 * Reports, the staff queue and its actions. It reads the reportable tables itself rather than
 * through their modules, so that those modules (and the spam defenses in them) can import this
 * one to flag what they notice, without a cycle.
 */
@Module({
  imports: [AuthModule, CityModule, MediaModule, NotificationsModule],
  providers: [
    ModerationRepository,
    ModerationService,
    ModerationDigestService,
    ModerationResolver,
    ModerationCaseFieldsResolver,
    SpamFlagsListener,
  ],
  exports: [ModerationService],
})
export class ModerationModule {}
