import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MemberEntity } from '../members/member.entity.js';

/**
 * One connection is two rows, (a, b) and (b, a), written together: every graph step is then one
 * indexed lookup by `member_id`, in either direction.
 */
@Entity({ name: 'connection' })
// A member's connections newest first: the connections page, and the recent connections that
// people-you-may-know looks through.
@Index('connection_member_recent', ['memberId', 'createdAt', 'otherId'])
export class ConnectionEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'other_id', type: 'uuid' })
  otherId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_id' })
  other?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const CONNECTION_REQUEST_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type ConnectionRequestStatus = (typeof CONNECTION_REQUEST_STATUSES)[number];

@Entity({ name: 'connection_request' })
@Index('connection_request_pending_pair', ['senderId', 'recipientId'], {
  unique: true,
  where: `status = 'PENDING'`,
})
@Index('connection_request_sender_created', ['senderId', 'createdAt'])
@Index('connection_request_recipient_status', ['recipientId', 'status'])
export class ConnectionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id' })
  sender?: MemberEntity;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: MemberEntity;

  @Column({ type: 'varchar', length: 300, default: '' })
  note: string;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: ConnectionRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}

/** A block hides each from the other; nobody is told. */
@Entity({ name: 'member_block' })
@Index('member_block_blocked', ['blockedId'])
export class MemberBlockEntity {
  @PrimaryColumn({ name: 'blocker_id', type: 'uuid' })
  blockerId: string;

  @PrimaryColumn({ name: 'blocked_id', type: 'uuid' })
  blockedId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocker_id' })
  blocker?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_id' })
  blocked?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** "Not interested" on a suggestion: gone from people-you-may-know from then on. */
@Entity({ name: 'suggestion_dismissal' })
export class SuggestionDismissalEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'dismissed_id', type: 'uuid' })
  dismissedId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dismissed_id' })
  dismissed?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
