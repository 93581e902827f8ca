import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MemberEntity } from '../members/member.entity.js';
import type {
  NotificationChannel,
  NotificationData,
  NotificationType,
} from './notification.types.js';

/**
 * Something that happened that a member should know of. One row per recipient; a member's
 * unread messages in one conversation share one row (its count and time move on).
 */
@Entity({ name: 'notification' })
@Index('notification_member_created', ['memberId', 'createdAt', 'id'])
@Index('notification_member_unread', ['memberId'], { where: 'read_at IS NULL' })
// At most one unread MESSAGE_RECEIVED per member and conversation: new messages update it.
@Index('notification_unread_conversation', ['memberId', 'subjectId'], {
  unique: true,
  where: `type = 'MESSAGE_RECEIVED' AND read_at IS NULL`,
})
// What the daily digest may still pick up.
@Index('notification_digest_pending', ['createdAt'], {
  where: 'read_at IS NULL AND mailed_at IS NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 40 })
  type: NotificationType;

  /** Who did it; shown only while the recipient may see them (no block, not deleted). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: MemberEntity;

  /** The request, introduction, invitation or conversation it is about. */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: NotificationData | null;

  /** For a collapsed MESSAGE_RECEIVED, the time of the latest message. */
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out by mail, at once (EMAIL) or in a daily digest; never mailed twice. */
  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt: Date | null;
}

/** A member's choice for one type; without a row, the type's default applies. */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  type: NotificationType;

  @Column({ type: 'varchar', length: 8 })
  channel: NotificationChannel;
}

/**
 * The daily digest of one member: whether they want it, and when the last one was claimed
 * (a row update, so that two processes never send the same day's digest). No row: wanted.
 */
@Entity({ name: 'notification_digest' })
export class NotificationDigestEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'last_sent_at', type: 'timestamptz', nullable: true })
  lastSentAt: Date | null;
}
