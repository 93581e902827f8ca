import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SpamDefense } from '../../config/city-profile.js';

/** An activity that a daily limit counts, named as in the city profile. */
export type CountedActivity = keyof SpamDefense['dailyLimits'];

/** A member's standing as it is now, in the caller's transaction. */
export interface StandingRow {
  restricted: boolean;
  suspended: boolean;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
  /** New or unverified, and holding no role that staff grant: the spam limits apply. */
  limited: boolean;
}

/**
 * The rows each activity leaves, by the member who did it (each has an index on the member and
 * the time): the counts come from what is there, so nothing extra is written per action.
 */
const ACTIVITY_ROWS: Record<CountedActivity, string> = {
  connectionRequests: 'SELECT created_at FROM connection_request WHERE sender_id = $1',
  messages: 'SELECT created_at FROM message WHERE sender_id = $1',
  opportunities: 'SELECT created_at FROM opportunity WHERE poster_id = $1',
  introductions: `SELECT created_at FROM introduction WHERE introducer_id = $1
                  UNION ALL
                  SELECT created_at FROM introduction_request WHERE requester_id = $1`,
};

/** Reads a member's standing and recent activity; records spam signals. */
@Injectable()
export class StandingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks the member's row for the rest of the transaction, so that their concurrent actions
   * are counted one at a time (FOR NO KEY UPDATE: rows that merely reference the member, such
   * as a notification for them, are not held up).
   */
  async standing(
    manager: EntityManager,
    memberId: string,
    newAccountDays: number,
    lock: boolean,
  ): Promise<StandingRow | null> {
    const rows = await manager.query<Record<string, unknown>[]>(
      `SELECT restricted_at IS NOT NULL AS restricted,
              suspended_at IS NOT NULL AND (suspended_until IS NULL OR suspended_until > now())
                AS suspended,
              suspended_until, suspension_reason,
              NOT (roles && ARRAY['CONNECTOR', 'STAFF', 'ADMIN']::varchar[])
                AND (email_verified_at IS NULL OR created_at > now() - make_interval(days => $2))
                AS limited
       FROM member WHERE id = $1 AND deleted_at IS NULL
       ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [memberId, newAccountDays],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      restricted: row.restricted as boolean,
      suspended: row.suspended as boolean,
      suspendedUntil: row.suspended_until as Date | null,
      suspensionReason: row.suspension_reason as string | null,
      limited: row.limited as boolean,
    };
  }

  /** What the member did of one activity in the last 24 hours, and in the last few seconds. */
  async recentCounts(
    manager: EntityManager,
    memberId: string,
    activity: CountedActivity,
    burstSeconds: number,
  ): Promise<{ day: number; burst: number }> {
    const [row] = await manager.query<{ day: number; burst: number }[]>(
      `SELECT count(*)::int AS day,
              count(*) FILTER (WHERE created_at > now() - make_interval(secs => $2))::int AS burst
       FROM (${ACTIVITY_ROWS[activity]}) AS done
       WHERE created_at > now() - interval '24 hours'`,
      [memberId, burstSeconds],
    );
    return row;
  }

  /** Records a signal unless one for the member and activity exists today (UTC); true if new. */
  async recordSignal(signal: { memberId: string; activity: string; note: string }) {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO spam_signal (member_id, activity, day, note)
       VALUES ($1, $2, (now() AT TIME ZONE 'UTC')::date, $3)
       ON CONFLICT DO NOTHING RETURNING member_id`,
      [signal.memberId, signal.activity, signal.note.slice(0, 500)],
    );
    return rows.length > 0;
  }
}
