import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { decodeCursor } from '../../common/graphql/pagination.js';
import {
  IntroductionEntity,
  IntroductionEventEntity,
  IntroductionOutcomeEntity,
  IntroductionRequestEntity,
} from './introduction.entity.js';
import type { IntroductionEventKind, OutcomeKind } from './introduction.types.js';

/** One count of an introducer's record: of a status, or of an outcome kind. */
export interface RecordCountRow {
  introducerId: string;
  part: 'STATUS' | 'OUTCOME';
  key: string;
  count: number;
}

/** The only place that reads and writes introductions, their history, outcomes and requests. */
@Injectable()
export class IntroductionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async insert(
    manager: EntityManager,
    values: Pick<
      IntroductionEntity,
      'introducerId' | 'memberAId' | 'memberBId' | 'note' | 'expiresAt'
    >,
  ): Promise<IntroductionEntity> {
    const repo = manager.getRepository(IntroductionEntity);
    return repo.save(repo.create(values));
  }

  findById(id: string, manager?: EntityManager, lock = false): Promise<IntroductionEntity | null> {
    const query = this.manager(manager)
      .getRepository(IntroductionEntity)
      .createQueryBuilder('intro')
      .where('intro.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async update(
    manager: EntityManager,
    id: string,
    values: Partial<IntroductionEntity>,
  ): Promise<void> {
    await manager.getRepository(IntroductionEntity).update(id, values);
  }

  async addEvent(
    manager: EntityManager,
    introductionId: string,
    kind: IntroductionEventKind,
    actorId: string | null,
  ): Promise<void> {
    await manager.getRepository(IntroductionEventEntity).insert({ introductionId, kind, actorId });
  }

  /** An introduction of these two (either way round) still waiting for answers. */
  openBetween(manager: EntityManager, a: string, b: string): Promise<IntroductionEntity | null> {
    return manager
      .getRepository(IntroductionEntity)
      .createQueryBuilder('intro')
      .where("intro.status = 'PROPOSED' AND intro.expiresAt > now()")
      .andWhere(
        new Brackets((where) =>
          where
            .where('intro.memberAId = :a AND intro.memberBId = :b')
            .orWhere('intro.memberAId = :b AND intro.memberBId = :a'),
        ),
        { a, b },
      )
      .getOne();
  }

  /**
   * One page of a member's introductions, newest first: those they are introduced in
   * (PARTICIPANT) or those they made (INTRODUCER).
   */
  page(
    memberId: string,
    role: 'PARTICIPANT' | 'INTRODUCER',
    first: number,
    after: string | undefined,
  ): Promise<IntroductionEntity[]> {
    const query = this.dataSource
      .getRepository(IntroductionEntity)
      .createQueryBuilder('intro')
      .orderBy('intro.createdAt', 'DESC')
      .addOrderBy('intro.id', 'DESC')
      .take(first + 1);
    if (role === 'INTRODUCER') query.where('intro.introducerId = :memberId', { memberId });
    else {
      query.where(
        new Brackets((where) =>
          where.where('intro.memberAId = :memberId').orWhere('intro.memberBId = :memberId'),
        ),
        { memberId },
      );
    }
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      query.andWhere('(intro.createdAt, intro.id) < (:createdAt, :id)', { createdAt, id });
    }
    return query.getMany();
  }

  eventsOf(ids: readonly string[]): Promise<IntroductionEventEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(IntroductionEventEntity)
      .createQueryBuilder('event')
      .where('event.introductionId = ANY(:ids)', { ids })
      .orderBy('event.occurredAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .getMany();
  }

  outcomesOf(ids: readonly string[]): Promise<IntroductionOutcomeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(IntroductionOutcomeEntity)
      .createQueryBuilder('outcome')
      .where('outcome.introductionId = ANY(:ids)', { ids })
      .orderBy('outcome.recordedAt', 'ASC')
      .getMany();
  }

  async saveOutcome(
    manager: EntityManager,
    introductionId: string,
    memberId: string,
    kind: OutcomeKind,
    note: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO introduction_outcome (introduction_id, member_id, kind, note)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (introduction_id, member_id)
       DO UPDATE SET kind = EXCLUDED.kind, note = EXCLUDED.note, recorded_at = now()`,
      [introductionId, memberId, kind, note],
    );
  }

  /** Marks every introduction past its time as expired, with its event; returns how many. */
  async expireDue(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH due AS (
         UPDATE introduction SET status = 'EXPIRED', updated_at = now()
         WHERE status = 'PROPOSED' AND expires_at <= now()
         RETURNING id
       )
       INSERT INTO introduction_event (introduction_id, kind) SELECT id, 'EXPIRED' FROM due
       RETURNING introduction_id AS id`,
    );
    return rows.map((row) => row.id);
  }

  /**
   * What introducers' introductions came to, in one statement for any number of them: counts by
   * status (a proposal past its time reads EXPIRED) and by outcome kind (each introduction once
   * per kind, however many of its two parties recorded it).
   */
  async recordsOf(introducerIds: readonly string[]): Promise<RecordCountRow[]> {
    if (introducerIds.length === 0) return [];
    return this.dataSource.query<RecordCountRow[]>(
      `SELECT introducer_id AS "introducerId", 'STATUS' AS part,
              CASE WHEN status = 'PROPOSED' AND expires_at <= now() THEN 'EXPIRED' ELSE status END
                AS key, count(*)::int AS count
       FROM introduction WHERE introducer_id = ANY ($1) GROUP BY 1, 3
       UNION ALL
       SELECT i.introducer_id, 'OUTCOME', o.kind, count(DISTINCT o.introduction_id)::int
       FROM introduction_outcome o JOIN introduction i ON i.id = o.introduction_id
       WHERE i.introducer_id = ANY ($1) GROUP BY 1, 3
       ORDER BY 1, 2, 3`,
      [introducerIds],
    );
  }

  // ---------------------------------------------------------------- requests

  async insertRequest(
    manager: EntityManager,
    values: Pick<IntroductionRequestEntity, 'requesterId' | 'introducerId' | 'targetId' | 'reason'>,
  ): Promise<IntroductionRequestEntity> {
    const repo = manager.getRepository(IntroductionRequestEntity);
    return repo.save(repo.create(values));
  }

  findRequest(
    manager: EntityManager,
    id: string,
    lock = false,
  ): Promise<IntroductionRequestEntity | null> {
    const query = manager
      .getRepository(IntroductionRequestEntity)
      .createQueryBuilder('request')
      .where('request.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  pendingRequestExists(
    manager: EntityManager,
    requesterId: string,
    introducerId: string,
    targetId: string,
  ): Promise<boolean> {
    return manager
      .getRepository(IntroductionRequestEntity)
      .existsBy({ requesterId, introducerId, targetId, status: 'PENDING' });
  }

  async updateRequest(
    manager: EntityManager,
    id: string,
    values: Partial<IntroductionRequestEntity>,
  ): Promise<void> {
    await manager.getRepository(IntroductionRequestEntity).update(id, values);
  }

  pageOfRequests(
    memberId: string,
    role: 'REQUESTER' | 'INTRODUCER',
    first: number,
    after: string | undefined,
  ): Promise<IntroductionRequestEntity[]> {
    const query = this.dataSource
      .getRepository(IntroductionRequestEntity)
      .createQueryBuilder('request')
      .where(
        role === 'REQUESTER'
          ? 'request.requesterId = :memberId'
          : 'request.introducerId = :memberId',
        { memberId },
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

  /** The member's introductions and requests, for their data export. */
  async exportFor(manager: EntityManager, memberId: string) {
    type Rows = Record<string, unknown>[];
    const introductions = await manager.query<Rows>(
      `SELECT i.id, i.note, i.status, i.created_at AS "createdAt", i.completed_at AS "completedAt",
              CASE WHEN i.introducer_id = $1 THEN 'INTRODUCER' ELSE 'PARTICIPANT' END AS role,
              CASE WHEN i.member_a_id = $1 THEN i.answer_a WHEN i.member_b_id = $1 THEN i.answer_b END
                AS "yourAnswer"
       FROM introduction i
       WHERE $1 IN (i.introducer_id, i.member_a_id, i.member_b_id) ORDER BY i.created_at`,
      [memberId],
    );
    const outcomes = await manager.query<Rows>(
      `SELECT introduction_id AS "introductionId", kind, note, recorded_at AS "recordedAt"
       FROM introduction_outcome WHERE member_id = $1 ORDER BY recorded_at`,
      [memberId],
    );
    const requests = await manager.query<Rows>(
      `SELECT CASE WHEN requester_id = $1 THEN 'SENT' ELSE 'RECEIVED' END AS direction, reason,
              status, answer_note AS "answerNote", created_at AS "createdAt"
       FROM introduction_request WHERE $1 IN (requester_id, introducer_id) ORDER BY created_at`,
      [memberId],
    );
    return { introductions, outcomes, introductionRequests: requests };
  }
}
