import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import type { MemberEntity } from '../members/member.entity.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { NotificationEntity } from './notification.entity.js';
import type { Notification, NotificationSettings } from './notification.model.js';
import {
  ALWAYS_SENT,
  DEFAULT_CHANNELS,
  NOTIFICATION_TYPES,
  notificationPath,
  type NotificationChannel,
  type NotificationData,
  type NotificationType,
} from './notification.types.js';
import { NotificationsRepository } from './notifications.repository.js';
import { digestMail, notificationMail, type MailItem } from './notifications.templates.js';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';

/** The trigger of one member's live notifications: each subscriber hears only their own. */
const addedTrigger = (memberId: string) => `notificationAdded.${memberId}`;

/** What a transaction wrote for a member; hand it to `publish` once the transaction committed. */
export interface NotificationAdded {
  readonly memberId: string;
  readonly notificationId: string;
}

/** One thing to tell one member. Messages go through `messageReceived`, which collapses them. */
export interface Notice {
  readonly memberId: string;
  readonly type: Exclude<NotificationType, 'MESSAGE_RECEIVED' | 'MATCH_DIGEST'>;
  /** Who did it; a member is never told of their own act. */
  readonly actorId?: string | null;
  readonly subjectId?: string | null;
  readonly data?: NotificationData | null;
}

/** Where members change what they are sent. */
const SETTINGS_PATH = '/account';
/** How often each process looks for digests to send (claims make several processes safe). */
const DIGEST_SWEEP_MS = 15 * 60 * 1000;
/** A notification waits this long, for the member to see it in the app, before a digest takes it. */
const DIGEST_GRACE_SECONDS = 60 * 60;
const DIGEST_BATCH = 100;

/**
 * In-app notifications, mail for what matters, and the daily digest of the rest.
 *
 * Producers call `notify` (or `messageReceived`) inside their own transaction: the notification,
 * and its mail when the member chose EMAIL, are written with the change or not at all. What it
 * returns goes to `publish` after the commit, so that nobody hears live of a change that was
 * rolled back:
 *
 *     const added: NotificationAdded[] = [];
 *     await this.dataSource.transaction(async (manager) => {
 *       // …the change…
 *       added.push(...(await this.notifications.notify(manager, { memberId, type, actorId })));
 *     });
 *     await this.notifications.publish(added);
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly sweep = new PeriodicJob(
    'Digest sweep',
    DIGEST_SWEEP_MS,
    () => this.sendDigests(),
    this.logger,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.sweep.start();
  }

  onModuleDestroy(): void {
    this.sweep.stop();
  }

  // ---------------------------------------------------------------- producing

  /**
   * Writes notifications in the caller's transaction, as each recipient chose: OFF writes
   * nothing, EMAIL also queues a mail in their language. Returns what to publish after commit.
   */
  async notify(
    manager: EntityManager,
    notices: Notice | readonly Notice[],
  ): Promise<NotificationAdded[]> {
    const added: NotificationAdded[] = [];
    for (const notice of ([] as Notice[]).concat(notices)) {
      if (notice.actorId && notice.actorId === notice.memberId) continue;
      const channel = await this.channelFor(manager, notice.memberId, notice.type);
      if (channel === 'OFF') continue;
      const recipient = await this.liveMember(manager, notice.memberId);
      if (!recipient) continue;
      const row = await this.repository.insert(manager, {
        memberId: notice.memberId,
        type: notice.type,
        actorId: notice.actorId ?? null,
        subjectId: notice.subjectId ?? null,
        data: notice.data ?? null,
        mailedAt: channel === 'EMAIL' ? new Date() : null,
      });
      if (channel === 'EMAIL') await this.mailAtOnce(manager, recipient, row);
      added.push({ memberId: row.memberId, notificationId: row.id });
    }
    return added;
  }

  /**
   * A message in a conversation, for its other participants: while one's MESSAGE_RECEIVED for
   * the conversation is unread it counts one more (and moves to the top) instead of adding
   * another; a member who chose EMAIL is mailed once per unread run, not per message.
   */
  async messageReceived(
    manager: EntityManager,
    conversationId: string,
    recipientIds: readonly string[],
    senderId: string,
  ): Promise<NotificationAdded[]> {
    const added: NotificationAdded[] = [];
    for (const memberId of new Set(recipientIds)) {
      if (memberId === senderId) continue;
      const channel = await this.channelFor(manager, memberId, 'MESSAGE_RECEIVED');
      if (channel === 'OFF') continue;
      const recipient = await this.liveMember(manager, memberId);
      if (!recipient) continue;
      const { id, messageCount } = await this.repository.addMessage(manager, {
        memberId,
        conversationId,
        senderId,
        mailedAt: channel === 'EMAIL' ? new Date() : null,
      });
      if (channel === 'EMAIL' && messageCount === 1) {
        await this.mailAtOnce(manager, recipient, {
          type: 'MESSAGE_RECEIVED',
          actorId: senderId,
          subjectId: conversationId,
          data: { messageCount },
        });
      }
      added.push({ memberId, notificationId: id });
    }
    return added;
  }

  /** The member read the conversation: its MESSAGE_RECEIVED is read too. */
  markConversationRead(
    manager: EntityManager,
    memberId: string,
    conversationId: string,
  ): Promise<void> {
    return this.repository.markSubjectRead(manager, memberId, 'MESSAGE_RECEIVED', conversationId);
  }

  /** Takes back notifications about something undone (a withdrawn connection request). */
  retract(manager: EntityManager, type: NotificationType, subjectId: string): Promise<void> {
    return this.repository.deleteAbout(manager, type, subjectId);
  }

  /** Live delivery, after the commit; never fails the change that caused it. */
  async publish(added: readonly NotificationAdded[]): Promise<void> {
    await Promise.all(
      added.map((event) => this.realtime.publish(addedTrigger(event.memberId), event)),
    );
  }

  // ---------------------------------------------------------------- reading

  /** The viewer's notifications, newest first; those from members hidden from them are left out. */
  async page(
    viewer: Viewer,
    first: number,
    after: string | undefined,
  ): Promise<Page<Notification>> {
    const rows = await this.repository.page(viewer.id, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: await this.views(page, viewer), pageInfo };
  }

  /** Counts what `page` would show unread. */
  async unreadCount(viewer: Viewer): Promise<number> {
    const byActor = await this.repository.unreadByActor(viewer.id);
    const { shown } = await this.actors(
      byActor.flatMap((row) => (row.actorId ? [row.actorId] : [])),
      viewer,
    );
    return byActor.reduce(
      (sum, row) => (!row.actorId || shown(row.actorId) ? sum + row.count : sum),
      0,
    );
  }

  /** Marks the viewer's own notifications read (all when `ids` is omitted); returns the unread count. */
  async markRead(viewer: Viewer, ids: readonly string[] | undefined): Promise<number> {
    const unique = ids ? [...new Set(ids)] : undefined;
    await this.dataSource.transaction(async (manager) => {
      if (unique) {
        const own = await this.repository.ownIds(manager, viewer.id, unique);
        if (own.size !== unique.length) {
          throw new AppException(
            ErrorKind.NOT_FOUND,
            'NOTIFICATION_NOT_FOUND',
            'ids names a notification that is not yours',
            'ids',
          );
        }
      }
      await this.repository.markRead(manager, viewer.id, unique);
    });
    return this.unreadCount(viewer);
  }

  /** The live feed of the viewer's own notifications (a collapsed message comes again, updated). */
  added(viewer: Viewer): AsyncIterableIterator<Notification> {
    const source = this.realtime.untilSessionsEnd(
      viewer.id,
      this.realtime.asyncIterator<NotificationAdded>(addedTrigger(viewer.id)),
    );
    return mapEvents(source, async (event) => {
      if (event.memberId !== viewer.id) return null;
      try {
        const row = await this.repository.findOne(viewer.id, event.notificationId);
        return row ? ((await this.views([row], viewer))[0] ?? null) : null;
      } catch (error) {
        // The list still has it; one lost live update must not end the subscription.
        this.logger.warn(`Live notification not delivered: ${String(error)}`);
        return null;
      }
    });
  }

  // ---------------------------------------------------------------- settings

  async settings(viewer: Viewer): Promise<NotificationSettings> {
    const [preferences, digest] = await Promise.all([
      this.repository.preferencesOf(viewer.id),
      this.repository.digestOf(viewer.id),
    ]);
    const chosen = new Map(preferences.map((row) => [row.type, row.channel]));
    return {
      preferences: NOTIFICATION_TYPES.filter((type) => !ALWAYS_SENT.has(type)).map((type) => ({
        type,
        channel: chosen.get(type) ?? DEFAULT_CHANNELS[type],
      })),
      dailyDigest: digest?.enabled ?? true,
    };
  }

  async updateSettings(
    viewer: Viewer,
    input: {
      preferences?: readonly { type: NotificationType; channel: NotificationChannel }[];
      dailyDigest?: boolean;
    },
  ): Promise<NotificationSettings> {
    const preferences = input.preferences ?? [];
    const types = preferences.map((preference) => preference.type);
    const fixed = types.find((type) => ALWAYS_SENT.has(type));
    if (fixed) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'TYPE_ALWAYS_SENT',
        `${fixed} is always sent, in the app and by mail`,
        'preferences',
      );
    }
    const repeated = types.find((type, index) => types.indexOf(type) !== index);
    if (repeated) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'TYPE_REPEATED',
        `preferences names ${repeated} more than once`,
        'preferences',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.liveMember(manager, viewer.id))) {
        throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
      }
      await this.repository.savePreferences(manager, viewer.id, preferences);
      if (input.dailyDigest !== undefined) {
        await this.repository.setDigest(manager, viewer.id, input.dailyDigest);
      }
    });
    return this.settings(viewer);
  }

  /**
   * Members who chose `channel` for `type` (an explicit choice: defaults are not listed), by id
   * after `after`, at most `limit`: for mailings that are off by default, such as MATCH_DIGEST.
   */
  membersChoosing(
    type: NotificationType,
    channel: NotificationChannel,
    after: string | undefined,
    limit: number,
  ): Promise<string[]> {
    return this.repository.membersChoosing(type, channel, after, limit);
  }

  /** The member's channel for a type, read in the caller's transaction. */
  channelIn(
    manager: EntityManager,
    memberId: string,
    type: NotificationType,
  ): Promise<NotificationChannel> {
    return this.channelFor(manager, memberId, type);
  }

  // ---------------------------------------------------------------- the daily digest

  /**
   * Queues today's digest for every member who has notifications they have neither read nor
   * been mailed (the oldest at least an hour old) and had no digest in the last day. Each member
   * is claimed with a row update before anything is written, so any number of processes may
   * sweep at once; running it again sends nothing new. `at` stands for now (tests move it on).
   * Returns how many digests were queued.
   */
  async sendDigests(at: Date = new Date()): Promise<number> {
    let queued = 0;
    const seen = new Set<string>();
    for (;;) {
      const due = (
        await this.repository.dueForDigest(at, DIGEST_GRACE_SECONDS, DIGEST_BATCH)
      ).filter((id) => !seen.has(id));
      if (due.length === 0) break;
      for (const memberId of due) {
        seen.add(memberId);
        try {
          if (await this.digestFor(memberId, at)) queued += 1;
        } catch (error) {
          this.logger.warn(`Digest for ${memberId} failed: ${String(error)}`);
        }
      }
    }
    if (queued > 0) this.logger.log(`Queued ${queued} daily digest(s)`);
    return queued;
  }

  private async digestFor(memberId: string, at: Date): Promise<boolean> {
    // Read (and ask who is visible) before the transaction: nothing may wait on a second
    // connection while it is open.
    const recipient = await this.members.findById(memberId);
    if (!recipient || recipient.deletedAt) return false;
    const pending = await this.repository.pendingFor(memberId);
    if (pending.length === 0) return false;
    const viewer = { id: recipient.id, roles: recipient.roles };
    const { profiles: actors, shown } = await this.actors(
      pending.flatMap((row) => (row.actorId ? [row.actorId] : [])),
      viewer,
    );
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.claimDigest(manager, memberId, at))) return false;
      const taken = await this.repository.markMailed(
        manager,
        memberId,
        pending.map((row) => row.id),
        at,
      );
      const items = pending.flatMap((row): MailItem[] => {
        const actor = row.actorId ? actors.get(row.actorId) : undefined;
        if (!taken.has(row.id) || (row.actorId && !shown(row.actorId))) return [];
        return [this.mailItem(row, actor?.displayName ?? null)];
      });
      if (items.length === 0) return false;
      await this.mail.send(
        manager,
        digestMail(this.recipientOf(recipient), items, this.settingsLink()),
      );
      return true;
    });
  }

  // ---------------------------------------------------------------- data rights

  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  /** On account deletion, in its transaction. */
  forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    return this.repository.forgetMember(manager, memberId);
  }

  // ---------------------------------------------------------------- helpers

  private async channelFor(
    manager: EntityManager,
    memberId: string,
    type: NotificationType,
  ): Promise<NotificationChannel> {
    if (ALWAYS_SENT.has(type)) return 'EMAIL';
    return (await this.repository.channelOf(manager, memberId, type)) ?? DEFAULT_CHANNELS[type];
  }

  private async liveMember(manager: EntityManager, id: string): Promise<MemberEntity | null> {
    const member = await this.members.findById(id, manager);
    return member && !member.deletedAt ? member : null;
  }

  private async mailAtOnce(
    manager: EntityManager,
    recipient: MemberEntity,
    row: Pick<NotificationEntity, 'type' | 'actorId' | 'subjectId' | 'data'>,
  ): Promise<void> {
    const actor = row.actorId ? await this.liveMember(manager, row.actorId) : null;
    // A member hidden or suspended now is not named.
    const named = actor && !this.members.isWithheld(actor) ? actor : null;
    await this.mail.send(
      manager,
      notificationMail(
        this.recipientOf(recipient),
        this.mailItem(row, named?.displayName ?? null),
        this.settingsLink(),
      ),
    );
  }

  private mailItem(
    row: Pick<NotificationEntity, 'type' | 'subjectId' | 'data'>,
    actorName: string | null,
  ): MailItem {
    return {
      type: row.type,
      actorName,
      data: row.data,
      link: `${this.config.linkBaseUrl}${notificationPath(row.type, row.subjectId, row.data)}`,
    };
  }

  private recipientOf(member: MemberEntity) {
    return { email: member.email, name: member.displayName, locale: member.locale };
  }

  private settingsLink(): string {
    return `${this.config.linkBaseUrl}${SETTINGS_PATH}`;
  }

  /**
   * Notifications as the viewer may see them: those whose actor is hidden from them by a block
   * (or gone) are left out; those of an actor hidden or suspended by moderation stay, without
   * the actor (no way to their profile).
   */
  private async views(rows: NotificationEntity[], viewer: Viewer): Promise<Notification[]> {
    const { profiles, shown } = await this.actors(
      rows.flatMap((row) => (row.actorId ? [row.actorId] : [])),
      viewer,
    );
    return rows.flatMap((row) => {
      if (row.actorId && !shown(row.actorId)) return [];
      return [toView(row, row.actorId ? (profiles.get(row.actorId) ?? null) : null)];
    });
  }

  /**
   * The actors' profiles as the viewer may see them, and which actors' notifications are shown:
   * those with a profile for the viewer, and those withheld by moderation (without one).
   */
  private async actors(ids: string[], viewer: Viewer) {
    const profiles = await this.members.profileMap(ids, viewer);
    const missing = ids.filter((id) => !profiles.has(id));
    const withheld =
      missing.length > 0
        ? await this.members.withheldAmong(missing, { viewer })
        : new Set<string>();
    return { profiles, shown: (id: string) => profiles.has(id) || withheld.has(id) };
  }
}

function toView(row: NotificationEntity, actor: Member | null): Notification {
  const data = row.data ?? {};
  return {
    id: row.id,
    type: row.type,
    actor,
    subjectId: row.subjectId,
    path: notificationPath(row.type, row.subjectId, row.data),
    messageCount: row.type === 'MESSAGE_RECEIVED' ? (data.messageCount ?? 1) : null,
    requestAnswer: data.answer ?? null,
    introductionId: data.introductionId ?? null,
    organizationName: data.organizationName ?? null,
    organizationSlug: data.organizationSlug ?? null,
    opportunityTitle: data.opportunityTitle ?? null,
    approved: data.approved ?? null,
    decisionNote: data.note ?? null,
    reason: row.type === 'MODERATION_WARNING' ? (data.reason ?? '') : null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

/**
 * Maps a pub/sub stream one event at a time, skipping events mapped to null. Unsubscribing
 * returns the source at once (an async generator would wait for the next event to notice).
 */
function mapEvents<T, U>(
  source: AsyncIterableIterator<T>,
  map: (event: T) => Promise<U | null>,
): AsyncIterableIterator<U> {
  const done = (): IteratorResult<U> => ({ done: true, value: undefined });
  const iterator: AsyncIterableIterator<U> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done) return done();
        const mapped = await map(result.value);
        if (mapped !== null) return { done: false, value: mapped };
      }
    },
    async return() {
      await source.return?.();
      return done();
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
