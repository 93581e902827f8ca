import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per staff or account action: who, what, on what, why, before and after. Append-only:
 * a database trigger refuses UPDATE, DELETE and TRUNCATE, whatever the application does.
 */
@Entity({ name: 'audit_entry' })
@Index(['targetType', 'targetId'])
// The log newest first (keyset), and by action (its filter, and the list of actions).
@Index('audit_entry_occurred', ['occurredAt', 'id'])
@Index('audit_entry_action_occurred', ['action', 'occurredAt', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Null when the actor's account no longer exists or the system acted. */
  @Index()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 30 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 64 })
  targetId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
