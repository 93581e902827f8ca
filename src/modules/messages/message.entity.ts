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
import { IntroductionEntity } from '../introductions/introduction.entity.js';
import { MemberEntity } from '../members/member.entity.js';

export const CONVERSATION_KINDS = ['DIRECT', 'INTRODUCTION'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** Two connected members, or the three people of a completed introduction. */
@Entity({ name: 'conversation' })
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  kind: ConversationKind;

  /** For DIRECT: the two member ids, sorted and joined, so that a pair has one conversation. */
  @Column({ name: 'direct_key', type: 'varchar', length: 73, nullable: true, unique: true })
  directKey: string | null;

  @Column({ name: 'introduction_id', type: 'uuid', nullable: true, unique: true })
  introductionId: string | null;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_message_at', type: 'timestamptz', precision: 3, nullable: true })
  lastMessageAt: Date | null;
}

@Entity({ name: 'conversation_participant' })
@Index('conversation_participant_member', ['memberId'])
export class ConversationParticipantEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  /** Messages after this moment (from others) are unread. */
  @Column({ name: 'last_read_at', type: 'timestamptz', nullable: true })
  lastReadAt: Date | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

/** Kept as written, so that a message can be reported and reviewed later. */
@Entity({ name: 'message' })
@Index('message_conversation_created', ['conversationId', 'createdAt'])
@Index('message_sender_created', ['senderId', 'createdAt'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id' })
  sender?: MemberEntity;

  @Column({ type: 'varchar', length: 5000 })
  body: string;

  /** Hidden by enough reports or by staff: its text is withheld from the other participants. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
