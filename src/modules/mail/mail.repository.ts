import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../common/database/returning-rows.js';
import { MailOutboxEntity } from './mail-outbox.entity.js';

export interface OutgoingMail {
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inside the caller's transaction: the mail exists exactly when the change does. */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    await manager.getRepository(MailOutboxEntity).insert({ ...mail });
  }

  /**
   * Claims mail that is due, in one statement (no transaction held while sending): rows claimed
   * by another worker are skipped, and a claim expires if its worker dies.
   */
  async claimDue(limit: number, claimSeconds: number): Promise<MailOutboxEntity[]> {
    const result: unknown = await this.dataSource.query(
      `UPDATE mail_outbox SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE status = 'PENDING' AND next_attempt_at <= now()
           AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY next_attempt_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, text, html, attempts`,
      [limit, claimSeconds],
    );
    return returningRows<Record<string, unknown>>(result).map((row) =>
      this.dataSource.getRepository(MailOutboxEntity).create({
        id: row.id as string,
        recipient: row.recipient as string,
        subject: row.subject as string,
        text: row.text as string,
        html: row.html as string,
        attempts: row.attempts as number,
      }),
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource
      .getRepository(MailOutboxEntity)
      .update(id, { status: 'SENT', sentAt: new Date(), claimedUntil: null, lastError: null });
  }

  async markFailedAttempt(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.getRepository(MailOutboxEntity).update(id, {
      status: retryAt ? 'PENDING' : 'FAILED',
      nextAttemptAt: retryAt ?? undefined,
      claimedUntil: null,
      lastError: error.slice(0, 2000),
    });
  }

  recent(limit: number): Promise<MailOutboxEntity[]> {
    return this.dataSource
      .getRepository(MailOutboxEntity)
      .find({ order: { createdAt: 'DESC' }, take: limit });
  }

  findOne(id: string): Promise<MailOutboxEntity | null> {
    return this.dataSource.getRepository(MailOutboxEntity).findOneBy({ id });
  }

  forRecipient(manager: EntityManager, recipient: string) {
    return manager.getRepository(MailOutboxEntity).find({
      select: { subject: true, text: true, status: true, createdAt: true, sentAt: true },
      where: { recipient },
      order: { createdAt: 'ASC' },
    });
  }

  async deleteForRecipient(manager: EntityManager, recipient: string): Promise<void> {
    await manager.getRepository(MailOutboxEntity).delete({ recipient });
  }
}
