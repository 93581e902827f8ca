import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { returningRows } from '../../common/database/returning-rows.js';
import { EmailTokenEntity, type EmailTokenPurpose } from './email-token.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

/** Refresh tokens and mailed single-use tokens; only their hashes are stored. */
@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertRefreshToken(
    values: Pick<
      RefreshTokenEntity,
      'memberId' | 'familyId' | 'tokenHash' | 'expiresAt' | 'userAgent'
    >,
  ): Promise<void> {
    await this.dataSource.getRepository(RefreshTokenEntity).insert(values);
  }

  /**
   * Marks a live token used, in one statement, and returns it; undefined when the token is
   * unknown, expired, revoked or already used (two concurrent uses cannot both win).
   */
  async consumeRefreshToken(tokenHash: string): Promise<RefreshTokenEntity | undefined> {
    const result: unknown = await this.dataSource.query(
      `UPDATE refresh_token SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       RETURNING id, member_id, family_id`,
      [tokenHash],
    );
    const [row] = returningRows<{ id: string; member_id: string; family_id: string }>(result);
    if (!row) return undefined;
    return this.dataSource
      .getRepository(RefreshTokenEntity)
      .create({ id: row.id, memberId: row.member_id, familyId: row.family_id });
  }

  findRefreshToken(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Every session of a member, optionally but one (the device that asked). */
  async revokeAll(
    memberId: string,
    exceptFamilyId?: string,
    manager?: EntityManager,
  ): Promise<void> {
    const query = (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('member_id = :memberId AND revoked_at IS NULL', { memberId });
    if (exceptFamilyId) query.andWhere('family_id <> :exceptFamilyId', { exceptFamilyId });
    await query.execute();
  }

  async insertEmailToken(
    manager: EntityManager,
    values: Pick<EmailTokenEntity, 'memberId' | 'purpose' | 'email' | 'tokenHash' | 'expiresAt'>,
  ): Promise<void> {
    await manager.getRepository(EmailTokenEntity).insert(values);
  }

  /** Uses a live mailed token of one of the purposes, in the caller's transaction. */
  async consumeEmailToken(
    manager: EntityManager,
    tokenHash: string,
    purposes: EmailTokenPurpose[],
  ): Promise<EmailTokenEntity | undefined> {
    const token = await manager
      .getRepository(EmailTokenEntity)
      .createQueryBuilder('token')
      .setLock('pessimistic_write')
      .where('token.token_hash = :tokenHash', { tokenHash })
      .andWhere('token.purpose IN (:...purposes)', { purposes })
      .andWhere('token.used_at IS NULL AND token.expires_at > now()')
      .getOne();
    if (!token) return undefined;
    await manager.getRepository(EmailTokenEntity).update(token.id, { usedAt: new Date() });
    return token;
  }

  async deleteAllFor(manager: EntityManager, memberId: string): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).delete({ memberId });
    await manager.getRepository(EmailTokenEntity).delete({ memberId });
  }

  async exportFor(manager: EntityManager, memberId: string) {
    const sessions = await manager.getRepository(RefreshTokenEntity).find({
      select: {
        familyId: true,
        userAgent: true,
        createdAt: true,
        expiresAt: true,
        usedAt: true,
        revokedAt: true,
      },
      where: { memberId },
      order: { createdAt: 'ASC' },
    });
    const links = await manager.getRepository(EmailTokenEntity).find({
      select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true },
      where: { memberId },
      order: { createdAt: 'ASC' },
    });
    return { sessions, links };
  }
}
