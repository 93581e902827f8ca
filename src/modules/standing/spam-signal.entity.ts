import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity.js';

/**
 * A suspicious burst or a daily limit reached by a new or unverified member, told to the
 * moderation queue: the key keeps it to once per member, activity and (UTC) day, across
 * processes and restarts.
 */
@Entity({ name: 'spam_signal' })
export class SpamSignalEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  activity: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'varchar', length: 500 })
  note: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
