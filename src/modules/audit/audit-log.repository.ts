import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditFilter } from './dto/audit-log.args.js';

/** One entry as the log shows it: with the actor's name and the keyset cursor's exact time. */
export interface AuditLogRow {
  id: string;
  occurredAt: Date;
  /** occurred_at as PostgreSQL writes it, microseconds kept: the cursor's key. */
  cursorKey: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** Reads the audit log (AuditService writes it); newest first, keyset on (occurred_at, id). */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** At most `limit` entries after the cursor `[key, id]`, newest first. */
  page(
    filter: AuditFilter,
    limit: number,
    after: readonly [key: string, id: string] | undefined,
  ): Promise<AuditLogRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (filter.actions?.length) where.push(`e.action = ANY (${param(filter.actions)}::varchar[])`);
    if (filter.targetType) where.push(`e.target_type = ${param(filter.targetType)}`);
    if (filter.targetId) where.push(`e.target_id = ${param(filter.targetId)}`);
    if (filter.actorId) where.push(`e.actor_id = ${param(filter.actorId)}::uuid`);
    if (filter.from) where.push(`e.occurred_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`e.occurred_at <= ${param(filter.to)}`);
    if (after) {
      where.push(
        `(e.occurred_at, e.id) < (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`,
      );
    }
    return this.dataSource.query<AuditLogRow[]>(
      `SELECT e.id, e.occurred_at AS "occurredAt", e.occurred_at::text AS "cursorKey",
              e.actor_id AS "actorId", m.display_name AS "actorName", e.action,
              e.target_type AS "targetType", e.target_id AS "targetId", e.reason, e.before, e.after
       FROM audit_entry e LEFT JOIN member m ON m.id = e.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT ${param(limit)}`,
      params,
    );
  }

  /** The distinct actions, by skipping along the action index rather than reading every entry. */
  async actions(): Promise<string[]> {
    const rows = await this.dataSource.query<{ action: string }[]>(
      `WITH RECURSIVE actions (action) AS (
         SELECT min(action) FROM audit_entry
         UNION ALL
         SELECT (SELECT min(e.action) FROM audit_entry e WHERE e.action > a.action)
         FROM actions a WHERE a.action IS NOT NULL
       )
       SELECT action FROM actions WHERE action IS NOT NULL ORDER BY action`,
    );
    return rows.map((row) => row.action);
  }
}
