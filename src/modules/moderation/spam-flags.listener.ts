import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SpamSignals } from '../standing/spam-signals.js';
import { ModerationService } from './moderation.service.js';

/** What the spam defenses notice (bursts, reached limits) waits in the staff queue as a case. */
@Injectable()
export class SpamFlagsListener implements OnModuleInit, OnModuleDestroy {
  private unsubscribe?: () => void;

  constructor(
    private readonly signals: SpamSignals,
    private readonly moderation: ModerationService,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.signals.subscribe(async ({ memberId, note }) => {
      await this.moderation.flagSuspicious({ memberId, note });
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }
}
