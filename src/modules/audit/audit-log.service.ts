import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { decodeTimeCursor, pageOf, type Page } from '../../common/graphql/pagination.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import type { AuditEntry } from './audit-entry.model.js';
import { AuditLogRepository, type AuditLogRow } from './audit-log.repository.js';
import { csvRow } from './csv.js';
import type { AuditFilter } from './dto/audit-log.args.js';

/** How many entries the CSV export reads at a time: memory stays flat whatever the log's size. */
const CSV_BATCH = 500;

const CSV_COLUMNS = [
  'id',
  'occurred_at',
  'actor_id',
  'actor_name',
  'action',
  'target_type',
  'target_id',
  'reason',
  'before',
  'after',
];

/** Admins browse, filter and export the audit log. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repository: AuditLogRepository,
    private readonly members: MembersService,
  ) {}

  /** A page of entries, newest first. */
  async page(
    filter: AuditFilter | undefined,
    first: number,
    after: string | undefined,
  ): Promise<Page<AuditEntry>> {
    assertRange(filter, 'filter.');
    const cursor = after ? decodeTimeCursor(after) : undefined;
    const rows = await this.repository.page(filter ?? {}, first + 1, cursor);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [row.cursorKey, row.id]);
    return { nodes: page.map(toEntry), pageInfo };
  }

  actions(): Promise<string[]> {
    return this.repository.actions();
  }

  /** The actors as the admin may see them (null once gone). */
  async actors(ids: readonly string[], viewer: Viewer): Promise<(Member | null)[]> {
    const seen = await this.members.profileMap(ids, viewer);
    const missing = ids.filter((id) => !seen.has(id));
    // Blocks between the admin and an actor do not hide who acted.
    const rest = missing.length
      ? await this.members.profileMap(missing, undefined)
      : new Map<string, Member>();
    return ids.map((id) => seen.get(id) ?? rest.get(id) ?? null);
  }

  /** Refuses a range that ends before it starts; call before streaming anything. */
  assertRange(filter: AuditFilter | undefined, fieldPrefix = ''): void {
    assertRange(filter, fieldPrefix);
  }

  /**
   * The whole filtered log as CSV, newest first, read in batches as the consumer pulls: a
   * header row, then one row per entry.
   */
  async *csv(filter: AuditFilter): AsyncGenerator<string> {
    yield csvRow(CSV_COLUMNS);
    let cursor: [string, string] | undefined;
    for (;;) {
      const rows = await this.repository.page(filter, CSV_BATCH, cursor);
      if (rows.length === 0) return;
      yield rows.map(toCsvRow).join('');
      if (rows.length < CSV_BATCH) return;
      const last = rows[rows.length - 1];
      cursor = [last.cursorKey, last.id];
    }
  }
}

function assertRange(filter: AuditFilter | undefined, fieldPrefix: string): void {
  if (filter?.from && filter.to && filter.from.getTime() > filter.to.getTime()) {
    throw new AppException(
      ErrorKind.BAD_USER_INPUT,
      'RANGE_REVERSED',
      'from must not be after to',
      `${fieldPrefix}from`,
    );
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function toEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    reason: row.reason,
    before: json(row.before),
    after: json(row.after),
  };
}

function toCsvRow(row: AuditLogRow): string {
  return csvRow([
    row.id,
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorName,
    row.action,
    row.targetType,
    row.targetId,
    row.reason,
    json(row.before),
    json(row.after),
  ]);
}
