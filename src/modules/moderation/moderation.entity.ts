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
  CaseSource,
  CaseStatus,
  ContentSnapshot,
  ModerationAction,
  ReportReason,
  ReportStatus,
  ReportTargetType,
  SpamFlag,
} from './moderation.types.js';

/**
 * What staff decide on: one target (a member, an organization, an opportunity or a message) with
 * the reports against it, or what the spam defenses flagged. At most one case per target is open;
 * reports after a decision open a new one.
 */
@Entity({ name: 'moderation_case' })
@Index('moderation_case_open_target', ['targetType', 'targetId'], {
  unique: true,
  where: `status = 'OPEN'`,
})
// The queue: open cases oldest first, decided ones newest decided first.
@Index('moderation_case_status_opened', ['status', 'openedAt', 'id'])
@Index('moderation_case_resolved', ['resolvedAt', 'id'], { where: `status = 'RESOLVED'` })
@Index('moderation_case_owner', ['ownerId'])
export class ModerationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'target_type', type: 'varchar', length: 12 })
  targetType: ReportTargetType;

  /** No foreign key: the case outlives content that staff delete. */
  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  /** Who the content belonged to when last reported: the member, an organization's owner, a poster, a sender. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: MemberEntity;

  @Column({ type: 'varchar', length: 12, default: 'REPORTS' })
  source: CaseSource;

  @Column({ type: 'varchar', length: 8, default: 'OPEN' })
  status: CaseStatus;

  /** Hidden automatically when enough members reported it (dismissing brings it back). */
  @Column({ name: 'auto_hidden', type: 'boolean', default: false })
  autoHidden: boolean;

  @Column({ name: 'opened_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  openedAt: Date;

  @Column({ name: 'last_reported_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastReportedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  /** The action that decided it. */
  @Column({ type: 'varchar', length: 14, nullable: true })
  resolution: ModerationAction | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: MemberEntity;

  /** The content as last reported, so that staff can read what was deleted since. */
  @Column({ name: 'content_snapshot', type: 'jsonb' })
  contentSnapshot: ContentSnapshot;

  /** What the spam defenses noticed, oldest first. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  flags: SpamFlag[];
}

/** A member's report of a target: one per member and target, ever. */
@Entity({ name: 'content_report' })
@Index('content_report_once', ['reporterId', 'targetType', 'targetId'], { unique: true })
@Index('content_report_reporter_created', ['reporterId', 'createdAt', 'id'])
@Index('content_report_case', ['caseId'])
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: MemberEntity;

  @Column({ name: 'target_type', type: 'varchar', length: 12 })
  targetType: ReportTargetType;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  /** What the reporter reported, as they saw it: a name, a title, a message's first words. */
  @Column({ name: 'target_label', type: 'varchar', length: 200 })
  targetLabel: string;

  @Column({ type: 'varchar', length: 14 })
  reason: ReportReason;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status: ReportStatus;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: ModerationCaseEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;
}

/**
 * The staff digest of one staff member: the day (UTC) of the last one, claimed with a row update
 * so that no process sends the same day's digest twice.
 */
@Entity({ name: 'moderation_digest' })
export class ModerationDigestEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'last_sent_on', type: 'date' })
  lastSentOn: string;
}
