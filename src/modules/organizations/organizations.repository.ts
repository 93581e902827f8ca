import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { memberWithheld } from '../../common/database/visibility.js';
import { decodeCursor, decodeTimeCursor } from '../../common/graphql/pagination.js';
import type { StatementInput } from '../members/dto/update-profile.input.js';
import {
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
  OrganizationStatementEntity,
} from './organization.entity.js';
import type { OrganizationRole } from './organization.types.js';
import type { OrganizationFilter } from './dto/organization.inputs.js';

export interface MembershipRow {
  organizationId: string;
  role: OrganizationRole;
  member: { id: string; handle: string; displayName: string; headline: string; roles: string[] };
  /** The member is hidden or suspended now. */
  withheld: boolean;
}

export interface MemberSummaryRow {
  id: string;
  handle: string;
  displayName: string;
}

export interface PendingInvitationRow {
  id: string;
  organizationId: string;
  role: OrganizationRole;
  /** The address it matches; a member's own, private one when invited by handle. */
  email: string;
  createdAt: Date;
  /** Set when invited by handle. */
  inviteeMemberId: string | null;
  invitee: MemberSummaryRow | null;
  /** Null once the member who sent it is gone. */
  invitedBy: MemberSummaryRow | null;
}

/** Neither answered nor cancelled. */
const PENDING = 'invitation.answered_at IS NULL AND invitation.cancelled_at IS NULL';

/** The only place that reads and writes organizations, their members and statements. */
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager, lock = false): Promise<OrganizationEntity | null> {
    const query = this.manager(manager)
      .getRepository(OrganizationEntity)
      .createQueryBuilder('org')
      .where('org.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  findBySlug(slug: string): Promise<OrganizationEntity | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ slug });
  }

  slugTaken(slug: string, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(OrganizationEntity).existsBy({ slug });
  }

  async insert(
    manager: EntityManager,
    values: Partial<OrganizationEntity>,
  ): Promise<OrganizationEntity> {
    const repo = manager.getRepository(OrganizationEntity);
    return repo.save(repo.create(values));
  }

  async update(
    manager: EntityManager,
    id: string,
    values: Partial<OrganizationEntity>,
  ): Promise<void> {
    if (Object.keys(values).length > 0) {
      await manager.getRepository(OrganizationEntity).update(id, values);
    }
  }

  async addMember(
    manager: EntityManager,
    organizationId: string,
    memberId: string,
    role: OrganizationRole,
  ): Promise<void> {
    await manager
      .getRepository(OrganizationMemberEntity)
      .insert({ organizationId, memberId, role });
  }

  async roleOf(organizationId: string, memberId: string, manager?: EntityManager) {
    const row = await this.manager(manager)
      .getRepository(OrganizationMemberEntity)
      .findOneBy({ organizationId, memberId });
    return row?.role ?? null;
  }

  async replaceStatements(
    manager: EntityManager,
    organizationId: string,
    kind: 'NEED' | 'OFFER',
    statements: StatementInput[],
  ): Promise<void> {
    const repo = manager.getRepository(OrganizationStatementEntity);
    await repo.delete({ organizationId, kind });
    if (statements.length > 0) {
      await repo.insert(
        statements.map(({ category, text }, position) => ({
          organizationId,
          kind,
          category,
          text,
          position,
        })),
      );
    }
  }

  /**
   * One page, ordered by name then id (keyset: no OFFSET scans). Hidden organizations are left
   * out, unless `hiddenToo` (city staff).
   */
  page(
    filter: OrganizationFilter | undefined,
    first: number,
    after?: string,
    hiddenToo = false,
  ): Promise<OrganizationEntity[]> {
    const query = this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('org')
      .orderBy('org.name', 'ASC')
      .addOrderBy('org.id', 'ASC')
      .take(first + 1);
    if (!hiddenToo) query.andWhere('org.hidden_at IS NULL');
    if (filter?.type) query.andWhere('org.type = :type', { type: filter.type });
    if (filter?.sector) query.andWhere(':sector = ANY(org.sectors)', { sector: filter.sector });
    if (filter?.neighborhood)
      query.andWhere('org.neighborhood = :hood', { hood: filter.neighborhood });
    if (filter?.verifiedOnly) query.andWhere('org.verified_at IS NOT NULL');
    if (after) {
      const [name, id] = decodeCursor(after);
      query.andWhere('(org.name, org.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    return query.getMany();
  }

  /** Needs and offers of many organizations in one query. */
  statementsFor(organizationIds: string[], manager?: EntityManager) {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(OrganizationStatementEntity)
      .find({
        where: { organizationId: In(organizationIds) },
        order: { kind: 'ASC', position: 'ASC' },
      });
  }

  /** Members (not deleted) of many organizations in one query. */
  async membershipsFor(
    organizationIds: string[],
    manager?: EntityManager,
  ): Promise<MembershipRow[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.manager(manager).query<Record<string, unknown>[]>(
      `SELECT om.organization_id, om.role, m.id, m.handle, m.display_name, m.headline, m.roles,
              ${memberWithheld('m')} AS withheld
       FROM organization_member om JOIN member m ON m.id = om.member_id
       WHERE om.organization_id = ANY($1) AND m.deleted_at IS NULL
       ORDER BY array_position(ARRAY['OWNER','ADMIN','MEMBER']::varchar[], om.role), m.display_name`,
      [organizationIds],
    );
    return rows.map((row) => ({
      organizationId: row.organization_id as string,
      role: row.role as OrganizationRole,
      member: {
        id: row.id as string,
        handle: row.handle as string,
        displayName: row.display_name as string,
        headline: row.headline as string,
        roles: row.roles as string[],
      },
      withheld: row.withheld as boolean,
    }));
  }

  /** A member's memberships and the invitations sent to their address, for their data export. */
  async exportFor(manager: EntityManager, memberId: string) {
    type Rows = Record<string, unknown>[];
    const memberships = await manager.query<Rows>(
      `SELECT o.slug, o.name, om.role FROM organization_member om
       JOIN organization o ON o.id = om.organization_id WHERE om.member_id = $1 ORDER BY o.name`,
      [memberId],
    );
    const invitations = await manager.query<Rows>(
      `SELECT o.slug, o.name, i.role, i.created_at AS "invitedAt", i.answered_at AS "answeredAt",
              i.cancelled_at AS "cancelledAt"
       FROM organization_invitation i JOIN organization o ON o.id = i.organization_id
       JOIN member m ON m.email = i.email WHERE m.id = $1 ORDER BY i.created_at`,
      [memberId],
    );
    return { memberships, invitations };
  }

  /** The organizations a member belongs to, owned first, then by name. */
  async affiliationsOf(
    memberId: string,
  ): Promise<{ organization: OrganizationEntity; role: OrganizationRole }[]> {
    const rows = await this.dataSource
      .getRepository(OrganizationMemberEntity)
      .createQueryBuilder('om')
      .innerJoinAndMapOne(
        'om.organization',
        OrganizationEntity,
        'org',
        'org.id = om.organizationId',
      )
      .where('om.memberId = :memberId', { memberId })
      .orderBy("array_position(ARRAY['OWNER','ADMIN','MEMBER']::varchar[], om.role)")
      .addOrderBy('org.name')
      .getMany();
    return rows.map((row) => ({
      organization: (row as OrganizationMemberEntity & { organization: OrganizationEntity })
        .organization,
      role: row.role,
    }));
  }

  async insertInvitation(
    manager: EntityManager,
    values: Pick<
      OrganizationInvitationEntity,
      'organizationId' | 'email' | 'inviteeMemberId' | 'role' | 'invitedById'
    >,
  ): Promise<string> {
    const repo = manager.getRepository(OrganizationInvitationEntity);
    return (await repo.save(repo.create(values))).id;
  }

  pendingInvitationExists(manager: EntityManager, organizationId: string, email: string) {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .existsBy({ organizationId, email, answeredAt: IsNull(), cancelledAt: IsNull() });
  }

  /** Locked until the transaction ends. */
  findPendingInvitation(manager: EntityManager, id: string) {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where(`invitation.id = :id AND ${PENDING}`, { id })
      .getOne();
  }

  /** Whatever became of it; locked until the transaction ends. */
  findInvitation(manager: EntityManager, id: string) {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where('invitation.id = :id', { id })
      .getOne();
  }

  /** Pending invitations sent to an address, newest first, with who sent each. */
  pendingInvitationsFor(email: string): Promise<PendingInvitationRow[]> {
    return this.pendingInvitations('invitation.email = $1', [email]);
  }

  /** Pending invitations of many organizations in one query, newest first. */
  pendingInvitationsOf(organizationIds: string[]): Promise<PendingInvitationRow[]> {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return this.pendingInvitations('invitation.organization_id = ANY($1)', [organizationIds]);
  }

  /**
   * With the invitee (by handle) and the sender, each while not deleted. An invitation to a
   * member who has since deleted their account is left out: it can no longer be accepted.
   */
  private async pendingInvitations(
    condition: string,
    parameters: unknown[],
  ): Promise<PendingInvitationRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT invitation.id, invitation.organization_id, invitation.role, invitation.email,
              invitation.created_at, invitation.invitee_member_id,
              invitee.handle AS invitee_handle, invitee.display_name AS invitee_display_name,
              sender.id AS sender_id, sender.handle AS sender_handle,
              sender.display_name AS sender_display_name
       FROM organization_invitation invitation
       LEFT JOIN member invitee ON invitee.id = invitation.invitee_member_id
       LEFT JOIN member sender
         ON sender.id = invitation.invited_by_id AND sender.deleted_at IS NULL
       WHERE ${PENDING} AND invitee.deleted_at IS NULL AND ${condition}
       ORDER BY invitation.created_at DESC, invitation.id`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id as string,
      organizationId: row.organization_id as string,
      role: row.role as OrganizationRole,
      email: row.email as string,
      createdAt: new Date(row.created_at as Date | string),
      inviteeMemberId: (row.invitee_member_id as string | null) ?? null,
      invitee: row.invitee_member_id
        ? {
            id: row.invitee_member_id as string,
            handle: row.invitee_handle as string,
            displayName: row.invitee_display_name as string,
          }
        : null,
      invitedBy: row.sender_id
        ? {
            id: row.sender_id as string,
            handle: row.sender_handle as string,
            displayName: row.sender_display_name as string,
          }
        : null,
    }));
  }

  async markAnswered(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(OrganizationInvitationEntity)
      .update(id, { answeredAt: new Date() });
  }

  async markCancelled(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(OrganizationInvitationEntity)
      .update(id, { cancelledAt: new Date() });
  }

  async setRole(
    manager: EntityManager,
    organizationId: string,
    memberId: string,
    role: OrganizationRole,
  ): Promise<void> {
    await manager
      .getRepository(OrganizationMemberEntity)
      .update({ organizationId, memberId }, { role });
  }

  async removeMember(
    manager: EntityManager,
    organizationId: string,
    memberId: string,
  ): Promise<void> {
    await manager.getRepository(OrganizationMemberEntity).delete({ organizationId, memberId });
  }

  /** Locks the owners' rows, so that two owners leaving at once cannot both see "one more". */
  async countOwnersForUpdate(manager: EntityManager, organizationId: string): Promise<number> {
    const owners = await manager
      .getRepository(OrganizationMemberEntity)
      .createQueryBuilder('om')
      .setLock('pessimistic_write')
      .where("om.organization_id = :organizationId AND om.role = 'OWNER'", { organizationId })
      .getMany();
    return owners.length;
  }

  /** The organizations a member owns or administers. */
  async managedBy(memberId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.manager(manager)
      .getRepository(OrganizationMemberEntity)
      .findBy({ memberId, role: In(['OWNER', 'ADMIN']) });
    return rows.map((row) => row.organizationId);
  }

  /** The live owners and admins of an organization. */
  async managersOf(organizationId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.manager(manager).query<{ id: string }[]>(
      `SELECT om.member_id AS id FROM organization_member om JOIN member m ON m.id = om.member_id
       WHERE om.organization_id = $1 AND om.role IN ('OWNER', 'ADMIN') AND m.deleted_at IS NULL`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }

  /** Its live owners. */
  async ownersOf(organizationId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.manager(manager).query<{ id: string }[]>(
      `SELECT om.member_id AS id FROM organization_member om JOIN member m ON m.id = om.member_id
       WHERE om.organization_id = $1 AND om.role = 'OWNER' AND m.deleted_at IS NULL`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Organizations that asked for verification, oldest request first. The key is the request
   * time as PostgreSQL writes it (microseconds kept), so that the keyset never skips a row.
   */
  async pendingVerificationPage(
    first: number,
    after?: string,
  ): Promise<{ organization: OrganizationEntity; key: string }[]> {
    const query = this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('org')
      .addSelect('org.verification_requested_at::text', 'cursor_key')
      .where('org.verification_requested_at IS NOT NULL')
      .orderBy('org.verification_requested_at', 'ASC')
      .addOrderBy('org.id', 'ASC')
      .limit(first + 1);
    if (after) {
      const [key, id] = decodeTimeCursor(after);
      query.andWhere(
        '(org.verification_requested_at, org.id) > (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))',
        { afterKey: key, afterId: id },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{
      org_id: string;
      cursor_key: string;
    }>();
    const keys = new Map(raw.map((row) => [row.org_id, row.cursor_key]));
    return entities.map((organization) => ({ organization, key: keys.get(organization.id)! }));
  }

  findByIds(ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(ids) });
  }
}
