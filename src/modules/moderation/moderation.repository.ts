import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../common/database/returning-rows.js';
import type { ProfileLink } from '../members/profile.types.js';
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

/** A case's row with its report tally, as the queue lists it. */
export interface CaseRow {
  id: string;
  targetType: ReportTargetType;
  targetId: string;
  ownerId: string | null;
  status: CaseStatus;
  source: CaseSource;
  autoHidden: boolean;
  openedAt: Date;
  lastReportedAt: Date;
  resolvedAt: Date | null;
  resolution: ModerationAction | null;
  contentSnapshot: ContentSnapshot;
  flags: SpamFlag[];
  reasons: ReportReason[];
  reportCount: number;
}

/** A target as it is now, with what it means to one viewer (the reporter). */
export interface LiveTarget {
  type: ReportTargetType;
  id: string;
  snapshot: ContentSnapshot;
  /** What a reporter saw: a name, a title, a message's first words. */
  label: string;
  hiddenAt: Date | null;
  ownerId: string | null;
  viewerOwns: boolean;
  viewerSees: boolean;
}

export interface ReportRow {
  id: string;
  targetType: ReportTargetType;
  targetId: string;
  targetLabel: string;
  reason: ReportReason;
  note: string;
  status: ReportStatus;
  caseId: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface PersonRow {
  id: string;
  displayName: string;
  handle: string;
  email: string;
  joinedAt: Date;
  emailVerifiedAt: Date | null;
  hiddenAt: Date | null;
  suspendedAt: Date | null;
  suspendedUntil: Date | null;
  restrictedAt: Date | null;
}

export interface StaffRow extends PersonRow {
  locale: string;
}

export interface CaseReportRow {
  id: string;
  caseId: string;
  reason: ReportReason;
  note: string;
  createdAt: Date;
  reporter: PersonRow;
  reporterResolvedCount: number;
  reporterUpheldCount: number;
}

export interface HistoryRow {
  caseId: string;
  id: string;
  occurredAt: Date;
  action: string;
  reason: string | null;
  actorName: string | null;
}

/** A member's standing and the profile text DELETE_CONTENT clears, read under a row lock. */
export interface StandingRow {
  id: string;
  hiddenAt: Date | null;
  suspendedAt: Date | null;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
  restrictedAt: Date | null;
  headline: string;
  bio: string;
  links: ProfileLink[];
  photoKey: string | null;
}

export interface QueueFilter {
  status: CaseStatus;
  targetTypes?: readonly ReportTargetType[];
  reasons?: readonly ReportReason[];
  openedBefore?: Date;
  autoHidden?: boolean;
  source?: CaseSource;
}

export interface QueueCounts {
  open: number;
  autoHidden: number;
  opportunitiesInReview: number;
  organizationsPendingVerification: number;
  connectorApplications: number;
}

/** The tables whose rows can be reported, by target type. */
const TABLE: Record<ReportTargetType, string> = {
  MEMBER: 'member',
  ORGANIZATION: 'organization',
  OPPORTUNITY: 'opportunity',
  MESSAGE: 'message',
};

/** How long a message's label is: its first words. */
const LABEL_WORDS = 80;

const CASE_COLUMNS = `c.id, c.target_type AS "targetType", c.target_id AS "targetId",
  c.owner_id AS "ownerId", c.status, c.source, c.auto_hidden AS "autoHidden",
  c.opened_at AS "openedAt", c.last_reported_at AS "lastReportedAt",
  c.resolved_at AS "resolvedAt", c.resolution, c.content_snapshot AS "contentSnapshot", c.flags,
  COALESCE((SELECT array_agg(DISTINCT r.reason) FROM content_report r WHERE r.case_id = c.id),
           '{}') AS reasons,
  (SELECT count(*)::int FROM content_report r WHERE r.case_id = c.id) AS "reportCount"`;

const REPORT_COLUMNS = `id, target_type AS "targetType", target_id AS "targetId",
  target_label AS "targetLabel", reason, note, status, case_id AS "caseId",
  created_at AS "createdAt", resolved_at AS "resolvedAt"`;

const PERSON_COLUMNS = (m: string) => `${m}.id, ${m}.display_name AS "displayName", ${m}.handle,
  ${m}.email, ${m}.created_at AS "joinedAt", ${m}.email_verified_at AS "emailVerifiedAt",
  ${m}.hidden_at AS "hiddenAt", ${m}.suspended_at AS "suspendedAt",
  ${m}.suspended_until AS "suspendedUntil", ${m}.restricted_at AS "restrictedAt"`;

/**
 * Reports, cases and the staff digest; and the moderation columns of the tables that can be
 * reported (hidden_at; a member's standing), which no other module writes.
 */
@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- targets

  /**
   * The targets among `ids` as they are now, whatever their visibility; the viewer (a reporter)
   * only fills in viewerOwns and viewerSees. One statement for any number of ids.
   */
  async liveTargets(
    type: ReportTargetType,
    ids: readonly string[],
    viewer: { id: string; staff: boolean } | null,
    manager?: EntityManager,
  ): Promise<LiveTarget[]> {
    if (ids.length === 0) return [];
    const viewerId = viewer?.id ?? null;
    switch (type) {
      case 'MEMBER': {
        const rows = await this.q(manager).query<
          {
            id: string;
            displayName: string;
            handle: string;
            headline: string;
            bio: string;
            links: ProfileLink[] | null;
            createdAt: Date;
            hiddenAt: Date | null;
            viewerOwns: boolean;
            viewerSees: boolean;
          }[]
        >(
          `SELECT m.id, m.display_name AS "displayName", m.handle, m.headline, m.bio, m.links,
                  m.created_at AS "createdAt", m.hidden_at AS "hiddenAt",
                  (m.id = $2::uuid) IS TRUE AS "viewerOwns",
                  (m.deleted_at IS NULL) AS "viewerSees"
           FROM member m WHERE m.id = ANY($1::uuid[])`,
          [ids, viewerId],
        );
        return rows.map((row) => ({
          type,
          id: row.id,
          snapshot: {
            title: row.displayName,
            body: [
              row.headline,
              row.bio,
              ...(row.links ?? []).map((link) => `${link.label}: ${link.url}`),
            ]
              .filter((part) => part.length > 0)
              .join('\n\n'),
            path: `/m/${row.handle}`,
            createdAt: row.createdAt.toISOString(),
          },
          label: row.displayName,
          hiddenAt: row.hiddenAt,
          ownerId: row.id,
          viewerOwns: row.viewerOwns,
          viewerSees: row.viewerSees,
        }));
      }
      case 'ORGANIZATION': {
        const rows = await this.q(manager).query<
          {
            id: string;
            name: string;
            slug: string;
            description: string;
            website: string | null;
            createdAt: Date;
            hiddenAt: Date | null;
            ownerId: string | null;
            viewerOwns: boolean;
          }[]
        >(
          `SELECT o.id, o.name, o.slug, o.description, o.website, o.created_at AS "createdAt",
                  o.hidden_at AS "hiddenAt",
                  (SELECT om.member_id FROM organization_member om
                   WHERE om.organization_id = o.id AND om.role = 'OWNER'
                   ORDER BY om.created_at, om.member_id LIMIT 1) AS "ownerId",
                  EXISTS (SELECT 1 FROM organization_member om
                          WHERE om.organization_id = o.id AND om.member_id = $2::uuid) AS "viewerOwns"
           FROM organization o WHERE o.id = ANY($1::uuid[])`,
          [ids, viewerId],
        );
        return rows.map((row) => ({
          type,
          id: row.id,
          snapshot: {
            title: row.name,
            body: [row.description, row.website ?? '']
              .filter((part) => part.length > 0)
              .join('\n\n'),
            path: `/o/${row.slug}`,
            createdAt: row.createdAt.toISOString(),
          },
          label: row.name,
          hiddenAt: row.hiddenAt,
          ownerId: row.ownerId,
          viewerOwns: row.viewerOwns,
          viewerSees: true,
        }));
      }
      case 'OPPORTUNITY': {
        const rows = await this.q(manager).query<
          {
            id: string;
            title: string;
            description: string;
            createdAt: Date;
            hiddenAt: Date | null;
            ownerId: string | null;
            viewerOwns: boolean;
            viewerSees: boolean;
          }[]
        >(
          `SELECT p.id, p.title, p.description, p.created_at AS "createdAt",
                  p.hidden_at AS "hiddenAt", p.poster_id AS "ownerId",
                  ((p.poster_id = $2::uuid) IS TRUE OR EXISTS (
                     SELECT 1 FROM organization_member om
                     WHERE om.organization_id = p.organization_id AND om.member_id = $2::uuid
                       AND om.role IN ('OWNER', 'ADMIN'))) AS "viewerOwns",
                  (p.status = 'PUBLISHED' OR $3::boolean) AS "viewerSees"
           FROM opportunity p WHERE p.id = ANY($1::uuid[])`,
          [ids, viewerId, viewer?.staff ?? false],
        );
        return rows.map((row) => ({
          type,
          id: row.id,
          snapshot: {
            title: row.title,
            body: row.description,
            path: `/opportunities/${row.id}`,
            createdAt: row.createdAt.toISOString(),
          },
          label: row.title,
          hiddenAt: row.hiddenAt,
          ownerId: row.ownerId,
          viewerOwns: row.viewerOwns,
          viewerSees: row.viewerSees,
        }));
      }
      case 'MESSAGE': {
        const rows = await this.q(manager).query<
          {
            id: string;
            senderName: string;
            body: string;
            createdAt: Date;
            hiddenAt: Date | null;
            ownerId: string;
            viewerOwns: boolean;
            viewerSees: boolean;
          }[]
        >(
          `SELECT g.id, s.display_name AS "senderName", g.body, g.created_at AS "createdAt",
                  g.hidden_at AS "hiddenAt", g.sender_id AS "ownerId",
                  (g.sender_id = $2::uuid) IS TRUE AS "viewerOwns",
                  EXISTS (SELECT 1 FROM conversation_participant cp
                          WHERE cp.conversation_id = g.conversation_id
                            AND cp.member_id = $2::uuid) AS "viewerSees"
           FROM message g JOIN member s ON s.id = g.sender_id
           WHERE g.id = ANY($1::uuid[])`,
          [ids, viewerId],
        );
        return rows.map((row) => ({
          type,
          id: row.id,
          snapshot: {
            title: row.senderName,
            body: row.body,
            path: null,
            createdAt: row.createdAt.toISOString(),
          },
          label: firstWords(row.body),
          hiddenAt: row.hiddenAt,
          ownerId: row.ownerId,
          viewerOwns: row.viewerOwns,
          viewerSees: row.viewerSees,
        }));
      }
    }
  }

  /** Locks a target's row and answers when it was hidden; undefined when it is gone. */
  async lockHidden(
    manager: EntityManager,
    type: ReportTargetType,
    id: string,
  ): Promise<{ hiddenAt: Date | null } | undefined> {
    const rows = await manager.query<{ hiddenAt: Date | null }[]>(
      `SELECT hidden_at AS "hiddenAt" FROM ${TABLE[type]} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /** Hides a target (keeping an earlier time) or shows it again. */
  async setHidden(
    manager: EntityManager,
    type: ReportTargetType,
    id: string,
    hidden: boolean,
  ): Promise<Date | null> {
    const rows = returningRows<{ hiddenAt: Date | null }>(
      await manager.query(
        `UPDATE ${TABLE[type]} SET hidden_at = CASE WHEN $2 THEN COALESCE(hidden_at, now()) END
         WHERE id = $1 RETURNING hidden_at AS "hiddenAt"`,
        [id, hidden],
      ),
    );
    return rows[0]?.hiddenAt ?? null;
  }

  /**
   * Deletes a message, an opportunity or an organization (its people, needs, offers, invitations
   * and opportunities go with it by their foreign keys); returns an organization's logo key.
   */
  async deleteTarget(
    manager: EntityManager,
    type: Exclude<ReportTargetType, 'MEMBER'>,
    id: string,
  ): Promise<{ logoKey: string | null } | undefined> {
    const logo = type === 'ORGANIZATION' ? 'logo_key' : 'NULL';
    const rows = returningRows<{ logoKey: string | null }>(
      await manager.query(
        `DELETE FROM ${TABLE[type]} WHERE id = $1 RETURNING ${logo} AS "logoKey"`,
        [id],
      ),
    );
    return rows[0];
  }

  // ---------------------------------------------------------------- members' standing

  async lockStanding(manager: EntityManager, memberId: string): Promise<StandingRow | undefined> {
    const rows = await manager.query<StandingRow[]>(
      `SELECT id, hidden_at AS "hiddenAt", suspended_at AS "suspendedAt",
              suspended_until AS "suspendedUntil", suspension_reason AS "suspensionReason",
              restricted_at AS "restrictedAt", headline, bio, links, photo_key AS "photoKey"
       FROM member WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
      [memberId],
    );
    return rows[0];
  }

  async suspend(
    manager: EntityManager,
    memberId: string,
    until: Date | null,
    reason: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE member SET suspended_at = now(), suspended_until = $2, suspension_reason = $3,
              updated_at = now()
       WHERE id = $1`,
      [memberId, until, reason],
    );
  }

  async unsuspend(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(
      `UPDATE member SET suspended_at = NULL, suspended_until = NULL, suspension_reason = NULL,
              updated_at = now()
       WHERE id = $1`,
      [memberId],
    );
  }

  async setRestricted(manager: EntityManager, memberId: string, restricted: boolean) {
    await manager.query(
      `UPDATE member SET restricted_at = CASE WHEN $2 THEN COALESCE(restricted_at, now()) END,
              updated_at = now()
       WHERE id = $1`,
      [memberId, restricted],
    );
  }

  /** DELETE_CONTENT on a member: what they wrote about themselves goes; the account stays. */
  async clearProfile(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(
      `UPDATE member SET headline = '', bio = '', links = '[]', photo_key = NULL,
              updated_at = now()
       WHERE id = $1`,
      [memberId],
    );
  }

  // ---------------------------------------------------------------- reports

  async findReport(
    manager: EntityManager,
    reporterId: string,
    type: ReportTargetType,
    targetId: string,
  ): Promise<ReportRow | undefined> {
    const rows = await manager.query<ReportRow[]>(
      `SELECT ${REPORT_COLUMNS} FROM content_report
       WHERE reporter_id = $1 AND target_type = $2 AND target_id = $3`,
      [reporterId, type, targetId],
    );
    return rows[0];
  }

  /** Inserts a report; undefined when the reporter already reported the target (raced). */
  async insertReport(
    manager: EntityManager,
    values: {
      reporterId: string;
      targetType: ReportTargetType;
      targetId: string;
      targetLabel: string;
      reason: ReportReason;
      note: string;
      caseId: string;
    },
  ): Promise<ReportRow | undefined> {
    const rows = await manager.query<ReportRow[]>(
      `INSERT INTO content_report
         (reporter_id, target_type, target_id, target_label, reason, note, case_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (reporter_id, target_type, target_id) DO NOTHING
       RETURNING ${REPORT_COLUMNS}`,
      [
        values.reporterId,
        values.targetType,
        values.targetId,
        values.targetLabel,
        values.reason,
        values.note,
        values.caseId,
      ],
    );
    return rows[0];
  }

  /** A reporter's reports, newest first, after the keyset cursor. */
  myReports(
    reporterId: string,
    limit: number,
    after: [string, string] | undefined,
  ): Promise<ReportRow[]> {
    return this.dataSource.query<ReportRow[]>(
      `SELECT ${REPORT_COLUMNS} FROM content_report
       WHERE reporter_id = $1
         AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [reporterId, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  /** Members who reported the case (one report each per target). */
  async reporterCount(manager: EntityManager, caseId: string): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(
      'SELECT count(DISTINCT reporter_id)::int AS count FROM content_report WHERE case_id = $1',
      [caseId],
    );
    return row.count;
  }

  // ---------------------------------------------------------------- cases

  /**
   * Opens the target's case, or adds to the open one: the snapshot and owner are refreshed, a
   * spam flag appended. The row lock this takes makes concurrent reports of a target queue up.
   */
  async upsertOpenCase(
    manager: EntityManager,
    values: {
      targetType: ReportTargetType;
      targetId: string;
      ownerId: string | null;
      source: CaseSource;
      snapshot: ContentSnapshot;
      flags: SpamFlag[];
    },
  ): Promise<{ id: string; autoHidden: boolean }> {
    const [row] = await manager.query<{ id: string; autoHidden: boolean }[]>(
      `INSERT INTO moderation_case (target_type, target_id, owner_id, source, content_snapshot, flags)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)
       ON CONFLICT (target_type, target_id) WHERE status = 'OPEN' DO UPDATE
         SET last_reported_at = now(),
             owner_id = COALESCE(EXCLUDED.owner_id, moderation_case.owner_id),
             content_snapshot = EXCLUDED.content_snapshot,
             flags = moderation_case.flags || EXCLUDED.flags
       RETURNING id, auto_hidden AS "autoHidden"`,
      [
        values.targetType,
        values.targetId,
        values.ownerId,
        values.source,
        JSON.stringify(values.snapshot),
        JSON.stringify(values.flags),
      ],
    );
    return row;
  }

  async markAutoHidden(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query('UPDATE moderation_case SET auto_hidden = true WHERE id = $1', [caseId]);
  }

  /** Cases by id, locked for the caller's transaction (in id order, so that bulk calls never deadlock). */
  lockCases(manager: EntityManager, ids: readonly string[]): Promise<CaseRow[]> {
    return manager.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM moderation_case c
       WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
      [ids],
    );
  }

  /** Cases by id, in no particular order. */
  casesByIds(ids: readonly string[]): Promise<CaseRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM moderation_case c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Decides open cases and their reports: UPHELD when staff acted, DISMISSED when not. */
  async resolve(
    manager: EntityManager,
    caseIds: readonly string[],
    decision: { reports: Exclude<ReportStatus, 'OPEN'>; action: ModerationAction; by: string },
  ): Promise<void> {
    if (caseIds.length === 0) return;
    await manager.query(
      `UPDATE moderation_case SET status = 'RESOLVED', resolved_at = now(), resolution = $2,
              resolved_by = $3
       WHERE id = ANY($1::uuid[]) AND status = 'OPEN'`,
      [caseIds, decision.action, decision.by],
    );
    await manager.query(
      `UPDATE content_report SET status = $2, resolved_at = now()
       WHERE case_id = ANY($1::uuid[]) AND status = 'OPEN'`,
      [caseIds, decision.reports],
    );
  }

  /** One page of the queue (limit rows after the cursor) and the number of matching cases. */
  async queue(
    filter: QueueFilter,
    limit: number,
    after: [string, string] | undefined,
  ): Promise<{ rows: CaseRow[]; totalCount: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`c.status = ${param(filter.status)}`];
    if (filter.targetTypes?.length) {
      where.push(`c.target_type = ANY(${param(filter.targetTypes)}::varchar[])`);
    }
    if (filter.reasons?.length) {
      where.push(`EXISTS (SELECT 1 FROM content_report r WHERE r.case_id = c.id
                          AND r.reason = ANY(${param(filter.reasons)}::varchar[]))`);
    }
    if (filter.openedBefore) where.push(`c.opened_at <= ${param(filter.openedBefore)}`);
    if (filter.autoHidden !== undefined) where.push(`c.auto_hidden = ${param(filter.autoHidden)}`);
    if (filter.source) where.push(`c.source = ${param(filter.source)}`);
    const matching = where.join(' AND ');
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM moderation_case c WHERE ${matching}`,
      params,
    );
    // Open cases oldest first (the longest waiting on top); decided ones newest decided first.
    const open = filter.status === 'OPEN';
    const key = open ? 'c.opened_at' : 'c.resolved_at';
    const page = [...where];
    if (after) {
      page.push(
        `(${key}, c.id) ${open ? '>' : '<'} (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`,
      );
    }
    const direction = open ? 'ASC' : 'DESC';
    const rows = await this.dataSource.query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS} FROM moderation_case c WHERE ${page.join(' AND ')}
       ORDER BY ${key} ${direction}, c.id ${direction} LIMIT ${param(limit)}`,
      params,
    );
    return { rows, totalCount: count };
  }

  async counts(): Promise<QueueCounts> {
    const [row] = await this.dataSource.query<QueueCounts[]>(
      `SELECT (SELECT count(*)::int FROM moderation_case WHERE status = 'OPEN') AS open,
              (SELECT count(*)::int FROM moderation_case
               WHERE status = 'OPEN' AND auto_hidden) AS "autoHidden",
              (SELECT count(*)::int FROM opportunity
               WHERE status = 'IN_REVIEW') AS "opportunitiesInReview",
              (SELECT count(*)::int FROM organization
               WHERE verification_requested_at IS NOT NULL AND verified_at IS NULL)
                AS "organizationsPendingVerification",
              (SELECT count(*)::int FROM connector_application
               WHERE status = 'PENDING') AS "connectorApplications"`,
    );
    return row;
  }

  // ---------------------------------------------------------------- a page's context, batched

  async people(ids: readonly string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query<PersonRow[]>(
      `SELECT ${PERSON_COLUMNS('m')} FROM member m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The reports of cases, oldest first, each with its reporter and their record. */
  async reportsOfCases(caseIds: readonly string[]): Promise<CaseReportRow[]> {
    if (caseIds.length === 0) return [];
    const rows = await this.dataSource.query<
      (Omit<CaseReportRow, 'reporter'> & { reporterId: string } & Omit<PersonRow, 'id'>)[]
    >(
      `SELECT r.id, r.case_id AS "caseId", r.reason, r.note, r.created_at AS "createdAt",
              r.reporter_id AS "reporterId", m.display_name AS "displayName", m.handle, m.email,
              m.created_at AS "joinedAt", m.email_verified_at AS "emailVerifiedAt",
              m.hidden_at AS "hiddenAt", m.suspended_at AS "suspendedAt",
              m.suspended_until AS "suspendedUntil", m.restricted_at AS "restrictedAt",
              record.resolved AS "reporterResolvedCount", record.upheld AS "reporterUpheldCount"
       FROM content_report r
       JOIN member m ON m.id = r.reporter_id
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS resolved, (count(*) FILTER (WHERE p.status = 'UPHELD'))::int AS upheld
         FROM content_report p
         WHERE p.reporter_id = r.reporter_id AND p.id <> r.id AND p.created_at < r.created_at
           AND p.status <> 'OPEN'
       ) record
       WHERE r.case_id = ANY($1::uuid[])
       ORDER BY r.created_at, r.id`,
      [caseIds],
    );
    return rows.map((row) => ({
      id: row.id,
      caseId: row.caseId,
      reason: row.reason,
      note: row.note,
      createdAt: row.createdAt,
      reporterResolvedCount: row.reporterResolvedCount,
      reporterUpheldCount: row.reporterUpheldCount,
      reporter: {
        id: row.reporterId,
        displayName: row.displayName,
        handle: row.handle,
        email: row.email,
        joinedAt: row.joinedAt,
        emailVerifiedAt: row.emailVerifiedAt,
        hiddenAt: row.hiddenAt,
        suspendedAt: row.suspendedAt,
        suspendedUntil: row.suspendedUntil,
        restrictedAt: row.restrictedAt,
      },
    }));
  }

  /**
   * For each case, the audit entries about its target or its owner (as a member), newest first,
   * at most `limit` each, with the actor's name.
   */
  async history(
    keys: readonly {
      caseId: string;
      targetType: string;
      targetId: string;
      ownerId: string | null;
    }[],
    limit: number,
  ): Promise<HistoryRow[]> {
    if (keys.length === 0) return [];
    return this.dataSource.query<HistoryRow[]>(
      `SELECT k.case_id AS "caseId", e.id, e.occurred_at AS "occurredAt", e.action, e.reason,
              a.display_name AS "actorName"
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
              AS k(case_id, target_type, target_id, owner_id)
       CROSS JOIN LATERAL (
         SELECT * FROM audit_entry x
         WHERE (x.target_type = k.target_type AND x.target_id = k.target_id)
            OR (x.target_type = 'member' AND x.target_id = k.owner_id)
         ORDER BY x.occurred_at DESC, x.id DESC
         LIMIT $5
       ) e
       LEFT JOIN member a ON a.id = e.actor_id
       ORDER BY k.case_id, e.occurred_at DESC, e.id DESC`,
      [
        keys.map((key) => key.caseId),
        keys.map((key) => key.targetType),
        keys.map((key) => key.targetId),
        keys.map((key) => key.ownerId),
        limit,
      ],
    );
  }

  /** Reports against each owner's content, in all their cases. */
  async reportsAgainst(ownerIds: readonly string[]): Promise<Map<string, number>> {
    if (ownerIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ ownerId: string; count: number }[]>(
      `SELECT c.owner_id AS "ownerId", count(*)::int AS count
       FROM moderation_case c JOIN content_report r ON r.case_id = c.id
       WHERE c.owner_id = ANY($1::uuid[])
       GROUP BY c.owner_id`,
      [ownerIds],
    );
    return new Map(rows.map((row) => [row.ownerId, row.count]));
  }

  // ---------------------------------------------------------------- the staff digest

  /** Staff members (not deleted, not suspended now) by id after `after`, at most `limit`. */
  staffAfter(after: string | undefined, limit: number): Promise<StaffRow[]> {
    return this.dataSource.query<StaffRow[]>(
      `SELECT ${PERSON_COLUMNS('m')}, m.locale FROM member m
       WHERE 'STAFF' = ANY(m.roles) AND m.deleted_at IS NULL
         AND NOT (m.suspended_at IS NOT NULL
                  AND (m.suspended_until IS NULL OR m.suspended_until > now()))
         AND ($1::uuid IS NULL OR m.id > $1::uuid)
       ORDER BY m.id LIMIT $2`,
      [after ?? null, limit],
    );
  }

  /** Claims a staff member's digest for a day: true for exactly one caller per member and day. */
  async claimDigest(manager: EntityManager, memberId: string, day: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO moderation_digest (member_id, last_sent_on) VALUES ($1, $2::date)
       ON CONFLICT (member_id) DO UPDATE SET last_sent_on = EXCLUDED.last_sent_on
       WHERE moderation_digest.last_sent_on < EXCLUDED.last_sent_on
       RETURNING member_id`,
      [memberId, day],
    );
    return rows.length > 0;
  }

  // ---------------------------------------------------------------- data rights

  /** The reports a member made, for their data export. */
  exportFor(manager: EntityManager, memberId: string) {
    return manager.query<Record<string, unknown>[]>(
      `SELECT target_type AS "targetType", target_id AS "targetId", target_label AS "targetLabel",
              reason, note, status, created_at AS "createdAt", resolved_at AS "resolvedAt"
       FROM content_report WHERE reporter_id = $1 ORDER BY created_at, id`,
      [memberId],
    );
  }

  async forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query('DELETE FROM moderation_digest WHERE member_id = $1', [memberId]);
  }
}

/** A message's first words, for a label. */
function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_WORDS) return flat;
  const cut = flat.slice(0, LABEL_WORDS);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_WORDS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
