import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { memberIdListed, memberWithheld } from '../../common/database/visibility.js';

/** A second-degree member and how many connections the viewer shares with them. */
export interface SecondDegreeRow {
  id: string;
  mutual: number;
}

/**
 * "This member is in the network": not deleted, as an anti-join against the few deleted members
 * (a partial index holds only them), and neither hidden nor suspended now, looked up in the few
 * withheld ones (another), so that checking a long list of members does not read the member
 * table.
 */
const LIVE = (column: string) =>
  `NOT EXISTS (SELECT 1 FROM member dm WHERE dm.id = ${column} AND dm.deleted_at IS NOT NULL)
   AND ${memberIdListed(column)}`;

/** Over a member row read anyway: live, neither hidden nor suspended now. */
const LISTED = (m: string) => `${m}.deleted_at IS NULL AND NOT ${memberWithheld(m)}`;

/**
 * Reads of the connection graph. Every query is bounded: one or two indexed hops from a known
 * set of members, never an unbounded recursive query. Deleted members, members hidden or
 * suspended now (nobody reaches or is reached through them meanwhile) and members on either
 * side of a block with the viewer are never returned.
 */
@Injectable()
export class GraphRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** Members blocked by the viewer or blocking them: hidden from each other everywhere. */
  async hiddenFrom(viewerId: string, manager?: EntityManager): Promise<Set<string>> {
    const rows = await this.manager(manager).query<{ id: string }[]>(
      `SELECT blocked_id AS id FROM member_block WHERE blocker_id = $1
       UNION SELECT blocker_id FROM member_block WHERE blocked_id = $1`,
      [viewerId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Whom the viewer blocked, and who blocked the viewer. */
  async blocks(viewerId: string): Promise<{ byViewer: Set<string>; ofViewer: Set<string> }> {
    const rows = await this.dataSource.query<{ id: string; by_viewer: boolean }[]>(
      `SELECT blocked_id AS id, true AS by_viewer FROM member_block WHERE blocker_id = $1
       UNION ALL SELECT blocker_id, false FROM member_block WHERE blocked_id = $1`,
      [viewerId],
    );
    return {
      byViewer: new Set(rows.filter((row) => row.by_viewer).map((row) => row.id)),
      ofViewer: new Set(rows.filter((row) => !row.by_viewer).map((row) => row.id)),
    };
  }

  async isBlockedEitherWay(a: string, b: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.manager(manager).query<unknown[]>(
      `SELECT 1 FROM member_block
       WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)`,
      [a, b],
    );
    return rows.length > 0;
  }

  async isConnected(a: string, b: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.manager(manager).query<unknown[]>(
      'SELECT 1 FROM connection WHERE member_id = $1 AND other_id = $2',
      [a, b],
    );
    return rows.length > 0;
  }

  /** The connections of many members at once (one indexed hop), listed members only. */
  async neighbors(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows = await this.manager(manager).query<{ member_id: string; other_id: string }[]>(
      `SELECT c.member_id, c.other_id FROM connection c
       JOIN member m ON m.id = c.other_id AND ${LISTED('m')}
       WHERE c.member_id = ANY($1)`,
      [ids],
    );
    for (const row of rows) result.get(row.member_id)?.push(row.other_id);
    return result;
  }

  /** Which of `targets` are connected to one of `from` (one indexed hop, both sets bounded). */
  async reachableFrom(
    from: readonly string[],
    targets: readonly string[],
  ): Promise<{ member_id: string; other_id: string }[]> {
    if (from.length === 0 || targets.length === 0) return [];
    return this.dataSource.query(
      'SELECT member_id, other_id FROM connection WHERE member_id = ANY($1) AND other_id = ANY($2)',
      [from, targets],
    );
  }

  /** Which of `targets` are two hops from the members in `from` (through anyone). */
  async twoHopsFrom(from: readonly string[], targets: readonly string[]): Promise<Set<string>> {
    if (from.length === 0 || targets.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT b.other_id AS id
       FROM connection a
       JOIN connection b ON b.member_id = a.other_id
       JOIN member m ON m.id = a.other_id AND ${LISTED('m')}
       WHERE a.member_id = ANY($1) AND b.other_id = ANY($2)`,
      [from, targets],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Connections the viewer shares with each target, counted in one query. Written from the
   * targets' side, both adjacency lists are read once and hash-joined: the cost is the viewer's
   * connections plus the targets', never the viewer's whole second degree. Who is in the network
   * is checked on the viewer's side (the same member, on the shorter list).
   */
  async mutualCounts(viewerId: string, targets: readonly string[]): Promise<Map<string, number>> {
    if (targets.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; mutual: number }[]>(
      `SELECT t.member_id AS id, count(*)::int AS mutual
       FROM connection t
       JOIN connection v ON v.member_id = $1 AND v.other_id = t.other_id
       WHERE t.member_id = ANY($2) AND ${LIVE('v.other_id')}
       GROUP BY t.member_id`,
      [viewerId, targets],
    );
    return new Map(rows.map((row) => [row.id, row.mutual]));
  }

  /** The connections the viewer shares with one member, connectors first, then by name. */
  async mutualConnections(
    viewerId: string,
    targetId: string,
    limit: number,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows = await this.manager(manager).query<{ id: string }[]>(
      `SELECT m.id
       FROM connection t
       JOIN connection v ON v.member_id = $1 AND v.other_id = t.other_id
       JOIN member m ON m.id = t.other_id AND ${LISTED('m')}
       WHERE t.member_id = $2
       ORDER BY ('CONNECTOR' = ANY(m.roles)) DESC, m.display_name, m.id
       LIMIT $3`,
      [viewerId, targetId, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Which of `ids` the viewer is connected to (one indexed lookup, bounded by `ids`). */
  async connectedAmong(viewerId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT other_id AS id FROM connection WHERE member_id = $1 AND other_id = ANY($2)',
      [viewerId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Second-degree members ranked by connections shared with the viewer, reached through the
   * viewer's `sources` most recent connections: neither the viewer nor their connections, nor
   * anyone hidden by a block, dismissed, or deleted. The two-hop rows are counted first and the
   * exclusions applied once per distinct candidate; deleted members are found through a partial
   * index. `complete` is false when the viewer has more connections than `sources`, and the
   * counts are then lower bounds.
   */
  async secondDegree(
    viewerId: string,
    limit: number,
    sources: number,
  ): Promise<{ candidates: SecondDegreeRow[]; complete: boolean }> {
    const rows = await this.dataSource.query<(SecondDegreeRow & { connections: number })[]>(
      `WITH mine AS (
         SELECT other_id AS id FROM connection WHERE member_id = $1
       ), recent AS (
         SELECT other_id AS id FROM connection
         WHERE member_id = $1 AND ${memberIdListed('other_id')}
         ORDER BY created_at DESC, other_id DESC LIMIT $3
       ), counts AS (
         SELECT b.other_id AS id, count(*)::int AS mutual
         FROM recent JOIN connection b ON b.member_id = recent.id
         WHERE b.other_id <> $1
         GROUP BY b.other_id
       )
       SELECT counts.id, counts.mutual, (SELECT count(*)::int FROM mine) AS connections
       FROM counts
       WHERE NOT EXISTS (SELECT 1 FROM mine WHERE mine.id = counts.id)
         AND ${LIVE('counts.id')}
         AND NOT EXISTS (SELECT 1 FROM member_block k
                         WHERE k.blocker_id = $1 AND k.blocked_id = counts.id)
         AND NOT EXISTS (SELECT 1 FROM member_block k
                         WHERE k.blocked_id = $1 AND k.blocker_id = counts.id)
         AND NOT EXISTS (SELECT 1 FROM suggestion_dismissal d
                         WHERE d.member_id = $1 AND d.dismissed_id = counts.id)
       ORDER BY counts.mutual DESC, counts.id
       LIMIT $2`,
      [viewerId, limit, sources],
    );
    return {
      candidates: rows.map(({ id, mutual }) => ({ id, mutual })),
      complete: (rows[0]?.connections ?? 0) <= sources,
    };
  }

  /** Members (live) among `ids` who hold the CONNECTOR role. */
  async connectorsAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT m.id FROM member m
       WHERE m.id = ANY($1) AND ${LISTED('m')} AND 'CONNECTOR' = ANY(m.roles)`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }
}
