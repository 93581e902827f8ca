import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { memberWithheld } from '../../common/database/visibility.js';
import { decodeCursor } from '../../common/graphql/pagination.js';
import { ConnectionRequestEntity } from './connection.entity.js';

/** Statuses under which a request still looks pending to its sender (a decline is not told). */
export const OPEN_FOR_SENDER = ['PENDING', 'DECLINED'] as const;

/** Where the viewer stands with one member. */
export interface Standing {
  connected: boolean;
  /** The open request between them, either way. */
  request: { id: string; sentByViewer: boolean } | null;
  /** Who the member accepts requests from. */
  audience: string;
  /** For SECOND_DEGREE: whether they share a live connection with the viewer. */
  sharesConnection: boolean;
  blockedByViewer: boolean;
  blocksViewer: boolean;
}

export interface ConnectionRow {
  otherId: string;
  createdAt: Date;
}

/** Writes of the connection graph, and reads of connection requests. */
@Injectable()
export class ConnectionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private requests(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ConnectionRequestEntity);
  }

  /** Locks the member's row, so that their concurrent requests are counted one at a time. */
  async lockMember(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM member WHERE id = $1 FOR UPDATE', [id]);
  }

  async connect(manager: EntityManager, a: string, b: string): Promise<void> {
    await manager.query(
      `INSERT INTO connection (member_id, other_id) VALUES ($1, $2), ($2, $1)
       ON CONFLICT DO NOTHING`,
      [a, b],
    );
  }

  /** Returns whether there was a connection to remove. */
  async disconnect(manager: EntityManager, a: string, b: string): Promise<boolean> {
    const [, count] = await manager.query<[unknown, number]>(
      `DELETE FROM connection
       WHERE (member_id = $1 AND other_id = $2) OR (member_id = $2 AND other_id = $1)`,
      [a, b],
    );
    return count > 0;
  }

  async block(manager: EntityManager, blockerId: string, blockedId: string): Promise<void> {
    await manager.query(
      'INSERT INTO member_block (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [blockerId, blockedId],
    );
  }

  async unblock(manager: EntityManager, blockerId: string, blockedId: string): Promise<boolean> {
    const [, count] = await manager.query<[unknown, number]>(
      'DELETE FROM member_block WHERE blocker_id = $1 AND blocked_id = $2',
      [blockerId, blockedId],
    );
    return count > 0;
  }

  async hasBlocked(blockerId: string, blockedId: string, manager?: EntityManager) {
    const rows = await (manager ?? this.dataSource.manager).query<unknown[]>(
      'SELECT 1 FROM member_block WHERE blocker_id = $1 AND blocked_id = $2',
      [blockerId, blockedId],
    );
    return rows.length > 0;
  }

  async dismiss(manager: EntityManager, memberId: string, dismissedId: string): Promise<void> {
    await manager.query(
      `INSERT INTO suggestion_dismissal (member_id, dismissed_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [memberId, dismissedId],
    );
  }

  /** Members the viewer blocked, newest first. */
  blockedBy(blockerId: string): Promise<{ id: string; handle: string; display_name: string }[]> {
    return this.dataSource.query(
      `SELECT m.id, m.handle, m.display_name FROM member_block b
       JOIN member m ON m.id = b.blocked_id AND m.deleted_at IS NULL
       WHERE b.blocker_id = $1 ORDER BY b.created_at DESC`,
      [blockerId],
    );
  }

  findRequest(
    manager: EntityManager,
    id: string,
    lock = false,
  ): Promise<ConnectionRequestEntity | null> {
    const query = this.requests(manager)
      .createQueryBuilder('request')
      .where('request.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** A request between two members that is still open: from `a` (pending or declined) or from `b` (pending). */
  async openBetween(
    manager: EntityManager,
    a: string,
    b: string,
  ): Promise<{ fromA: ConnectionRequestEntity | null; fromB: ConnectionRequestEntity | null }> {
    const rows = await this.requests(manager)
      .createQueryBuilder('request')
      .where(
        `((request.senderId = :a AND request.recipientId = :b AND request.status IN (:...forSender))
          OR (request.senderId = :b AND request.recipientId = :a AND request.status = 'PENDING'))`,
        { a, b, forSender: OPEN_FOR_SENDER },
      )
      .getMany();
    return {
      fromA: rows.find((row) => row.senderId === a) ?? null,
      fromB: rows.find((row) => row.senderId === b) ?? null,
    };
  }

  async insertRequest(
    manager: EntityManager,
    values: Pick<ConnectionRequestEntity, 'senderId' | 'recipientId' | 'note'>,
  ): Promise<ConnectionRequestEntity> {
    const repo = this.requests(manager);
    return repo.save(repo.create(values));
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: ConnectionRequestEntity['status'],
  ): Promise<void> {
    await this.requests(manager).update(id, { status, answeredAt: new Date() });
  }

  /** Closes every open request between two members (after a block or a new connection). */
  async closeBetween(
    manager: EntityManager,
    a: string,
    b: string,
    status: 'ACCEPTED' | 'WITHDRAWN',
  ): Promise<void> {
    await manager.query(
      `UPDATE connection_request SET status = $3, answered_at = now()
       WHERE status IN ('PENDING', 'DECLINED')
         AND ((sender_id = $1 AND recipient_id = $2) OR (sender_id = $2 AND recipient_id = $1))`,
      [a, b, status],
    );
  }

  /**
   * One page of requests, newest first: received (pending) or sent (still open for the sender).
   * Members hidden from the viewer by a block, deleted members, and (but for staff) members
   * hidden or suspended now are left out.
   */
  pageOfRequests(
    viewerId: string,
    direction: 'RECEIVED' | 'SENT',
    first: number,
    after: string | undefined,
    withheldToo = false,
  ): Promise<ConnectionRequestEntity[]> {
    const mine = direction === 'RECEIVED' ? 'recipientId' : 'senderId';
    const theirs = direction === 'RECEIVED' ? 'sender_id' : 'recipient_id';
    const listed = withheldToo ? '' : ` AND NOT ${memberWithheld('other')}`;
    const query = this.requests()
      .createQueryBuilder('request')
      .innerJoin(
        'member',
        'other',
        `other.id = request.${theirs} AND other.deleted_at IS NULL${listed}`,
      )
      .where(`request.${mine} = :viewerId`, { viewerId })
      .andWhere(
        direction === 'RECEIVED'
          ? "request.status = 'PENDING'"
          : 'request.status IN (:...forSender)',
        { forSender: OPEN_FOR_SENDER },
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM member_block k
          WHERE (k.blocker_id = :viewerId AND k.blocked_id = other.id)
             OR (k.blocker_id = other.id AND k.blocked_id = :viewerId))`,
      )
      .orderBy('request.createdAt', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .take(first + 1);
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      query.andWhere('(request.createdAt, request.id) < (:createdAt, :id)', { createdAt, id });
    }
    return query.getMany();
  }

  /**
   * One page of a member's connections, newest first, without deleted members, members hidden
   * from the viewer by a block or (but for staff) members hidden or suspended now.
   */
  async pageOfConnections(
    memberId: string,
    viewerId: string,
    first: number,
    after: string | undefined,
    withheldToo = false,
  ): Promise<ConnectionRow[]> {
    const params: unknown[] = [memberId, viewerId, first + 1];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      params.push(createdAt, id);
      keyset = 'AND (c.created_at, c.other_id) < ($4::timestamptz, $5::uuid)';
    }
    const rows = await this.dataSource.query<{ other_id: string; created_at: Date }[]>(
      `SELECT c.other_id, c.created_at FROM connection c
       JOIN member m ON m.id = c.other_id AND m.deleted_at IS NULL
         ${withheldToo ? '' : `AND NOT ${memberWithheld('m')}`}
       WHERE c.member_id = $1 ${keyset}
         AND NOT EXISTS (SELECT 1 FROM member_block k
                         WHERE (k.blocker_id = $2 AND k.blocked_id = c.other_id)
                            OR (k.blocker_id = c.other_id AND k.blocked_id = $2))
       ORDER BY c.created_at DESC, c.other_id DESC
       LIMIT $3`,
      params,
    );
    return rows.map((row) => ({ otherId: row.other_id, createdAt: row.created_at }));
  }

  /** The member's side of the network, for their data export (other members by handle). */
  async exportFor(manager: EntityManager, memberId: string) {
    type Rows = Record<string, unknown>[];
    const [connections, requests, blocks, dismissals] = await Promise.all([
      manager.query<Rows>(
        `SELECT m.handle, c.created_at AS "connectedAt" FROM connection c
         JOIN member m ON m.id = c.other_id WHERE c.member_id = $1 ORDER BY c.created_at`,
        [memberId],
      ),
      manager.query<Rows>(
        `SELECT CASE WHEN r.sender_id = $1 THEN 'SENT' ELSE 'RECEIVED' END AS direction,
                m.handle AS "otherMember", r.note, r.status, r.created_at AS "createdAt",
                r.answered_at AS "answeredAt"
         FROM connection_request r
         JOIN member m ON m.id = CASE WHEN r.sender_id = $1 THEN r.recipient_id ELSE r.sender_id END
         WHERE r.sender_id = $1 OR r.recipient_id = $1 ORDER BY r.created_at`,
        [memberId],
      ),
      manager.query<Rows>(
        `SELECT m.handle, b.created_at AS "blockedAt" FROM member_block b
         JOIN member m ON m.id = b.blocked_id WHERE b.blocker_id = $1 ORDER BY b.created_at`,
        [memberId],
      ),
      manager.query<Rows>(
        `SELECT m.handle, d.created_at AS "dismissedAt" FROM suggestion_dismissal d
         JOIN member m ON m.id = d.dismissed_id WHERE d.member_id = $1 ORDER BY d.created_at`,
        [memberId],
      ),
    ]);
    return {
      connections,
      connectionRequests: requests,
      blockedMembers: blocks,
      dismissedSuggestions: dismissals,
    };
  }

  /**
   * Where the viewer stands with each member, in one query bounded by `ids`: connected or not,
   * the open request between them (the newest, either way), who the member accepts requests from
   * and, for those who accept only the second degree, whether they share a live connection with
   * the viewer, and blocks either way. Members not found are left out.
   */
  async standingsWith(viewerId: string, ids: readonly string[]): Promise<Map<string, Standing>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<
      {
        id: string;
        connected: boolean;
        request_id: string | null;
        request_sender_id: string | null;
        audience: string | null;
        shares_connection: boolean | null;
        blocked_by_viewer: boolean;
        blocks_viewer: boolean;
      }[]
    >(
      `SELECT m.id,
              EXISTS (SELECT 1 FROM connection c
                      WHERE c.member_id = $1 AND c.other_id = m.id) AS connected,
              r.id AS request_id, r.sender_id AS request_sender_id,
              m.privacy->>'connectionRequests' AS audience,
              m.privacy->>'connectionRequests' = 'SECOND_DEGREE' AND EXISTS (
                SELECT 1 FROM connection t
                JOIN connection v ON v.member_id = $1 AND v.other_id = t.other_id
                JOIN member x ON x.id = t.other_id AND x.deleted_at IS NULL
                WHERE t.member_id = m.id) AS shares_connection,
              EXISTS (SELECT 1 FROM member_block k
                      WHERE k.blocker_id = $1 AND k.blocked_id = m.id) AS blocked_by_viewer,
              EXISTS (SELECT 1 FROM member_block k
                      WHERE k.blocker_id = m.id AND k.blocked_id = $1) AS blocks_viewer
       FROM member m
       LEFT JOIN LATERAL (
         SELECT id, sender_id FROM connection_request
         WHERE (sender_id = $1 AND recipient_id = m.id AND status IN ('PENDING', 'DECLINED'))
            OR (recipient_id = $1 AND sender_id = m.id AND status = 'PENDING')
         ORDER BY created_at DESC LIMIT 1
       ) r ON true
       WHERE m.id = ANY($2)`,
      [viewerId, ids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          connected: row.connected,
          request: row.request_id
            ? { id: row.request_id, sentByViewer: row.request_sender_id === viewerId }
            : null,
          audience: row.audience ?? 'ANYONE',
          sharesConnection: row.shares_connection === true,
          blockedByViewer: row.blocked_by_viewer,
          blocksViewer: row.blocks_viewer,
        },
      ]),
    );
  }
}
