import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';

export type AuditRecord = Pick<AuditEntryEntity, 'actorId' | 'action' | 'targetType' | 'targetId'> &
  Partial<Pick<AuditEntryEntity, 'reason' | 'before' | 'after'>>;

/** Writes audit entries inside the caller's transaction: the entry exists exactly when the action does. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const row = manager.getRepository(AuditEntryEntity).create({
      reason: null,
      before: null,
      after: null,
      ...entry,
    });
    await manager.getRepository(AuditEntryEntity).save(row);
  }

  /** Entries about a member, as actor or target, for their data export. */
  about(manager: EntityManager, memberId: string): Promise<AuditEntryEntity[]> {
    return manager
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.actor_id = :memberId', { memberId })
      .orWhere("entry.target_type = 'member' AND entry.target_id = :targetId", {
        targetId: memberId,
      })
      .orderBy('entry.occurred_at', 'ASC')
      .getMany();
  }
}
