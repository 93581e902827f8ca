import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { decodeCursor, pageOf, type Page } from '../../common/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { CityService } from '../city/city.service.js';
import { ImageStore } from '../media/image-store.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type {
  ModerateCaseInput,
  ModerateCasesInput,
  ModerationQueueFilter,
  ReportContentInput,
} from './dto/moderation.inputs.js';
import { ModerationErrorCode, ModerationException } from './moderation.exception.js';
import type {
  ModeratedContent,
  ModerationCase,
  ModerationCaseReport,
  ModerationHistoryEntry,
  ModerationPerson,
  ModerationQueueCounts,
  Report,
} from './moderation.model.js';
import {
  ModerationRepository,
  type CaseRow,
  type LiveTarget,
  type PersonRow,
  type ReportRow,
} from './moderation.repository.js';
import {
  AUDIT_TARGET_TYPE,
  BULK_ACTIONS,
  MAX_NOTE,
  REASON_REQUIRED,
  REPORT_REASONS,
  UNDO_ACTIONS,
  auditAction,
  type ModerationAction,
  type ReportTargetType,
} from './moderation.types.js';

/** Staff actions shown for each case: the newest this many. */
const HISTORY_LIMIT = 20;

/** What a case looks like now: the live content (or the snapshot), whether hidden, its owner. */
export interface CaseState {
  content: ModeratedContent;
  hidden: boolean;
  ownerId: string | null;
}

/** One decision, checked, for one case or many. */
interface Decision {
  action: ModerationAction;
  reason: string | null;
  until: Date | null;
}

/** What must happen once the transaction committed. */
interface AfterCommit {
  added: NotificationAdded[];
  photos: string[];
  logos: string[];
  /** Members suspended now, whose live subscriptions end once the suspension is committed. */
  suspended: string[];
}

type Before = Record<string, unknown> | null;

/** The change recorded when the content was gone already. */
const GONE = { before: { exists: false }, after: { exists: false } };

/**
 * Reports and moderation. Members report what they can see; enough distinct reporters hide it
 * until staff decide. Staff work through a queue of cases (one open case per target) and act on
 * each (or on many at once): every action writes exactly one audit entry per case, in the same
 * transaction as its effect.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ModerationRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly sessions: SessionsService,
    private readonly city: CityService,
    private readonly images: ImageStore,
    private readonly realtime: RealtimeService,
  ) {}

  // ---------------------------------------------------------------- reporting

  /**
   * Reports something the viewer can see and does not own, once. The report joins the target's
   * open case (or opens one) with a fresh snapshot of the content; the reporter who brings the
   * case to the city's threshold hides the target, in the same transaction.
   */
  async report(viewer: Viewer, input: ReportContentInput): Promise<Report> {
    const note = input.note ?? '';
    if (input.reason === 'OTHER' && note.length === 0) {
      throw new ModerationException(
        ModerationErrorCode.NOTE_REQUIRED,
        'Please say what is wrong in a note when the reason is OTHER',
        'note',
      );
    }
    const threshold = this.city.moderation.autoHideAfterReports;
    const row = await this.dataSource.transaction(async (manager) => {
      const [target] = await this.repository.liveTargets(
        input.targetType,
        [input.targetId],
        { id: viewer.id, staff: isStaff(viewer) },
        manager,
      );
      if (!target?.viewerSees) throw targetNotFound('targetId');
      if (target.viewerOwns) {
        throw new ModerationException(
          ModerationErrorCode.OWN_CONTENT,
          'You cannot report your own content',
          'targetId',
        );
      }
      if (await this.repository.findReport(manager, viewer.id, target.type, target.id)) {
        throw alreadyReported();
      }
      const opened = await this.repository.upsertOpenCase(manager, {
        targetType: target.type,
        targetId: target.id,
        ownerId: target.ownerId,
        source: 'REPORTS',
        snapshot: target.snapshot,
        flags: [],
      });
      const report = await this.repository.insertReport(manager, {
        reporterId: viewer.id,
        targetType: target.type,
        targetId: target.id,
        targetLabel: target.label.slice(0, 200),
        reason: input.reason,
        note: note.slice(0, MAX_NOTE),
        caseId: opened.id,
      });
      if (!report) throw alreadyReported();
      // Hidden already (by staff, earlier) is left as it is: dismissing must not show it again.
      if (
        !opened.autoHidden &&
        target.hiddenAt === null &&
        (await this.repository.reporterCount(manager, opened.id)) >= threshold
      ) {
        await this.repository.setHidden(manager, target.type, target.id, true);
        await this.repository.markAutoHidden(manager, opened.id);
      }
      return report;
    });
    return toReport(row);
  }

  /** The viewer's reports, newest first. */
  async myReports(viewer: Viewer, first: number, after: string | undefined): Promise<Page<Report>> {
    const rows = await this.repository.myReports(viewer.id, first + 1, timeCursor(after));
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: page.map(toReport), pageInfo };
  }

  /**
   * For the spam defenses: puts a member on the queue (a new SPAM_DEFENSE case, or a flag on
   * their open case) in its own transaction. Call it after the caller's transaction committed:
   * the embedded engine has one connection, and a second transaction would wait on the first.
   * Returns the case's id.
   */
  async flagSuspicious(input: { memberId: string; note: string }): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [member] = await this.repository.liveTargets('MEMBER', [input.memberId], null, manager);
      if (!member?.viewerSees) throw targetNotFound('memberId');
      const opened = await this.repository.upsertOpenCase(manager, {
        targetType: 'MEMBER',
        targetId: member.id,
        ownerId: member.id,
        source: 'SPAM_DEFENSE',
        snapshot: member.snapshot,
        flags: [{ note: input.note.slice(0, MAX_NOTE), at: new Date().toISOString() }],
      });
      return opened.id;
    });
  }

  // ---------------------------------------------------------------- the queue

  async queue(
    filter: ModerationQueueFilter | undefined,
    first: number,
    after: string | undefined,
  ): Promise<Page<ModerationCase> & { totalCount: number }> {
    const status = filter?.status ?? 'OPEN';
    const { rows, totalCount } = await this.repository.queue(
      {
        status,
        targetTypes: filter?.targetTypes,
        reasons: filter?.reasons,
        openedBefore:
          filter?.olderThanHours !== undefined
            ? new Date(Date.now() - filter.olderThanHours * 3_600_000)
            : undefined,
        autoHidden: filter?.autoHidden,
        source: filter?.source,
      },
      first + 1,
      timeCursor(after),
    );
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      (status === 'OPEN' ? row.openedAt : (row.resolvedAt ?? row.openedAt)).toISOString(),
      row.id,
    ]);
    return { nodes: page.map(toCase), pageInfo, totalCount };
  }

  async caseById(id: string): Promise<ModerationCase | null> {
    const [row] = await this.repository.casesByIds([id]);
    return row ? toCase(row) : null;
  }

  counts(): Promise<ModerationQueueCounts> {
    return this.repository.counts();
  }

  // ---------------------------------------------------------------- a case's context, batched

  /**
   * The live state of cases, in their order: at most one statement per kind of target, however
   * many cases. Deleted content reads from the case's snapshot.
   */
  async states(cases: readonly ModerationCase[]): Promise<CaseState[]> {
    const live = await this.liveOf(cases);
    return cases.map((item) => {
      const target = live.get(`${item.targetType}:${item.targetId}`);
      const shown = target?.snapshot ?? item.snapshot;
      return {
        content: {
          title: shown.title,
          body: shown.body,
          path: shown.path,
          createdAt: shown.createdAt ? new Date(shown.createdAt) : null,
          exists: !!target,
        },
        hidden: !!target?.hiddenAt,
        ownerId: target?.ownerId ?? item.storedOwnerId,
      };
    });
  }

  async people(ids: readonly string[]): Promise<(ModerationPerson | null)[]> {
    const byId = new Map((await this.repository.people(ids)).map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? toPerson(row) : null;
    });
  }

  async reportsOf(caseIds: readonly string[]): Promise<ModerationCaseReport[][]> {
    const rows = await this.repository.reportsOfCases(caseIds);
    return caseIds.map((id) =>
      rows
        .filter((row) => row.caseId === id)
        .map((row) => ({
          id: row.id,
          reporter: toPerson(row.reporter),
          reason: row.reason,
          note: row.note,
          createdAt: row.createdAt,
          reporterResolvedCount: row.reporterResolvedCount,
          reporterUpheldCount: row.reporterUpheldCount,
        })),
    );
  }

  /** For each case (with its owner now), the staff actions on its target and its owner. */
  async histories(
    cases: readonly { item: ModerationCase; ownerId: string | null }[],
  ): Promise<ModerationHistoryEntry[][]> {
    const rows = await this.repository.history(
      cases.map(({ item, ownerId }) => ({
        caseId: item.id,
        targetType: AUDIT_TARGET_TYPE[item.targetType],
        targetId: item.targetId,
        ownerId,
      })),
      HISTORY_LIMIT,
    );
    return cases.map(({ item }) =>
      rows
        .filter((row) => row.caseId === item.id)
        .map(({ id, occurredAt, action, reason, actorName }) => ({
          id,
          occurredAt,
          action,
          reason,
          actorName,
        })),
    );
  }

  async reportCountsAgainst(ownerIds: readonly string[]): Promise<number[]> {
    const counts = await this.repository.reportsAgainst(ownerIds);
    return ownerIds.map((id) => counts.get(id) ?? 0);
  }

  // ---------------------------------------------------------------- acting

  async moderate(staff: Viewer, input: ModerateCaseInput): Promise<ModerationCase> {
    const decision = checkDecision(input);
    await this.act(staff, [input.caseId], decision, 'caseId');
    return (await this.caseById(input.caseId))!;
  }

  /** The same action on many cases (a spam wave), in one transaction: all or none. */
  async moderateMany(staff: Viewer, input: ModerateCasesInput): Promise<ModerationCase[]> {
    if (!(BULK_ACTIONS as readonly string[]).includes(input.action)) {
      throw new ModerationException(
        ModerationErrorCode.NOT_A_BULK_ACTION,
        `action must be one of ${BULK_ACTIONS.join(', ')} for many cases at once`,
        'action',
      );
    }
    if (new Set(input.caseIds).size !== input.caseIds.length) {
      throw new ModerationException(
        ModerationErrorCode.CASE_REPEATED,
        'caseIds names a case more than once',
        'caseIds',
      );
    }
    const decision = checkDecision(input);
    await this.act(staff, input.caseIds, decision, 'caseIds');
    const byId = new Map(
      (await this.repository.casesByIds(input.caseIds)).map((row) => [row.id, toCase(row)]),
    );
    return input.caseIds.flatMap((id) => byId.get(id) ?? []);
  }

  private async act(
    staff: Viewer,
    caseIds: readonly string[],
    decision: Decision,
    field: string,
  ): Promise<void> {
    const after: AfterCommit = { added: [], photos: [], logos: [], suspended: [] };
    await this.dataSource.transaction(async (manager) => {
      const locked = new Map(
        (await this.repository.lockCases(manager, caseIds)).map((row) => [row.id, row]),
      );
      for (const id of caseIds) {
        const item = locked.get(id);
        if (!item) {
          throw new ModerationException(
            ModerationErrorCode.CASE_NOT_FOUND,
            `${field} names no moderation case`,
            field,
          );
        }
        if (item.status === 'RESOLVED' && !UNDO_ACTIONS.has(decision.action)) {
          throw new ModerationException(
            ModerationErrorCode.CASE_RESOLVED,
            'This case is already decided',
            field,
          );
        }
        await this.apply(manager, staff, item, decision, after, field);
      }
    });
    await this.notifications.publish(after.added);
    // Sessions ended with the commit; live subscriptions held open end now too.
    for (const memberId of after.suspended) await this.realtime.endSessions(memberId);
    for (const key of after.photos) await this.images.remove('photos', key);
    for (const key of after.logos) await this.images.remove('logos', key);
  }

  /** One action on one case, its decision and its audit entry. */
  private async apply(
    manager: EntityManager,
    staff: Viewer,
    item: CaseRow,
    decision: Decision,
    after: AfterCommit,
    field: string,
  ): Promise<void> {
    const { action } = decision;
    let target = { type: AUDIT_TARGET_TYPE[item.targetType], id: item.targetId };
    let change: { before: Before; after: Before };
    switch (action) {
      case 'DISMISS':
        change = await this.dismiss(manager, item);
        break;
      case 'HIDE':
      case 'UNHIDE':
        change = await this.hide(manager, item, action === 'HIDE');
        break;
      case 'DELETE_CONTENT':
        change = await this.deleteContent(manager, item, after);
        break;
      case 'WARN':
      case 'SUSPEND':
      case 'UNSUSPEND':
      case 'RESTRICT':
      case 'UNRESTRICT': {
        const ownerId = await this.ownerOf(manager, item, staff, field);
        target = { type: 'member', id: ownerId };
        change = await this.onOwner(manager, ownerId, decision, after, field);
        break;
      }
    }
    if (item.status === 'OPEN') {
      await this.repository.resolve(manager, [item.id], {
        reports: action === 'DISMISS' ? 'DISMISSED' : 'UPHELD',
        action,
        by: staff.id,
      });
    }
    await this.audit.record(manager, {
      actorId: staff.id,
      action: auditAction(action),
      targetType: target.type,
      targetId: target.id,
      reason: decision.reason,
      before: change.before,
      after: { caseId: item.id, ...change.after },
    });
  }

  /** No action; content the reports hid comes back. */
  private async dismiss(manager: EntityManager, item: CaseRow) {
    if (!item.autoHidden) return { before: null, after: null };
    const current = await this.repository.lockHidden(manager, item.targetType, item.targetId);
    if (!current?.hiddenAt) return { before: null, after: null };
    await this.repository.setHidden(manager, item.targetType, item.targetId, false);
    return { before: { hidden: true }, after: { hidden: false } };
  }

  /** Content deleted meanwhile (in the same spam wave, say) has nothing left to hide. */
  private async hide(manager: EntityManager, item: CaseRow, hidden: boolean) {
    const current = await this.repository.lockHidden(manager, item.targetType, item.targetId);
    if (!current) return GONE;
    await this.repository.setHidden(manager, item.targetType, item.targetId, hidden);
    return { before: { hidden: current.hiddenAt !== null }, after: { hidden } };
  }

  /**
   * Deletes a message, an opportunity or an organization (its people, needs, offers and
   * opportunities go with it); clears what a member wrote about themselves (the account stays).
   * Image files go after the commit. Content already gone (an organization's opportunity deleted
   * with it in the same spam wave) is left as it is: the case is decided all the same.
   */
  private async deleteContent(manager: EntityManager, item: CaseRow, after: AfterCommit) {
    if (item.targetType === 'MEMBER') {
      const member = await this.repository.lockStanding(manager, item.targetId);
      if (!member) return GONE;
      await this.repository.clearProfile(manager, member.id);
      if (member.photoKey) after.photos.push(member.photoKey);
      return {
        before: {
          headline: member.headline,
          bio: member.bio,
          links: member.links,
          photoKey: member.photoKey,
        },
        after: { headline: '', bio: '', links: [], photoKey: null },
      };
    }
    const [live] = await this.repository.liveTargets(
      item.targetType,
      [item.targetId],
      null,
      manager,
    );
    const deleted = await this.repository.deleteTarget(manager, item.targetType, item.targetId);
    if (!live || !deleted) return GONE;
    if (deleted.logoKey) after.logos.push(deleted.logoKey);
    return {
      before: { exists: true, title: live.snapshot.title, body: live.snapshot.body },
      after: { exists: false },
    };
  }

  /** The owner a WARN, SUSPEND or RESTRICT acts on: who owns the content now, else then. */
  private async ownerOf(
    manager: EntityManager,
    item: CaseRow,
    staff: Viewer,
    field: string,
  ): Promise<string> {
    const [live] = await this.repository.liveTargets(
      item.targetType,
      [item.targetId],
      null,
      manager,
    );
    const ownerId = live?.ownerId ?? item.ownerId;
    if (!ownerId) {
      throw new ModerationException(
        ModerationErrorCode.NO_OWNER,
        'Nobody owns this content any more',
        field,
      );
    }
    if (ownerId === staff.id) {
      throw new ModerationException(
        ModerationErrorCode.OWN_ACCOUNT,
        'Staff cannot act on their own account',
        field,
      );
    }
    return ownerId;
  }

  private async onOwner(
    manager: EntityManager,
    ownerId: string,
    decision: Decision,
    after: AfterCommit,
    field: string,
  ): Promise<{ before: Before; after: Before }> {
    const member = await this.repository.lockStanding(manager, ownerId);
    if (!member) {
      throw new ModerationException(
        ModerationErrorCode.NO_OWNER,
        'The owner’s account no longer exists',
        field,
      );
    }
    const suspension = {
      suspendedAt: member.suspendedAt,
      suspendedUntil: member.suspendedUntil,
      suspensionReason: member.suspensionReason,
    };
    switch (decision.action) {
      case 'WARN':
        after.added.push(
          ...(await this.notifications.notify(manager, {
            memberId: ownerId,
            type: 'MODERATION_WARNING',
            data: { reason: decision.reason ?? '' },
          })),
        );
        return { before: null, after: null };
      case 'SUSPEND': {
        await this.repository.suspend(manager, ownerId, decision.until, decision.reason ?? '');
        // In the same transaction: no refresh token of theirs outlives the suspension's commit.
        await this.sessions.revokeAllIn(manager, ownerId);
        after.suspended.push(ownerId);
        return {
          before: suspension,
          after: {
            suspendedAt: new Date(),
            suspendedUntil: decision.until,
            suspensionReason: decision.reason,
          },
        };
      }
      case 'UNSUSPEND':
        await this.repository.unsuspend(manager, ownerId);
        return {
          before: suspension,
          after: { suspendedAt: null, suspendedUntil: null, suspensionReason: null },
        };
      case 'RESTRICT':
      case 'UNRESTRICT': {
        const restricted = decision.action === 'RESTRICT';
        await this.repository.setRestricted(manager, ownerId, restricted);
        return {
          before: { restrictedAt: member.restrictedAt },
          after: { restrictedAt: restricted ? (member.restrictedAt ?? new Date()) : null },
        };
      }
      default:
        throw new Error(`${decision.action} is not an action on the owner`);
    }
  }

  // ---------------------------------------------------------------- data rights

  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    return this.repository.forgetMember(manager, memberId);
  }

  // ---------------------------------------------------------------- helpers

  private async liveOf(cases: readonly ModerationCase[]): Promise<Map<string, LiveTarget>> {
    const idsByType = new Map<ReportTargetType, string[]>();
    for (const item of cases) {
      idsByType.set(item.targetType, [...(idsByType.get(item.targetType) ?? []), item.targetId]);
    }
    const found = await Promise.all(
      [...idsByType].map(([type, ids]) =>
        this.repository.liveTargets(type, [...new Set(ids)], null),
      ),
    );
    return new Map(found.flat().map((target) => [`${target.type}:${target.id}`, target]));
  }
}

function isStaff(viewer: Viewer): boolean {
  return viewer.roles.includes('STAFF');
}

/** Checks the reason and the end of a suspension against the action. */
function checkDecision(input: {
  action: ModerationAction;
  reason?: string;
  until?: Date;
}): Decision {
  const reason = input.reason && input.reason.length > 0 ? input.reason : null;
  if (REASON_REQUIRED.has(input.action) && !reason) {
    throw new ModerationException(
      ModerationErrorCode.REASON_REQUIRED,
      `Please give a reason to ${input.action.toLowerCase().replace('_', ' ')}`,
      'reason',
    );
  }
  if (input.until && input.action !== 'SUSPEND') {
    throw new ModerationException(
      ModerationErrorCode.UNTIL_NOT_ALLOWED,
      'until is only for SUSPEND',
      'until',
    );
  }
  if (input.until && input.until.getTime() <= Date.now()) {
    throw new ModerationException(
      ModerationErrorCode.UNTIL_NOT_FUTURE,
      'until must be in the future (leave it out to suspend indefinitely)',
      'until',
    );
  }
  return { action: input.action, reason, until: input.until ?? null };
}

/** A cursor whose key is a time, checked before it reaches SQL. */
function timeCursor(after: string | undefined): [string, string] | undefined {
  if (after === undefined) return undefined;
  const [key, id] = decodeCursor(after);
  if (Number.isNaN(Date.parse(key)) || !UUID.test(id)) {
    throw new AppException(
      ErrorKind.BAD_USER_INPUT,
      'BAD_CURSOR',
      'after is not a valid cursor',
      'after',
    );
  }
  return [key, id];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetLabel,
    reason: row.reason,
    note: row.note,
    status: row.status,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}

function toCase(row: CaseRow): ModerationCase {
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    status: row.status,
    source: row.source,
    autoHidden: row.autoHidden,
    // In the enum's order, whatever order the database gave.
    reasons: REPORT_REASONS.filter((reason) => row.reasons.includes(reason)),
    reportCount: row.reportCount,
    openedAt: row.openedAt,
    lastReportedAt: row.lastReportedAt,
    resolvedAt: row.resolvedAt,
    resolution: row.resolution,
    flags: row.flags.map((flag) => ({ note: flag.note, flaggedAt: new Date(flag.at) })),
    storedOwnerId: row.ownerId,
    snapshot: row.contentSnapshot,
  };
}

function toPerson(row: PersonRow): ModerationPerson {
  const suspendedNow =
    row.suspendedAt !== null &&
    (row.suspendedUntil === null || row.suspendedUntil.getTime() > Date.now());
  return {
    id: row.id,
    displayName: row.displayName,
    handle: row.handle,
    email: row.email,
    joinedAt: row.joinedAt,
    emailVerified: row.emailVerifiedAt !== null,
    hidden: row.hiddenAt !== null,
    suspendedUntil: suspendedNow ? row.suspendedUntil : null,
    suspendedIndefinitely: suspendedNow && row.suspendedUntil === null,
    restricted: row.restrictedAt !== null,
  };
}

function targetNotFound(field: string): ModerationException {
  return new ModerationException(
    ModerationErrorCode.TARGET_NOT_FOUND,
    'There is nothing to report there',
    field,
  );
}

function alreadyReported(): ModerationException {
  return new ModerationException(
    ModerationErrorCode.ALREADY_REPORTED,
    'You already reported this',
    'targetId',
  );
}
