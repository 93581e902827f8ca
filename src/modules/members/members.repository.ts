import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { memberWithheld } from '../../common/database/visibility.js';
import type { NeedOfferCategory } from '../../common/taxonomy/need-offer-categories.js';
import { MemberStatementEntity, type StatementKind } from './member-statement.entity.js';
import { MemberEntity } from './member.entity.js';

/** The only place that reads and writes the member table. */
@Injectable()
export class MembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MemberEntity);
  }

  findById(
    id: string,
    manager?: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<MemberEntity | null> {
    if (!options.lock) return this.repo(manager).findOneBy({ id });
    return this.repo(manager)
      .createQueryBuilder('member')
      .setLock('pessimistic_write')
      .where('member.id = :id', { id })
      .getOne();
  }

  /** Locks those members' rows, so that two concurrent demotions cannot both see "one more". */
  async countWithRoleForUpdate(role: string, manager: EntityManager): Promise<number> {
    const members = await this.repo(manager)
      .createQueryBuilder('member')
      .select('member.id')
      .setLock('pessimistic_write')
      .where(':role = ANY(member.roles)', { role })
      .getMany();
    return members.length;
  }

  findByEmail(email: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.repo(manager).findOneBy({ email });
  }

  findByHandle(handle: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.repo(manager).findOneBy({ handle });
  }

  /** Live (not deleted) members by id, in no particular order. */
  findLiveByIds(ids: readonly string[], manager?: EntityManager): Promise<MemberEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo(manager)
      .createQueryBuilder('member')
      .where('member.id = ANY(:ids)', { ids })
      .andWhere('member.deletedAt IS NULL')
      .getMany();
  }

  /**
   * Sectors, place, and need and offer categories of many live members, in one query and without
   * loading whole entities: people-you-may-know compares two hundred at a time.
   */
  matchFactsOf(ids: readonly string[]): Promise<
    {
      id: string;
      sectors: string[];
      neighborhood: string | null;
      needs: NeedOfferCategory[];
      offers: NeedOfferCategory[];
    }[]
  > {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT m.id, m.sectors, m.neighborhood,
              coalesce(array_agg(s.category) FILTER (WHERE s.kind = 'NEED'), '{}') AS needs,
              coalesce(array_agg(s.category) FILTER (WHERE s.kind = 'OFFER'), '{}') AS offers
       FROM member m LEFT JOIN member_statement s ON s.member_id = m.id
       WHERE m.id = ANY($1) AND m.deleted_at IS NULL AND NOT ${memberWithheld('m')}
       GROUP BY m.id`,
      [ids],
    );
  }

  /**
   * Refreshes the projections (search, match facts) of the members whose suspension ran out and
   * whom they still leave out (a few hundred at a time); returns how many. The suspended members
   * are read from the partial index member_withheld.
   */
  async restoreEndedSuspensions(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ ids: string[] }[]>(
      `SELECT ARRAY(
         SELECT m.id FROM member m
         WHERE m.suspended_at IS NOT NULL AND m.suspended_until <= now()
           AND m.hidden_at IS NULL AND m.deleted_at IS NULL
           AND (NOT EXISTS (SELECT 1 FROM member_match_facts f
                            WHERE f.member_id = m.id AND f.visible)
                OR NOT EXISTS (SELECT 1 FROM search_document d WHERE d.id = m.id))
         ORDER BY m.id LIMIT 500) AS ids`,
    );
    if (row.ids.length > 0) {
      await manager.query('SELECT visibility_refresh_members($1::uuid[])', [row.ids]);
    }
    return row.ids.length;
  }

  /** The needs and offers of many members in one query. */
  statementsOfMany(memberIds: readonly string[]): Promise<MemberStatementEntity[]> {
    if (memberIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(MemberStatementEntity)
      .createQueryBuilder('s')
      .where('s.memberId = ANY(:memberIds)', { memberIds })
      .orderBy('s.kind', 'ASC')
      .addOrderBy('s.position', 'ASC')
      .getMany();
  }

  /**
   * Who the viewer is to each member: connected, or hidden by a block either way. One query for
   * any number of members.
   */
  async relationsOf(
    viewerId: string,
    memberIds: readonly string[],
  ): Promise<{ connected: Set<string>; hidden: Set<string> }> {
    const connected = new Set<string>();
    const hidden = new Set<string>();
    if (memberIds.length === 0) return { connected, hidden };
    const rows = await this.dataSource.query<{ id: string; kind: 'c' | 'b' }[]>(
      `SELECT other_id AS id, 'c' AS kind FROM connection WHERE member_id = $1 AND other_id = ANY($2)
       UNION ALL
       SELECT blocked_id, 'b' FROM member_block WHERE blocker_id = $1 AND blocked_id = ANY($2)
       UNION ALL
       SELECT blocker_id, 'b' FROM member_block WHERE blocked_id = $1 AND blocker_id = ANY($2)`,
      [viewerId, memberIds],
    );
    for (const row of rows) (row.kind === 'c' ? connected : hidden).add(row.id);
    return { connected, hidden };
  }

  /** A deleted member leaves the network: connections, requests, blocks and dismissals go. */
  async leaveNetwork(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM connection WHERE member_id = $1 OR other_id = $1', [id]);
    await manager.query(
      'DELETE FROM connection_request WHERE sender_id = $1 OR recipient_id = $1',
      [id],
    );
    await manager.query('DELETE FROM member_block WHERE blocker_id = $1 OR blocked_id = $1', [id]);
    await manager.query(
      'DELETE FROM suggestion_dismissal WHERE member_id = $1 OR dismissed_id = $1',
      [id],
    );
    // Introductions keep their history (with the tombstone); what was still open closes.
    await manager.query(
      `UPDATE introduction SET status = 'EXPIRED', updated_at = now()
       WHERE status = 'PROPOSED' AND $1 IN (introducer_id, member_a_id, member_b_id)`,
      [id],
    );
    await manager.query(
      `UPDATE introduction_request SET status = 'DECLINED', answered_at = now()
       WHERE status = 'PENDING' AND $1 IN (requester_id, introducer_id, target_id)`,
      [id],
    );
  }

  statementsOf(memberId: string, manager?: EntityManager): Promise<MemberStatementEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(MemberStatementEntity)
      .find({ where: { memberId }, order: { kind: 'ASC', position: 'ASC' } });
  }

  /** Replaces a member's needs (or offers) with a new list, in the caller's transaction. */
  async replaceStatements(
    manager: EntityManager,
    memberId: string,
    kind: StatementKind,
    statements: Pick<MemberStatementEntity, 'category' | 'text'>[],
  ): Promise<void> {
    const repo = manager.getRepository(MemberStatementEntity);
    await repo.delete({ memberId, kind });
    if (statements.length > 0) {
      await repo.insert(statements.map((s, position) => ({ ...s, memberId, kind, position })));
    }
  }

  async updateProfile(
    manager: EntityManager,
    id: string,
    values: Partial<
      Pick<
        MemberEntity,
        | 'displayName'
        | 'handle'
        | 'headline'
        | 'bio'
        | 'neighborhood'
        | 'homeCity'
        | 'homeCountry'
        | 'languages'
        | 'sectors'
        | 'stage'
        | 'phone'
        | 'links'
        | 'consideringLocating'
        | 'visibility'
        | 'privacy'
        | 'photoKey'
      >
    >,
  ): Promise<void> {
    if (Object.keys(values).length > 0) await this.repo(manager).update(id, values);
  }

  async emailTaken(email: string, manager?: EntityManager): Promise<boolean> {
    return this.repo(manager).existsBy({ email });
  }

  async handleTaken(handle: string, manager?: EntityManager): Promise<boolean> {
    return this.repo(manager).existsBy({ handle });
  }

  async insert(
    manager: EntityManager,
    values: Pick<MemberEntity, 'email' | 'handle' | 'displayName' | 'passwordHash' | 'locale'>,
  ): Promise<MemberEntity> {
    const member = this.repo(manager).create({ ...values, roles: ['MEMBER'] });
    return this.repo(manager).save(member);
  }

  async update(
    id: string,
    values: Partial<
      Pick<
        MemberEntity,
        | 'email'
        | 'emailVerifiedAt'
        | 'passwordHash'
        | 'failedSignInCount'
        | 'lockedUntil'
        | 'roles'
        | 'displayName'
        | 'deletedAt'
      >
    >,
    manager?: EntityManager,
  ): Promise<void> {
    await this.repo(manager).update(id, values);
  }

  /** Counts a failed sign-in; at the threshold, locks the account and starts counting again. */
  async recordFailedSignIn(id: string, threshold: number, lockSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE member SET
         failed_sign_in_count = CASE WHEN failed_sign_in_count + 1 >= $2 THEN 0 ELSE failed_sign_in_count + 1 END,
         locked_until = CASE WHEN failed_sign_in_count + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
       WHERE id = $1`,
      [id, threshold, lockSeconds],
    );
  }

  /** Overwrites every personal field; the id stays so that references hold. */
  async anonymize(manager: EntityManager, id: string): Promise<void> {
    const tag = id.replace(/-/g, '').slice(0, 12);
    await this.repo(manager).update(id, {
      email: `deleted-${tag}@deleted.invalid`,
      handle: `deleted-${tag}`,
      displayName: 'Deleted member',
      photoKey: null,
      headline: '',
      bio: '',
      neighborhood: null,
      homeCity: null,
      homeCountry: null,
      languages: [],
      sectors: [],
      stage: null,
      phone: null,
      links: [],
      consideringLocating: false,
      visibility: null,
      privacy: null,
      roles: ['MEMBER'],
      passwordHash: null,
      emailVerifiedAt: null,
      failedSignInCount: 0,
      lockedUntil: null,
      deletedAt: new Date(),
    });
  }
}
