import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MemberEntity } from '../members/member.entity.js';
import type {
  IntroductionAnswer,
  IntroductionEventKind,
  IntroductionRequestStatus,
  IntroductionStatus,
  OutcomeKind,
} from './introduction.types.js';

/** A warm introduction of two members by a third: both must accept (double opt-in). */
@Entity({ name: 'introduction' })
@Index('introduction_introducer_created', ['introducerId', 'createdAt'])
@Index('introduction_member_a_created', ['memberAId', 'createdAt'])
@Index('introduction_member_b_created', ['memberBId', 'createdAt'])
@Index('introduction_open_expiry', ['expiresAt'], { where: `status = 'PROPOSED'` })
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'introducer_id', type: 'uuid' })
  introducerId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introducer_id' })
  introducer?: MemberEntity;

  @Column({ name: 'member_a_id', type: 'uuid' })
  memberAId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_a_id' })
  memberA?: MemberEntity;

  @Column({ name: 'member_b_id', type: 'uuid' })
  memberBId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_b_id' })
  memberB?: MemberEntity;

  @Column({ type: 'varchar', length: 1000 })
  note: string;

  @Column({ type: 'varchar', length: 10, default: 'PROPOSED' })
  status: IntroductionStatus;

  @Column({ name: 'answer_a', type: 'varchar', length: 10, nullable: true })
  answerA: IntroductionAnswer | null;

  @Column({ name: 'answer_b', type: 'varchar', length: 10, nullable: true })
  answerB: IntroductionAnswer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

/** The history of an introduction, one row per step; the actor of a decline stays private. */
@Entity({ name: 'introduction_event' })
@Index('introduction_event_introduction', ['introductionId', 'occurredAt'])
export class IntroductionEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'introduction_id', type: 'uuid' })
  introductionId: string;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

  @Column({ type: 'varchar', length: 10 })
  kind: IntroductionEventKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

/** What came of a completed introduction, as each party saw it (one row per party). */
@Entity({ name: 'introduction_outcome' })
export class IntroductionOutcomeEntity {
  @PrimaryColumn({ name: 'introduction_id', type: 'uuid' })
  introductionId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 12 })
  kind: OutcomeKind;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A member asks someone connected to a target for an introduction. */
@Entity({ name: 'introduction_request' })
@Index('introduction_request_requester_created', ['requesterId', 'createdAt'])
@Index('introduction_request_introducer_created', ['introducerId', 'createdAt'])
@Index('introduction_request_pending_triple', ['requesterId', 'introducerId', 'targetId'], {
  unique: true,
  where: `status = 'PENDING'`,
})
export class IntroductionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id' })
  requester?: MemberEntity;

  @Column({ name: 'introducer_id', type: 'uuid' })
  introducerId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introducer_id' })
  introducer?: MemberEntity;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: MemberEntity;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: IntroductionRequestStatus;

  @Column({ name: 'answer_note', type: 'varchar', length: 500, default: '' })
  answerNote: string;

  @Column({ name: 'introduction_id', type: 'uuid', nullable: true })
  introductionId: string | null;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
