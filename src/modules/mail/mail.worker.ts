import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MailRepository } from './mail.repository.js';
import { MAIL_TRANSPORT, type MailTransport } from './mail.transport.js';

const BATCH = 20;
const CLAIM_SECONDS = 60;
const MAX_ATTEMPTS = 8;
const POLL_MS = 1000;

/** Seconds before retry n: 30 s, 1 min, 2 min, … capped at one hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** (attempt - 1));
}

/**
 * Sends queued mail in the background with retries and backoff. Several processes may run it:
 * each claims its own rows. A mail that fails MAX_ATTEMPTS times is marked FAILED and kept.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly mail: MailRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.drain(), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }

  /** Sends what is due now; returns how many went out. One pass at a time per process. */
  drain(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    let sent = 0;
    try {
      for (const mail of await this.mail.claimDue(BATCH, CLAIM_SECONDS)) {
        try {
          await this.transport.send(mail);
          await this.mail.markSent(mail.id);
          sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const retryAt =
            mail.attempts >= MAX_ATTEMPTS
              ? null
              : new Date(Date.now() + retryDelaySeconds(mail.attempts) * 1000);
          await this.mail.markFailedAttempt(mail.id, message, retryAt);
          this.logger.warn(
            { mailId: mail.id, attempt: mail.attempts, error: message },
            'mail not sent',
          );
        }
      }
    } catch (error) {
      // The database may be away for a moment; the next pass tries again.
      this.logger.warn(
        { error: error instanceof Error ? error.message : String(error) },
        'mail pass failed',
      );
    }
    return sent;
  }
}
