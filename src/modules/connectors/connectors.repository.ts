import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, decodeTimeCursor } from '../../common/graphql/pagination.js';
import {
  ConnectorApplicationEntity,
  type ConnectorApplicationStatus,
} from './connector-application.entity.js';

/** A connector of the overview page, with when staff approved their application (if they did). */
export interface ConnectorRow {
  id: string;
  handle: string;
  approvedAt: Date | null;
}

/** The only place that reads and writes connector applications. */
@Injectable()
export class ConnectorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ConnectorApplicationEntity);
  }

  async insert(
    manager: EntityManager,
    values: Pick<
      ConnectorApplicationEntity,
      'memberId' | 'motivation' | 'sectors' | 'communities' | 'languages'
    >,
  ): Promise<string> {
    const repo = this.repo(manager);
    return (await repo.save(repo.create(values))).id;
  }

  findById(id: string, manager?: EntityManager, lock = false) {
    const query = this.repo(manager).createQueryBuilder('a').where('a.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The member's application waiting for staff, if any (locked in a transaction). */
  pendingOf(manager: EntityManager, memberId: string) {
    return this.repo(manager)
      .createQueryBuilder('a')
      .where(`a.member_id = :memberId AND a.status = 'PENDING'`, { memberId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The member's newest application. */
  latestOf(memberId: string) {
    return this.repo()
      .createQueryBuilder('a')
      .where('a.member_id = :memberId', { memberId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getOne();
  }

  async update(
    manager: EntityManager,
    id: string,
    values: Partial<ConnectorApplicationEntity>,
  ): Promise<void> {
    await this.repo(manager).update(id, values);
  }

  /** Applications in one status, oldest first; keyset on (created_at, id). */
  page(status: ConnectorApplicationStatus, first: number, after?: string) {
    const query = this.repo()
      .createQueryBuilder('a')
      .where('a.status = :status', { status })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(first + 1);
    if (after) {
      const [key, id] = decodeTimeCursor(after);
      query.andWhere(
        '(a.created_at, a.id) > (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))',
        { afterKey: key, afterId: id },
      );
    }
    return query.getMany();
  }

  /**
   * Live members holding the CONNECTOR role, by handle, with the time of their latest approved
   * application: one statement for the page.
   */
  connectorPage(first: number, after?: string): Promise<ConnectorRow[]> {
    // Handles are unique: the handle alone orders the page.
    const [key] = after ? decodeCursor(after) : [null];
    return this.dataSource.query<ConnectorRow[]>(
      `SELECT m.id, m.handle, approved.decided_at AS "approvedAt"
       FROM member m
       LEFT JOIN LATERAL (
         SELECT a.decided_at FROM connector_application a
         WHERE a.member_id = m.id AND a.status = 'APPROVED'
         ORDER BY a.decided_at DESC LIMIT 1
       ) approved ON true
       WHERE 'CONNECTOR' = ANY (m.roles) AND m.deleted_at IS NULL
         AND ($1::varchar IS NULL OR m.handle > $1::varchar)
       ORDER BY m.handle
       LIMIT $2`,
      [key, first + 1],
    );
  }

  /** What a member asked for, for their data export (not who decided). */
  async exportFor(manager: EntityManager, memberId: string) {
    const rows = await this.repo(manager).find({
      where: { memberId },
      order: { createdAt: 'ASC' },
    });
    return rows.map(({ decidedById: _staff, member: _member, ...row }) => row);
  }

  /** On account deletion, in its transaction: their applications go. */
  async forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    await this.repo(manager).delete({ memberId });
  }
}
