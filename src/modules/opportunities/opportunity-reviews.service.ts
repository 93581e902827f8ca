import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import {
  NotificationsService,
  type NotificationAdded,
} from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { ReviewOpportunityInput } from './dto/review-opportunity.input.js';
import type { OpportunityEntity } from './opportunity.entity.js';
import { toOpportunity, type Opportunity } from './opportunity.model.js';
import type { OpportunityStatus } from './opportunity.types.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import { OpportunitiesService } from './opportunities.service.js';

/**
 * City staff review what the city profile sends them (opportunityReview): IN_REVIEW becomes
 * PUBLISHED, or goes back to DRAFT with a note for the poster side. The decision, its audit entry
 * and the poster side's notifications are one transaction.
 */
@Injectable()
export class OpportunityReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OpportunitiesRepository,
    private readonly opportunities: OpportunitiesService,
    private readonly organizations: OrganizationsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** What waits for review, longest waiting first. */
  async queue(first: number, after: string | undefined): Promise<Page<Opportunity>> {
    const rows = await this.repository.reviewQueue(first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.reviewRequestedAt!.toISOString(),
      row.id,
    ]);
    return { nodes: page.map(toOpportunity), pageInfo };
  }

  async review(staff: Viewer, input: ReviewOpportunityInput): Promise<Opportunity> {
    const note = input.note || null;
    if (!input.approve && !note) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'NOTE_REQUIRED',
        'note is required to send an opportunity back: tell the poster what to change',
        'note',
      );
    }
    const added: NotificationAdded[] = [];
    await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.findById(input.opportunityId, manager, true);
      if (!row) {
        throw new AppException(
          ErrorKind.NOT_FOUND,
          'OPPORTUNITY_NOT_FOUND',
          'No such opportunity',
          'opportunityId',
        );
      }
      if (row.status !== 'IN_REVIEW') {
        throw new AppException(
          ErrorKind.CONFLICT,
          'NOT_IN_REVIEW',
          `This opportunity is not waiting for review (it is ${row.status})`,
          'opportunityId',
        );
      }
      const now = new Date();
      const status = decided(row, input.approve, now);
      await this.repository.update(
        manager,
        row.id,
        input.approve
          ? {
              status,
              publishedAt: now,
              // Past its deadline already: expired as the sweep would have it, on the deadline.
              ...(status === 'EXPIRED' ? { closedAt: row.deadline } : {}),
              reviewNote: null,
            }
          : { status, reviewNote: note },
      );
      await this.audit.record(manager, {
        actorId: staff.id,
        action: input.approve ? 'opportunity.approve' : 'opportunity.reject',
        targetType: 'opportunity',
        targetId: row.id,
        reason: note,
        before: { status: row.status },
        after: { status },
      });
      const recipients = new Set([
        ...(row.posterId ? [row.posterId] : []),
        ...(row.organizationId
          ? await this.organizations.managerIds(row.organizationId, manager)
          : []),
      ]);
      added.push(
        ...(await this.notifications.notify(
          manager,
          [...recipients].map((memberId) => ({
            memberId,
            type: 'OPPORTUNITY_REVIEWED' as const,
            subjectId: row.id,
            data: {
              opportunityTitle: row.title,
              approved: input.approve,
              ...(note ? { note } : {}),
            },
          })),
        )),
      );
    });
    await this.notifications.publish(added);
    const opportunity = await this.opportunities.opportunity(staff, input.opportunityId);
    return opportunity!;
  }
}

/** Approved: published, or expired at once when its deadline passed while it waited. */
function decided(row: OpportunityEntity, approve: boolean, now: Date): OpportunityStatus {
  if (!approve) return 'DRAFT';
  return row.deadline && row.deadline.getTime() <= now.getTime() ? 'EXPIRED' : 'PUBLISHED';
}
