import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Opportunity } from '../opportunities/opportunity.model.js';
import type { Organization } from '../organizations/organization.model.js';
import { matchDigestMail, type DigestItem } from './match-digest.templates.js';
import { localeOf } from './match-reasons.js';
import { MatchmakingRepository } from './matchmaking.repository.js';
import { MatchmakingService, type MatchView } from './matchmaking.service.js';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';

/** How often each process looks for digests to send (claims make several processes safe). */
const DIGEST_SWEEP_MS = 60 * 60 * 1000;
/** Members read per batch of the sweep. */
const DIGEST_BATCH = 100;
/** Matches in one digest. */
export const DIGEST_MATCHES = 5;
/** Reasons shown per match in the mail. */
const DIGEST_REASONS = 3;
/** The web app's page of matches, and where mail settings are changed. */
const MATCHES_PATH = '/for-you';
const SETTINGS_PATH = '/account';

/**
 * The weekly match digest, for members who chose EMAIL for MATCH_DIGEST (it is off by default):
 * their best matches with the reasons, in their language, through the mail outbox. Each member
 * is claimed with a row update before the mail is written, in one transaction, so any number of
 * processes may sweep at once and nobody gets two digests within seven days.
 */
@Injectable()
export class MatchDigestService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MatchDigestService.name);
  private readonly sweep = new PeriodicJob(
    'Match digest sweep',
    DIGEST_SWEEP_MS,
    () => this.sendDigests(),
    this.logger,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MatchmakingRepository,
    private readonly matchmaking: MatchmakingService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
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
   * Queues this week's digest for every opted-in member who had none in the last seven days.
   * `at` stands for now (tests move it on). Returns how many digests were queued; a member with
   * no match this week is claimed all the same, and mailed nothing.
   */
  async sendDigests(at: Date = new Date()): Promise<number> {
    let queued = 0;
    let after: string | undefined;
    for (;;) {
      const chosen = await this.notifications.membersChoosing(
        'MATCH_DIGEST',
        'EMAIL',
        after,
        DIGEST_BATCH,
      );
      if (chosen.length === 0) break;
      after = chosen[chosen.length - 1];
      for (const memberId of await this.repository.dueForDigest(chosen, at)) {
        try {
          if (await this.digestFor(memberId, at)) queued += 1;
        } catch (error) {
          this.logger.warn(`Match digest for ${memberId} failed: ${String(error)}`);
        }
      }
    }
    if (queued > 0) this.logger.log(`Queued ${queued} weekly match digest(s)`);
    return queued;
  }

  private async digestFor(memberId: string, at: Date): Promise<boolean> {
    // Everything is read before the transaction: nothing may wait on a second connection
    // while it is open (the embedded engine has one).
    const member = await this.members.findById(memberId);
    if (!member || member.deletedAt) return false;
    const locale = localeOf(member.locale);
    const views = await this.matchmaking.matchesFor(
      { id: member.id, roles: member.roles },
      undefined,
      DIGEST_MATCHES,
    );
    const items = views.map((view) => this.item(view, locale));
    return this.dataSource.transaction(async (manager) => {
      // The choice is read again with the claim: turning the digest off stops it at once.
      if ((await this.notifications.channelIn(manager, memberId, 'MATCH_DIGEST')) !== 'EMAIL') {
        return false;
      }
      if (!(await this.repository.claimDigest(manager, memberId, at))) return false;
      if (items.length === 0) return false;
      await this.mail.send(
        manager,
        matchDigestMail({ email: member.email, name: member.displayName, locale }, items, {
          matches: `${this.config.linkBaseUrl}${MATCHES_PATH}`,
          settings: `${this.config.linkBaseUrl}${SETTINGS_PATH}`,
        }),
      );
      return true;
    });
  }

  private item(view: MatchView, locale: 'en' | 'es'): DigestItem {
    const match = this.matchmaking.toMatch(view, locale);
    const base = this.config.linkBaseUrl;
    const [name, link] =
      view.kind === 'MEMBER'
        ? [(view.target as Member).displayName, `${base}/m/${(view.target as Member).handle}`]
        : view.kind === 'ORGANIZATION'
          ? [(view.target as Organization).name, `${base}/o/${(view.target as Organization).slug}`]
          : [(view.target as Opportunity).title, `${base}/opportunities/${view.target.id}`];
    return {
      kind: view.kind,
      name,
      link,
      reasons: match.reasons.slice(0, DIGEST_REASONS).map((reason) => reason.text),
    };
  }
}
