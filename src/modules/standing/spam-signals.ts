import { Injectable, Logger } from '@nestjs/common';

/** What the spam defenses noticed about a member, for the moderation queue. */
export interface SpamSignal {
  memberId: string;
  /** The kind of action: a daily-limit key such as `messages` or `connectionRequests`. */
  activity: string;
  /** What happened, for staff: "10 messages within 60 seconds". */
  note: string;
}

export type SpamSignalListener = (signal: SpamSignal) => void | Promise<void>;

/**
 * Where the spam defenses tell what they noticed. The standing module emits after the
 * transaction of the action (committed or refused) and at most once per member, activity and
 * day; moderation listens and opens a case. A listener that fails is logged and never fails
 * the emitter or the other listeners.
 */
@Injectable()
export class SpamSignals {
  private readonly logger = new Logger(SpamSignals.name);
  private readonly listeners = new Set<SpamSignalListener>();

  /** Returns the unsubscribe function. */
  subscribe(listener: SpamSignalListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async emit(signal: SpamSignal): Promise<void> {
    this.logger.warn(`Spam signal for member ${signal.memberId}: ${signal.note}`);
    await Promise.all(
      [...this.listeners].map(async (listener) => {
        try {
          await listener(signal);
        } catch (error) {
          this.logger.error(`A spam signal listener failed: ${String(error)}`);
        }
      }),
    );
  }
}
