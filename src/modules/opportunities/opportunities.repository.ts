import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { opportunityListed } from '../../common/database/visibility.js';
import { decodeCursor, decodeTimeCursor } from '../../common/graphql/pagination.js';
import type { BusinessStage } from '../../common/taxonomy/need-offer-categories.js';
import {
  OpportunityEntity,
  OpportunityInterestEntity,
  OpportunitySaveEntity,
} from './opportunity.entity.js';
import type { OpportunityKind, OpportunityStatus } from './opportunity.types.js';

/** What a list asks for, once the service has decided whose and which statuses it may see. */
export interface OpportunityQuery {
  viewerId: string | undefined;
  /**
   * PUBLISHED (and not past its deadline, nor withheld by moderation) to anyone; MINE: the
   * viewer's and their organizations'; ALL: staff.
   */
  scope: 'PUBLISHED' | 'MINE' | 'ALL';
  kinds?: OpportunityKind[];
  sectors?: string[];
  stages?: BusinessStage[];
  neighborhoods?: string[];
  organizationId?: string;
  statuses?: OpportunityStatus[];
}

/** The status as readers see it: PUBLISHED past its deadline is EXPIRED even before the sweep. */
const EFFECTIVE_STATUS = `(CASE WHEN o.status = 'PUBLISHED' AND o.deadline <= now() THEN 'EXPIRED' ELSE o.status END)`;
/** Open to anyone: published, not past its deadline, and not withheld by moderation. */
const OPEN = `o.status = 'PUBLISHED' AND (o.deadline IS NULL OR o.deadline > now())
  AND ${opportunityListed('o')}`;
/** A member's own opportunity (not an organization's) is hidden across a block, either way. */
const NOT_BLOCKED = `NOT (o.organization_id IS NULL AND EXISTS (
  SELECT 1 FROM member_block b
  WHERE (b.blocker_id = :viewerId AND b.blocked_id = o.poster_id)
     OR (b.blocker_id = o.poster_id AND b.blocked_id = :viewerId)))`;
/** Organizations the viewer owns or administers. */
const MANAGED = `SELECT om.organization_id FROM organization_member om
  WHERE om.member_id = :viewerId AND om.role IN ('OWNER', 'ADMIN')`;

const INTEREST_COLUMNS = `i.id, i.opportunity_id AS "opportunityId", i.member_id AS "memberId",
  i.organization_id AS "organizationId", i.message, i.status, i.outcome_kind AS "outcomeKind",
  i.outcome_note AS "outcomeNote", i.outcome_recorded_at AS "outcomeRecordedAt",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

/** The only place that reads and writes opportunities, interest in them and saves. */
@Injectable()
export class OpportunitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- opportunities

  findById(id: string, manager?: EntityManager, lock = false): Promise<OpportunityEntity | null> {
    const query = this.manager(manager)
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .where('o.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  findByIds(ids: readonly string[]): Promise<OpportunityEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(OpportunityEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Of these, the opportunities moderation withholds from all but their poster side and staff:
   * hidden themselves, of a hidden organization, or a member's own of a member hidden or
   * suspended now.
   */
  async withheldAmong(ids: readonly string[], manager?: EntityManager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.manager(manager).query<{ id: string }[]>(
      `SELECT o.id FROM opportunity o WHERE o.id = ANY($1) AND NOT ${opportunityListed('o')}`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async insert(manager: EntityManager, values: Partial<OpportunityEntity>): Promise<string> {
    const repo = manager.getRepository(OpportunityEntity);
    return (await repo.save(repo.create(values))).id;
  }

  async update(
    manager: EntityManager,
    id: string,
    values: Partial<OpportunityEntity>,
  ): Promise<void> {
    if (Object.keys(values).length > 0) {
      await manager.getRepository(OpportunityEntity).update(id, values);
    }
  }

  /** Whether this organization, or this member on their own account, ever had one published. */
  async hasPublished(
    manager: EntityManager,
    poster: { organizationId: string } | { memberId: string },
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'organizationId' in poster
        ? 'SELECT 1 FROM opportunity WHERE organization_id = $1 AND published_at IS NOT NULL LIMIT 1'
        : `SELECT 1 FROM opportunity
           WHERE poster_id = $1 AND organization_id IS NULL AND published_at IS NOT NULL LIMIT 1`,
      ['organizationId' in poster ? poster.organizationId : poster.memberId],
    );
    return rows.length > 0;
  }

  /** PUBLISHED past their deadline become EXPIRED; returns their ids (none when run again). */
  async expireDue(manager: EntityManager): Promise<string[]> {
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE opportunity SET status = 'EXPIRED', closed_at = deadline, updated_at = now()
       WHERE status = 'PUBLISHED' AND deadline <= now() RETURNING id`,
    );
    return rows.map((row) => row.id);
  }

  /**
   * One page: published ones newest published first; the viewer's own (or staff's) newest
   * created first, since drafts have no publication date. Keyset on (that time, id).
   */
  page(query: OpportunityQuery, first: number, after?: string): Promise<OpportunityEntity[]> {
    const byPublication = query.scope === 'PUBLISHED';
    const column = byPublication ? 'o.published_at' : 'o.created_at';
    const builder = this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .setParameter('viewerId', query.viewerId ?? null);
    if (query.scope === 'PUBLISHED') {
      builder.where(OPEN);
      if (query.viewerId) builder.andWhere(NOT_BLOCKED);
    } else if (query.scope === 'MINE') {
      builder.where(`(o.poster_id = :viewerId OR o.organization_id IN (${MANAGED}))`);
    }
    this.filter(builder, query);
    if (after) {
      const [key, id] = decodeCursor(after);
      builder.andWhere(
        `(${column}, o.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))`,
        {
          afterKey: key,
          afterId: id,
        },
      );
    }
    return builder
      .orderBy(column, 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(first + 1)
      .getMany();
  }

  /** Those waiting for city staff, longest waiting first; keyset on (review_requested_at, id). */
  reviewQueue(first: number, after?: string): Promise<OpportunityEntity[]> {
    const builder = this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .where(`o.status = 'IN_REVIEW'`);
    if (after) {
      const [key, id] = decodeTimeCursor(after);
      builder.andWhere(
        '(o.review_requested_at, o.id) > (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))',
        { afterKey: key, afterId: id },
      );
    }
    return builder
      .orderBy('o.review_requested_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
  }

  private filter(builder: SelectQueryBuilder<OpportunityEntity>, query: OpportunityQuery): void {
    if (query.kinds?.length) builder.andWhere('o.kind = ANY(:kinds)', { kinds: query.kinds });
    if (query.sectors?.length) {
      builder.andWhere(`(o.sectors && CAST(:sectors AS varchar[]) OR cardinality(o.sectors) = 0)`, {
        sectors: query.sectors,
      });
    }
    if (query.stages?.length) {
      builder.andWhere(`(o.stages && CAST(:stages AS varchar[]) OR cardinality(o.stages) = 0)`, {
        stages: query.stages,
      });
    }
    if (query.neighborhoods?.length) {
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('o.neighborhoods && CAST(:neighborhoods AS varchar[])', {
              neighborhoods: query.neighborhoods,
            })
            .orWhere('o.citywide'),
        ),
      );
    }
    if (query.organizationId) {
      builder.andWhere('o.organization_id = :organizationId', {
        organizationId: query.organizationId,
      });
    }
    if (query.statuses?.length) {
      builder.andWhere(`${EFFECTIVE_STATUS} = ANY(:statuses)`, { statuses: query.statuses });
    }
  }

  /**
   * The member's saved opportunities still open to them, newest saved first (those withheld by
   * moderation are left out, their saves kept: they come back when it lets them go).
   */
  async savedPage(
    memberId: string,
    first: number,
    after?: string,
  ): Promise<{ opportunity: OpportunityEntity; savedAt: Date }[]> {
    const builder = this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .innerJoin(OpportunitySaveEntity, 's', 's.opportunity_id = o.id AND s.member_id = :viewerId')
      .addSelect('s.created_at', 'saved_at')
      .setParameter('viewerId', memberId)
      .where(OPEN)
      .andWhere(NOT_BLOCKED);
    if (after) {
      const [key, id] = decodeCursor(after);
      builder.andWhere(
        '(s.created_at, o.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))',
        { afterKey: key, afterId: id },
      );
    }
    const { entities, raw } = await builder
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ o_id: string; saved_at: Date }>();
    const savedAt = new Map(raw.map((row) => [row.o_id, row.saved_at]));
    return entities.map((opportunity) => ({
      opportunity,
      savedAt: savedAt.get(opportunity.id)!,
    }));
  }

  /** Which of these the member saved. */
  async savedAmong(memberId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT opportunity_id AS id FROM opportunity_save WHERE member_id = $1 AND opportunity_id = ANY($2)',
      [memberId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async save(memberId: string, opportunityId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO opportunity_save (member_id, opportunity_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [memberId, opportunityId],
    );
  }

  async unsave(memberId: string, opportunityId: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM opportunity_save WHERE member_id = $1 AND opportunity_id = $2',
      [memberId, opportunityId],
    );
  }

  /** Of these members, those on either side of a block with the viewer. */
  async blockedAmong(
    viewerId: string,
    memberIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows = await this.manager(manager).query<{ id: string }[]>(
      `SELECT blocked_id AS id FROM member_block WHERE blocker_id = $1 AND blocked_id = ANY($2)
       UNION
       SELECT blocker_id FROM member_block WHERE blocked_id = $1 AND blocker_id = ANY($2)`,
      [viewerId, memberIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  // ---------------------------------------------------------------- interest

  findInterest(
    manager: EntityManager,
    opportunityId: string,
    memberId: string,
  ): Promise<OpportunityInterestEntity | null> {
    return manager
      .getRepository(OpportunityInterestEntity)
      .createQueryBuilder('i')
      .where('i.opportunity_id = :opportunityId AND i.member_id = :memberId', {
        opportunityId,
        memberId,
      })
      .setLock('pessimistic_write')
      .getOne();
  }

  findInterestById(
    id: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<OpportunityInterestEntity | null> {
    const query = this.manager(manager)
      .getRepository(OpportunityInterestEntity)
      .createQueryBuilder('i')
      .where('i.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async insertInterest(
    manager: EntityManager,
    values: Pick<
      OpportunityInterestEntity,
      'opportunityId' | 'memberId' | 'organizationId' | 'message'
    >,
  ): Promise<string> {
    const repo = manager.getRepository(OpportunityInterestEntity);
    return (await repo.save(repo.create(values))).id;
  }

  /** Expressed again after a withdrawal: a new interest in the same row, newest again. */
  async reactivateInterest(
    manager: EntityManager,
    id: string,
    values: { organizationId: string | null; message: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE opportunity_interest SET status = 'ACTIVE', organization_id = $2, message = $3,
         outcome_kind = NULL, outcome_note = '', outcome_recorded_at = NULL,
         created_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, values.organizationId, values.message],
    );
  }

  async updateInterest(
    manager: EntityManager,
    id: string,
    values: Partial<OpportunityInterestEntity>,
  ): Promise<void> {
    await manager.getRepository(OpportunityInterestEntity).update(id, values);
  }

  /** The member's own interests in these opportunities, whatever their status. */
  interestsOf(memberId: string, opportunityIds: readonly string[]) {
    if (opportunityIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(OpportunityInterestEntity).findBy({
      memberId,
      opportunityId: In([...opportunityIds]),
    });
  }

  /** ACTIVE interests per opportunity. */
  async activeCounts(opportunityIds: readonly string[]): Promise<Map<string, number>> {
    if (opportunityIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; count: number }[]>(
      `SELECT opportunity_id AS id, count(*)::int AS count FROM opportunity_interest
       WHERE opportunity_id = ANY($1) AND status = 'ACTIVE' GROUP BY opportunity_id`,
      [opportunityIds],
    );
    return new Map(rows.map((row) => [row.id, row.count]));
  }

  /**
   * The same page (newest first) of the interest in each of many opportunities, in one query:
   * `first + 1` rows each, so that each page knows whether it has a next.
   */
  async interestPages(
    opportunityIds: readonly string[],
    first: number,
    after?: string,
  ): Promise<OpportunityInterestEntity[]> {
    if (opportunityIds.length === 0) return [];
    const [key, id] = after ? decodeCursor(after) : [null, null];
    return this.dataSource.query<OpportunityInterestEntity[]>(
      `SELECT * FROM (
         SELECT ${INTEREST_COLUMNS}, row_number() OVER (
           PARTITION BY i.opportunity_id ORDER BY i.created_at DESC, i.id DESC) AS position
         FROM opportunity_interest i
         WHERE i.opportunity_id = ANY($1)
           AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
       ) page WHERE position <= $4 ORDER BY "createdAt" DESC, id DESC`,
      [opportunityIds, key, id, first + 1],
    );
  }

  /**
   * The member's interests, newest first; those in a member's opportunity hidden from them by a
   * block, and those in an opportunity withheld by moderation, are left out.
   */
  async memberInterestPage(
    memberId: string,
    first: number,
    after?: string,
  ): Promise<OpportunityInterestEntity[]> {
    const [key, id] = after ? decodeCursor(after) : [null, null];
    return this.dataSource.query<OpportunityInterestEntity[]>(
      `SELECT ${INTEREST_COLUMNS} FROM opportunity_interest i
       JOIN opportunity o ON o.id = i.opportunity_id
       WHERE i.member_id = $1
         AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
         AND NOT (o.organization_id IS NULL AND EXISTS (
           SELECT 1 FROM member_block b
           WHERE (b.blocker_id = $1 AND b.blocked_id = o.poster_id)
              OR (b.blocker_id = o.poster_id AND b.blocked_id = $1)))
         AND ${opportunityListed('o')}
       ORDER BY i.created_at DESC, i.id DESC LIMIT $4`,
      [memberId, key, id, first + 1],
    );
  }

  // ---------------------------------------------------------------- account

  /** What a member posted, the interest they expressed and what they saved. */
  async exportFor(manager: EntityManager, memberId: string) {
    const posted = await manager.getRepository(OpportunityEntity).find({
      where: { posterId: memberId },
      order: { createdAt: 'ASC' },
    });
    const interests = await manager.getRepository(OpportunityInterestEntity).find({
      where: { memberId },
      order: { createdAt: 'ASC' },
    });
    const saves = await manager.getRepository(OpportunitySaveEntity).find({
      where: { memberId },
      order: { createdAt: 'ASC' },
    });
    return { posted, interests, saves };
  }

  /**
   * A deleted member's own opportunities close (an organization's stay with it), their
   * interest is withdrawn and their saves go.
   */
  async forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(
      `UPDATE opportunity SET status = 'CLOSED', closed_at = now(), updated_at = now()
       WHERE poster_id = $1 AND organization_id IS NULL AND status NOT IN ('CLOSED', 'EXPIRED')`,
      [memberId],
    );
    await manager.query(
      `UPDATE opportunity_interest SET status = 'WITHDRAWN', updated_at = now()
       WHERE member_id = $1 AND status = 'ACTIVE'`,
      [memberId],
    );
    await manager.query('DELETE FROM opportunity_save WHERE member_id = $1', [memberId]);
  }
}
