import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { staffDigestMail } from './moderation-digest.templates.js';
import { ModerationRepository } from './moderation.repository.js';

/** How often each process looks for digests to send (claims make several processes safe). */
const DIGEST_SWEEP_MS = 60 * 60 * 1000;
const DIGEST_BATCH = 100;
/** The staff console's queue in the web app. */
const QUEUE_PATH = '/staff/queue';

/**
 * The daily staff digest: when anything waits (open cases, opportunities in review, organizations
 * awaiting verification), every staff member gets one mail a day with the counts and a link to the
 * queue. Each staff member's day is claimed with a row update in the transaction that queues the
 * mail, so any number of processes may sweep at once and nobody gets two in a day.
 */
@Injectable()
export class ModerationDigestService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ModerationDigestService.name);
  private readonly sweep = new PeriodicJob(
    'Staff digest sweep',
    DIGEST_SWEEP_MS,
    () => this.sendDigests(),
    this.logger,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ModerationRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.sweep.start();
  }

  onModuleDestroy(): void {
    this.sweep.stop();
  }

  /**
   * Queues today's digest (the UTC day of `at`, which stands for now) for every staff member who
   * had none today, when anything waits. Returns how many were queued.
   */
  async sendDigests(at: Date = new Date()): Promise<number> {
    const counts = await this.repository.counts();
    const waiting =
      counts.open +
      counts.opportunitiesInReview +
      counts.organizationsPendingVerification +
      counts.connectorApplications;
    if (waiting === 0) return 0;
    const day = at.toISOString().slice(0, 10);
    const link = `${this.config.linkBaseUrl}${QUEUE_PATH}`;
    let queued = 0;
    let after: string | undefined;
    for (;;) {
      const staff = await this.repository.staffAfter(after, DIGEST_BATCH);
      if (staff.length === 0) break;
      after = staff[staff.length - 1].id;
      for (const member of staff) {
        try {
          const sent = await this.dataSource.transaction(async (manager) => {
            if (!(await this.repository.claimDigest(manager, member.id, day))) return false;
            await this.mail.send(
              manager,
              staffDigestMail(
                { email: member.email, name: member.displayName, locale: member.locale },
                counts,
                link,
              ),
            );
            return true;
          });
          if (sent) queued += 1;
        } catch (error) {
          this.logger.warn(`Staff digest for ${member.id} failed: ${String(error)}`);
        }
      }
    }
    if (queued > 0) this.logger.log(`Queued ${queued} staff digest(s)`);
    return queued;
  }
}
