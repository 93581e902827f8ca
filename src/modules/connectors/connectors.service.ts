import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { IntroductionsService } from '../introductions/introductions.service.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import type { ConnectorApplicationStatus } from './connector-application.entity.js';
import {
  toConnectorApplication,
  type ConnectorApplication,
  type ConnectorOverview,
} from './connector-application.model.js';
import { ConnectorsRepository } from './connectors.repository.js';
import type {
  ApplyAsConnectorInput,
  DecideConnectorApplicationInput,
} from './dto/connector-application.inputs.js';

/**
 * The connector programme: members apply (one application waits at a time), city staff approve
 * (the member gets the CONNECTOR role) or decline with a note, and see each connector's record.
 */
@Injectable()
export class ConnectorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ConnectorsRepository,
    private readonly members: MembersService,
    private readonly introductions: IntroductionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async apply(viewer: Viewer, input: ApplyAsConnectorInput): Promise<ConnectorApplication> {
    const id = await this.dataSource.transaction(async (manager) => {
      // Locked: a member's applications sent at once take turns.
      const member = await this.members.findById(viewer.id, manager, { lock: true });
      if (!member || member.deletedAt) {
        throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
      }
      if (member.roles.includes('CONNECTOR')) {
        throw new AppException(
          ErrorKind.CONFLICT,
          'ALREADY_CONNECTOR',
          'You are a connector already',
        );
      }
      if (await this.repository.pendingOf(manager, viewer.id)) throw pending();
      try {
        return await this.repository.insert(manager, {
          memberId: viewer.id,
          motivation: input.motivation,
          sectors: unique(input.sectors),
          communities: unique(input.communities),
          languages: unique(input.languages),
        });
      } catch (error) {
        // The partial unique index holds whatever the application does.
        if (isUniqueViolation(error)) throw pending();
        throw error;
      }
    });
    return this.requireApplication(id);
  }

  async withdraw(viewer: Viewer): Promise<ConnectorApplication> {
    const id = await this.dataSource.transaction(async (manager) => {
      const application = await this.repository.pendingOf(manager, viewer.id);
      if (!application) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'NO_PENDING_APPLICATION',
          'You have no application waiting for city staff',
        );
      }
      await this.repository.update(manager, application.id, {
        status: 'WITHDRAWN',
        decidedAt: new Date(),
      });
      return application.id;
    });
    return this.requireApplication(id);
  }

  async mine(viewer: Viewer): Promise<ConnectorApplication | null> {
    const row = await this.repository.latestOf(viewer.id);
    return row ? toConnectorApplication(row) : null;
  }

  /** Applications in one status, oldest first: the queue staff work through. */
  async list(
    status: ConnectorApplicationStatus,
    first: number,
    after: string | undefined,
  ): Promise<Page<ConnectorApplication>> {
    const rows = await this.repository.page(status, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: page.map(toConnectorApplication), pageInfo };
  }

  /**
   * Staff approve (the applicant becomes a connector) or decline with a note. The decision, the
   * role, the audit entry and the applicant's notification are one transaction.
   */
  async decide(
    staff: Viewer,
    input: DecideConnectorApplicationInput,
  ): Promise<ConnectorApplication> {
    const note = input.note || null;
    if (!input.approve && !note) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'NOTE_REQUIRED',
        'note is required to decline: tell the applicant why',
        'note',
      );
    }
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const application = await this.repository.findById(input.applicationId, manager, true);
      if (!application) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'APPLICATION_NOT_FOUND',
          'No such application',
          'applicationId',
        );
      }
      if (application.status !== 'PENDING') {
        throw new AppException(
          ErrorKind.CONFLICT,
          'NOT_PENDING',
          `This application is ${application.status.toLowerCase()} already`,
          'applicationId',
        );
      }
      const rolesBefore = await this.rolesOf(manager, application.memberId);
      if (input.approve) await this.members.grantRole(manager, application.memberId, 'CONNECTOR');
      const status = input.approve ? 'APPROVED' : 'DECLINED';
      await this.repository.update(manager, application.id, {
        status,
        decisionNote: note,
        decidedById: staff.id,
        decidedAt: new Date(),
      });
      await this.audit.record(manager, {
        actorId: staff.id,
        action: input.approve ? 'connector.approve' : 'connector.decline',
        targetType: 'member',
        targetId: application.memberId,
        reason: note,
        before: { applicationId: application.id, status: 'PENDING', roles: rolesBefore },
        after: {
          applicationId: application.id,
          status,
          roles: await this.rolesOf(manager, application.memberId),
        },
      });
      added.push(
        ...(await this.notifications.notify(manager, {
          memberId: application.memberId,
          type: 'CONNECTOR_APPLICATION_DECIDED',
          subjectId: application.id,
          data: { approved: input.approve, ...(note ? { note } : {}) },
        })),
      );
    });
    await this.notifications.publish(added);
    return this.requireApplication(input.applicationId);
  }

  /**
   * Every connector with their record and when staff approved them, by handle: a fixed number
   * of queries whatever the page size (the page, the records, the profiles).
   */
  async overview(
    viewer: Viewer,
    first: number,
    after: string | undefined,
  ): Promise<Page<ConnectorOverview>> {
    const rows = await this.repository.connectorPage(first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [row.handle, row.id]);
    const ids = page.map((row) => row.id);
    const [records, people] = await Promise.all([
      this.introductions.records(ids),
      this.people(ids, viewer),
    ]);
    return {
      nodes: page.flatMap((row) => {
        const member = people.get(row.id);
        return member ? [{ member, record: records.get(row.id)!, approvedAt: row.approvedAt }] : [];
      }),
      pageInfo,
    };
  }

  /**
   * Profiles as the viewer sees them; one the viewer's own blocks hide (staff are people too) is
   * given as anyone sees it, so that staff's lists never lose an applicant or a connector.
   */
  async people(ids: readonly string[], viewer: Viewer): Promise<Map<string, Member>> {
    const seen = await this.members.profileMap(ids, viewer);
    const missing = ids.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      for (const [id, profile] of await this.members.profileMap(missing, undefined)) {
        seen.set(id, profile);
      }
    }
    return seen;
  }

  /** The member's applications, for their data export. */
  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  /** On account deletion, in its transaction. */
  forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    return this.repository.forgetMember(manager, memberId);
  }

  private async rolesOf(manager: EntityManager, memberId: string): Promise<string[]> {
    return (await this.members.findById(memberId, manager))?.roles ?? [];
  }

  private async requireApplication(id: string): Promise<ConnectorApplication> {
    const row = await this.repository.findById(id);
    if (!row) {
      throw new AppException(
        ErrorKind.NOT_FOUND,
        'APPLICATION_NOT_FOUND',
        'No such application',
        'applicationId',
      );
    }
    return toConnectorApplication(row);
  }
}

function pending(): AppException {
  return new AppException(
    ErrorKind.CONFLICT,
    'APPLICATION_PENDING',
    'Your application is waiting for city staff already',
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
