import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
