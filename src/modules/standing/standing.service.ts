import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
} from 'typeorm';
import { accountSuspended } from '../../common/auth/suspension.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import type { AppConfig } from '../../config/app-config.js';
import type { SpamDefense } from '../../config/city-profile.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { linksIn, totalLinks, type LinkFields } from './links.js';
import { SignUpFormTokens } from './sign-up-form-token.js';
import { SpamSignals, type SpamSignal } from './spam-signals.js';
import { StandingErrorCode, StandingException } from './standing.exception.js';
import { StandingRepository, type CountedActivity } from './standing.repository.js';

/**
 * What a member may be kept from doing. The counted ones have a daily limit for new and
 * unverified accounts; the others are only refused to a restricted member.
 */
export type StandingActivity =
  | CountedActivity
  /** Publishing or editing an opportunity (creating one is `opportunities`). */
  | 'opportunityEdits'
  /** Expressing interest in an opportunity with a message. */
  | 'interests'
  /** Creating an organization. */
  | 'organizations';

const COUNTED: ReadonlySet<StandingActivity> = new Set<CountedActivity>([
  'connectionRequests',
  'messages',
  'opportunities',
  'introductions',
]);

/** How the activities read in a sentence. */
const NOUNS: Record<CountedActivity, string> = {
  connectionRequests: 'connection requests',
  messages: 'messages',
  opportunities: 'opportunities',
  introductions: 'introductions',
};
const VERBS: Record<CountedActivity, string> = {
  connectionRequests: 'send',
  messages: 'send',
  opportunities: 'post',
  introductions: 'propose or request',
};

interface PendingSignal extends SpamSignal {
  /** A refusal's signal goes out although its transaction rolled back; a burst's only on commit. */
  evenIfRolledBack: boolean;
}

/**
 * A member's standing and the spam defenses: suspended members cannot act at all (the access
 * guard refuses them first), restricted members cannot post or message, and new or unverified
 * accounts meet daily limits, a limit on links, and the sign-up checks against robots.
 * Suspicious bursts and reached limits go to SpamSignals once the transaction is over.
 */
@Injectable()
export class StandingService implements OnModuleInit {
  private readonly logger = new Logger(StandingService.name);
  private readonly defense: SpamDefense;
  private readonly formTokens: SignUpFormTokens;
  /** Signals waiting for the end of the transaction that raised them. */
  private readonly pending = new WeakMap<QueryRunner, PendingSignal[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StandingRepository,
    private readonly signals: SpamSignals,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.defense = config.city.spamDefense;
    this.formTokens = new SignUpFormTokens(config.authSecret, this.defense.minFormSeconds);
  }

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event) => this.transactionEnded(event.queryRunner, true),
      afterTransactionRollback: (event) => this.transactionEnded(event.queryRunner, false),
    };
    this.dataSource.subscribers.push(subscriber);
  }

  // ---------------------------------------------------------------- acting

  /**
   * Refuses what the member may not do now, in the caller's transaction and before it writes:
   * ACCOUNT_SUSPENDED, ACCOUNT_RESTRICTED, or DAILY_LIMIT_REACHED (a new or unverified account
   * over its limit for the last 24 hours). Locks the member's row until the transaction ends,
   * so that concurrent actions are counted one at a time.
   */
  async assertMayAct(
    manager: EntityManager,
    memberId: string,
    activity: StandingActivity,
  ): Promise<void> {
    const standing = await this.repository.standing(
      manager,
      memberId,
      this.defense.newAccountDays,
      true,
    );
    if (!standing) {
      throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
    }
    if (standing.suspended) {
      throw accountSuspended(standing.suspendedUntil, standing.suspensionReason);
    }
    if (standing.restricted) {
      throw new StandingException(
        StandingErrorCode.ACCOUNT_RESTRICTED,
        'Your account is restricted: you cannot post or send messages. Contact the city staff if you think this is a mistake.',
      );
    }
    if (!standing.limited || !COUNTED.has(activity)) return;
    const counted = activity as CountedActivity;
    const limit = this.defense.dailyLimits[counted];
    const { burst } = this.defense;
    const done = await this.repository.recentCounts(
      manager,
      memberId,
      counted,
      burst.windowSeconds,
    );
    if (done.day >= limit) {
      this.signalAfter(manager, {
        memberId,
        activity: counted,
        note: `Reached the daily limit of ${limit} ${NOUNS[counted]} for new or unverified accounts`,
        evenIfRolledBack: true,
      });
      throw new StandingException(
        StandingErrorCode.DAILY_LIMIT_REACHED,
        `New or unverified accounts may ${VERBS[counted]} ${limit} ${NOUNS[counted]} a day; please try again tomorrow`,
        undefined,
        { activity: counted, limit },
      );
    }
    // This action is the burst's last: count of the kind within the window, this one included.
    if (done.burst + 1 >= burst.count) {
      this.signalAfter(manager, {
        memberId,
        activity: counted,
        note: `${done.burst + 1} ${NOUNS[counted]} within ${burst.windowSeconds} seconds from a new or unverified account`,
        evenIfRolledBack: false,
      });
    }
  }

  /**
   * Refuses more than the city's number of links (listed addresses and links in text) in what
   * a new or unverified member writes: a profile, an organization, an opportunity. `before` is
   * what is stored now: an edit that adds no links passes, so that nobody is stuck with what a
   * stricter city profile no longer allows. The refusal names the field that went over.
   */
  async assertFewLinks(
    manager: EntityManager,
    memberId: string,
    after: LinkFields,
    before: LinkFields = {},
  ): Promise<void> {
    const max = this.defense.maxProfileLinks;
    const total = totalLinks(after);
    if (total <= max || total <= totalLinks(before)) return;
    const standing = await this.repository.standing(
      manager,
      memberId,
      this.defense.newAccountDays,
      false,
    );
    if (!standing?.limited) return;
    const field = fieldOverTheLimit(after, before, max);
    throw new StandingException(
      StandingErrorCode.TOO_MANY_LINKS,
      `New or unverified accounts may show at most ${max} link${max === 1 ? '' : 's'} in all; ${field} would make ${total}`,
      field,
      { limit: max },
    );
  }

  // ---------------------------------------------------------------- signing up

  /** For the sign-up form: a signed token with the time it was shown. */
  signUpFormToken(): string {
    return this.formTokens.issue();
  }

  /**
   * Before anything is written for a sign-up: the honeypot (`website`, a field people never
   * see) must be empty, and the form must have taken a person's time to fill. A missing
   * formToken is allowed, for API clients that never show a form; rate limits still hold.
   */
  assertHumanSignUp(input: { website?: string | null; formToken?: string | null }): void {
    if (input.website?.trim()) {
      this.logger.warn('A sign-up filled the honeypot field; refused');
      // Says nothing of why, so that robots learn nothing.
      throw new StandingException(
        StandingErrorCode.SPAM_SUSPECTED,
        'We could not create your account. Please try again later.',
      );
    }
    if (input.formToken) this.formTokens.check(input.formToken);
  }

  // ---------------------------------------------------------------- signals

  /**
   * Holds a signal until the transaction ends: a listener may write (a moderation case), and
   * nothing may wait on a second connection while the transaction is open.
   */
  private signalAfter(manager: EntityManager, signal: PendingSignal): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      void this.send([signal]);
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push(signal);
    this.pending.set(runner, list);
  }

  /** Called by TypeORM after COMMIT or ROLLBACK; never awaited, so the connection is freed. */
  private transactionEnded(runner: QueryRunner, committed: boolean): void {
    // A savepoint ending inside a longer transaction is not the end.
    if (runner.isTransactionActive) return;
    const list = this.pending.get(runner);
    if (!list) return;
    this.pending.delete(runner);
    const due = list.filter((signal) => committed || signal.evenIfRolledBack);
    if (due.length > 0) void this.send(due);
  }

  /** Once per member, activity and day: the spam_signal table decides, for every process. */
  private async send(signals: PendingSignal[]): Promise<void> {
    for (const { evenIfRolledBack: _when, ...signal } of signals) {
      try {
        if (await this.repository.recordSignal(signal)) await this.signals.emit(signal);
      } catch (error) {
        this.logger.error(`Could not record a spam signal: ${String(error)}`);
      }
    }
  }
}

/**
 * The field to name: of those that gained links, in order, the one with which the count goes
 * over the limit (counting first what the others hold); never a field the member did not touch.
 */
function fieldOverTheLimit(after: LinkFields, before: LinkFields, max: number): string {
  const names = Object.keys(after);
  const gained = names.filter((name) => linksIn(after[name]) > linksIn(before[name]));
  let count = names
    .filter((name) => !gained.includes(name))
    .reduce((sum, name) => sum + linksIn(after[name]), 0);
  for (const name of gained) {
    count += linksIn(after[name]);
    if (count > max) return name;
  }
  return gained.at(-1) ?? names[0];
}
