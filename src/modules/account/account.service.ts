import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { ConnectionsService } from '../connections/connections.service.js';
import { ConnectorsService } from '../connectors/connectors.service.js';
import { IntroductionsService } from '../introductions/introductions.service.js';
import { MatchmakingService } from '../matchmaking/matchmaking.service.js';
import { MessagesService } from '../messages/messages.service.js';
import { ModerationService } from '../moderation/moderation.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { MailService } from '../mail/mail.service.js';
import { MembersService } from '../members/members.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OpportunitiesService } from '../opportunities/opportunities.service.js';

/** Data rights: a member downloads everything GrowHere holds about them, or deletes it. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly connections: ConnectionsService,
    private readonly introductions: IntroductionsService,
    private readonly messages: MessagesService,
    private readonly organizations: OrganizationsService,
    private readonly notifications: NotificationsService,
    private readonly opportunities: OpportunitiesService,
    private readonly matchmaking: MatchmakingService,
    private readonly connectors: ConnectorsService,
    private readonly moderation: ModerationService,
  ) {}

  /** One JSON document of every row the member owns (secrets such as hashes left out). */
  async exportMyData(memberId: string): Promise<string> {
    const document = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const own = await this.members.exportFor(manager, memberId);
      if (!own) return null;
      return {
        exportedAt: new Date().toISOString(),
        format: 'growhere-member-export/1',
        ...own,
        ...(await this.auth.exportFor(manager, memberId)),
        network: await this.connections.exportFor(manager, memberId),
        introductions: await this.introductions.exportFor(manager, memberId),
        messages: await this.messages.exportFor(manager, memberId),
        organizations: await this.organizations.exportFor(manager, memberId),
        notifications: await this.notifications.exportFor(manager, memberId),
        opportunities: await this.opportunities.exportFor(manager, memberId),
        matches: await this.matchmaking.exportFor(manager, memberId),
        connectorApplications: await this.connectors.exportFor(manager, memberId),
        reports: await this.moderation.exportFor(manager, memberId),
        mail: await this.mail.exportFor(manager, own.member.email),
        auditEntries: (await this.audit.about(manager, memberId)).map(
          ({ occurredAt, action, targetType, targetId, reason }) => ({
            occurredAt,
            action,
            targetType,
            targetId,
            reason,
          }),
        ),
      };
    });
    return JSON.stringify(document, null, 2);
  }

  /**
   * Deletes the account in one transaction: personal data removed, an anonymous tombstone kept,
   * every session and pending link revoked, and an audit entry written.
   */
  async deleteMyAccount(
    memberId: string,
    password: string,
    context: GraphQLContext,
  ): Promise<boolean> {
    const member = await this.auth.assertPassword(memberId, password);
    await this.dataSource.transaction(async (manager) => {
      await this.mail.forgetRecipient(manager, member.email);
      await this.auth.forgetMember(manager, member.id);
      await this.notifications.forgetMember(manager, member.id);
      // Before the tombstone: their own opportunities close, their interest and saves go.
      await this.opportunities.forgetMember(manager, member.id);
      await this.matchmaking.forgetMember(manager, member.id);
      await this.connectors.forgetMember(manager, member.id);
      await this.moderation.forgetMember(manager, member.id);
      await this.members.anonymize(manager, member.id);
      await this.audit.record(manager, {
        actorId: member.id,
        action: 'member.account_deleted',
        targetType: 'member',
        targetId: member.id,
        reason: 'Deleted by the member',
      });
    });
    await this.members.forgetPhoto(member.photoKey);
    this.auth.endSessionCookie(context);
    return true;
  }
}
