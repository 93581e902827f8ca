import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { decodeCursor } from '../../common/graphql/pagination.js';
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
}

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

  /** One page, ordered by name then id (keyset: no OFFSET scans). */
  page(
    filter: OrganizationFilter | undefined,
    first: number,
    after?: string,
  ): Promise<OrganizationEntity[]> {
    const query = this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('org')
      .orderBy('org.name', 'ASC')
      .addOrderBy('org.id', 'ASC')
      .take(first + 1);
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
      `SELECT om.organization_id, om.role, m.id, m.handle, m.display_name, m.headline, m.roles
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
    }));
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
    values: Pick<OrganizationInvitationEntity, 'organizationId' | 'email' | 'role' | 'invitedById'>,
  ): Promise<void> {
    await manager.getRepository(OrganizationInvitationEntity).insert(values);
  }

  pendingInvitationExists(manager: EntityManager, organizationId: string, email: string) {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .existsBy({ organizationId, email, answeredAt: IsNull() });
  }

  findPendingInvitation(manager: EntityManager, id: string) {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('invitation')
      .setLock('pessimistic_write')
      .where('invitation.id = :id AND invitation.answered_at IS NULL', { id })
      .getOne();
  }

  pendingInvitationsFor(email: string) {
    return this.dataSource
      .getRepository(OrganizationInvitationEntity)
      .find({ where: { email, answeredAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async markAnswered(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(OrganizationInvitationEntity)
      .update(id, { answeredAt: new Date() });
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

  findByIds(ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(ids) });
  }
}
