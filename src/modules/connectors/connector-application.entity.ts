import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MemberEntity } from '../members/member.entity.js';

export const CONNECTOR_APPLICATION_STATUSES = [
  'PENDING',
  'APPROVED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type ConnectorApplicationStatus = (typeof CONNECTOR_APPLICATION_STATUSES)[number];

/**
 * A member asks city staff to make them a connector. At most one waits per member (the partial
 * unique index, whatever two requests race); decided ones stay as the programme's history.
 */
@Entity({ name: 'connector_application' })
@Index('connector_application_pending_member', ['memberId'], {
  unique: true,
  where: `status = 'PENDING'`,
})
@Index('connector_application_member_created', ['memberId', 'createdAt'])
@Index('connector_application_status_created', ['status', 'createdAt', 'id'])
export class ConnectorApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 2000 })
  motivation: string;

  /** NAICS 2-digit sector codes. */
  @Column({ type: 'varchar', length: 5, array: true })
  sectors: string[];

  /** Communities served, in the applicant's words. */
  @Column({ type: 'varchar', length: 60, array: true })
  communities: string[];

  /** Language codes, as profiles hold them. */
  @Column({ type: 'varchar', length: 8, array: true })
  languages: string[];

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: ConnectorApplicationStatus;

  /** Staff's note to the applicant; required to decline. */
  @Column({ name: 'decision_note', type: 'varchar', length: 1000, nullable: true })
  decisionNote: string | null;

  /** The staff member who decided; null once their account is gone, or when withdrawn. */
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** When it left PENDING: approved, declined or withdrawn. */
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}
