import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../common/database/returning-rows.js';
import { decodeCursor } from '../../common/graphql/pagination.js';
import {
  NotificationDigestEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
} from './notification.entity.js';
import type { NotificationChannel, NotificationType } from './notification.types.js';

/** Notifications, the members' choices about them, and the daily digest's claims. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private notifications(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(NotificationEntity);
  }

  // ---------------------------------------------------------------- writing

  async insert(
    manager: EntityManager,
    values: Pick<
      NotificationEntity,
      'memberId' | 'type' | 'actorId' | 'subjectId' | 'data' | 'mailedAt'
    >,
  ): Promise<NotificationEntity> {
    const repo = this.notifications(manager);
    return repo.save(repo.create(values));
  }

  /**
   * A new message for a member: adds to their unread MESSAGE_RECEIVED of the conversation (one
   * more, newest sender, latest time) or starts one. One statement, so concurrent messages
   * never make two. `keepMailed`: whether an update leaves its mail state alone (the member
   * was mailed at once) or makes it due for the next digest again.
   */
  async addMessage(
    manager: EntityManager,
    values: { memberId: string; conversationId: string; senderId: string; mailedAt: Date | null },
  ): Promise<{ id: string; messageCount: number }> {
    const rows = await manager.query<{ id: string; messageCount: number }[]>(
      `INSERT INTO notification (member_id, type, actor_id, subject_id, data, mailed_at)
       VALUES ($1, 'MESSAGE_RECEIVED', $3, $2, '{"messageCount": 1}', $4)
       ON CONFLICT (member_id, subject_id) WHERE type = 'MESSAGE_RECEIVED' AND read_at IS NULL
       DO UPDATE SET
         actor_id = EXCLUDED.actor_id,
         created_at = now(),
         data = jsonb_set(coalesce(notification.data, '{}'), '{messageCount}',
                          to_jsonb(coalesce((notification.data->>'messageCount')::int, 1) + 1)),
         mailed_at = CASE WHEN EXCLUDED.mailed_at IS NULL THEN NULL ELSE notification.mailed_at END
       RETURNING id, (data->>'messageCount')::int AS "messageCount"`,
      [values.memberId, values.conversationId, values.senderId, values.mailedAt],
    );
    return rows[0];
  }

  /** Takes back what was said about a subject that no longer stands (a withdrawn request). */
  async deleteAbout(
    manager: EntityManager,
    type: NotificationType,
    subjectId: string,
  ): Promise<void> {
    await this.notifications(manager).delete({ type, subjectId });
  }

  /** Marks a member's notifications read: the given ones, or all. Returns how many changed. */
  async markRead(
    manager: EntityManager,
    memberId: string,
    ids: readonly string[] | undefined,
  ): Promise<number> {
    const [, count] = await manager.query<[unknown, number]>(
      `UPDATE notification SET read_at = now()
       WHERE member_id = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($2)' : ''}`,
      ids ? [memberId, ids] : [memberId],
    );
    return count;
  }

  async markSubjectRead(
    manager: EntityManager,
    memberId: string,
    type: NotificationType,
    subjectId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE notification SET read_at = now()
       WHERE member_id = $1 AND type = $2 AND subject_id = $3 AND read_at IS NULL`,
      [memberId, type, subjectId],
    );
  }

  /** Which of `ids` are the member's own. */
  async ownIds(manager: EntityManager, memberId: string, ids: readonly string[]) {
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM notification WHERE member_id = $1 AND id = ANY($2)',
      [memberId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  // ---------------------------------------------------------------- reading

  /** One page of a member's notifications, newest first (one more row than asked, if any). */
  page(memberId: string, first: number, after: string | undefined): Promise<NotificationEntity[]> {
    const query = this.notifications()
      .createQueryBuilder('n')
      .where('n.memberId = :memberId', { memberId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first + 1);
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      query.andWhere('(n.createdAt, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    return query.getMany();
  }

  findOne(memberId: string, id: string): Promise<NotificationEntity | null> {
    return this.notifications().findOneBy({ memberId, id });
  }

  /** Unread notifications by who caused them, so that hidden actors can be left out. */
  unreadByActor(memberId: string): Promise<{ actorId: string | null; count: number }[]> {
    return this.dataSource.query(
      `SELECT actor_id AS "actorId", count(*)::int AS count FROM notification
       WHERE member_id = $1 AND read_at IS NULL GROUP BY actor_id`,
      [memberId],
    );
  }

  // ---------------------------------------------------------------- preferences

  async channelOf(
    manager: EntityManager,
    memberId: string,
    type: NotificationType,
  ): Promise<NotificationChannel | null> {
    const row = await manager
      .getRepository(NotificationPreferenceEntity)
      .findOneBy({ memberId, type });
    return row?.channel ?? null;
  }

  preferencesOf(memberId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager)
      .getRepository(NotificationPreferenceEntity)
      .find({ where: { memberId }, order: { type: 'ASC' } });
  }

  async savePreferences(
    manager: EntityManager,
    memberId: string,
    preferences: readonly { type: NotificationType; channel: NotificationChannel }[],
  ): Promise<void> {
    if (preferences.length === 0) return;
    await manager.getRepository(NotificationPreferenceEntity).upsert(
      preferences.map(({ type, channel }) => ({ memberId, type, channel })),
      ['memberId', 'type'],
    );
  }

  async membersChoosing(
    type: NotificationType,
    channel: NotificationChannel,
    after: string | undefined,
    limit: number,
  ): Promise<string[]> {
    const rows = await this.dataSource.query<{ member_id: string }[]>(
      `SELECT member_id FROM notification_preference
       WHERE type = $1 AND channel = $2 AND ($3::uuid IS NULL OR member_id > $3::uuid)
       ORDER BY member_id LIMIT $4`,
      [type, channel, after ?? null, limit],
    );
    return rows.map((row) => row.member_id);
  }

  digestOf(memberId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager)
      .getRepository(NotificationDigestEntity)
      .findOneBy({ memberId });
  }

  async setDigest(manager: EntityManager, memberId: string, enabled: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO notification_digest (member_id, enabled) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET enabled = EXCLUDED.enabled`,
      [memberId, enabled],
    );
  }

  // ---------------------------------------------------------------- the daily digest

  /**
   * Members with unread notifications never mailed, the oldest at least `graceSeconds` old,
   * who want the digest and had none in the last day.
   */
  async dueForDigest(at: Date, graceSeconds: number, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ member_id: string }[]>(
      `SELECT DISTINCT n.member_id FROM notification n
       LEFT JOIN notification_digest d ON d.member_id = n.member_id
       WHERE n.read_at IS NULL AND n.mailed_at IS NULL
         AND n.created_at <= $1::timestamptz - make_interval(secs => $2)
         AND (d.member_id IS NULL
              OR (d.enabled AND (d.last_sent_at IS NULL
                                 OR d.last_sent_at <= $1::timestamptz - interval '1 day')))
       LIMIT $3`,
      [at, graceSeconds, limit],
    );
    return rows.map((row) => row.member_id);
  }

  /** Unread notifications a member was never mailed, newest first. */
  pendingFor(memberId: string): Promise<NotificationEntity[]> {
    return this.notifications()
      .createQueryBuilder('n')
      .where('n.memberId = :memberId AND n.readAt IS NULL AND n.mailedAt IS NULL', { memberId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }

  /**
   * Claims today's digest of a member with one row update: true for exactly one caller a day,
   * however many processes sweep at once (the row lock makes the second wait, then find the
   * day taken). False too when the member turned the digest off.
   */
  async claimDigest(manager: EntityManager, memberId: string, at: Date): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO notification_digest (member_id, enabled, last_sent_at) VALUES ($1, true, $2)
       ON CONFLICT (member_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at
       WHERE notification_digest.enabled
         AND (notification_digest.last_sent_at IS NULL
              OR notification_digest.last_sent_at <= $2::timestamptz - interval '1 day')
       RETURNING member_id`,
      [memberId, at],
    );
    return rows.length > 0;
  }

  /** Marks those of `ids` still unread and never mailed as mailed; returns which they were. */
  async markMailed(
    manager: EntityManager,
    memberId: string,
    ids: readonly string[],
    at: Date,
  ): Promise<Set<string>> {
    const result: unknown = await manager.query(
      `UPDATE notification SET mailed_at = $3
       WHERE member_id = $1 AND id = ANY($2) AND read_at IS NULL AND mailed_at IS NULL
       RETURNING id`,
      [memberId, ids, at],
    );
    return new Set(returningRows<{ id: string }>(result).map((row) => row.id));
  }

  // ---------------------------------------------------------------- data rights

  async exportFor(manager: EntityManager, memberId: string) {
    const [notifications, preferences, digest] = await Promise.all([
      manager.query<Record<string, unknown>[]>(
        `SELECT n.type, a.handle AS actor, n.subject_id AS "subjectId", n.data,
                n.created_at AS "createdAt", n.read_at AS "readAt", n.mailed_at AS "mailedAt"
         FROM notification n LEFT JOIN member a ON a.id = n.actor_id
         WHERE n.member_id = $1 ORDER BY n.created_at, n.id`,
        [memberId],
      ),
      this.preferencesOf(memberId, manager),
      this.digestOf(memberId, manager),
    ]);
    return {
      notifications,
      preferences: preferences.map(({ type, channel }) => ({ type, channel })),
      dailyDigest: digest?.enabled ?? true,
      lastDigestSentAt: digest?.lastSentAt ?? null,
    };
  }

  /** The member's notifications and settings, and what others were told of them. */
  async forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query('DELETE FROM notification WHERE member_id = $1 OR actor_id = $1', [
      memberId,
    ]);
    await manager.getRepository(NotificationPreferenceEntity).delete({ memberId });
    await manager.getRepository(NotificationDigestEntity).delete({ memberId });
  }
}
