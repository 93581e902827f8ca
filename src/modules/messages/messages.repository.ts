import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor } from '../../common/graphql/pagination.js';
import {
  ConversationEntity,
  ConversationParticipantEntity,
  MessageEntity,
  type ConversationKind,
} from './message.entity.js';

export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  introductionId: string | null;
  lastMessageAt: Date | null;
  createdAt: Date;
  lastReadAt: Date | null;
}

/** The only place that reads and writes conversations, their participants and messages. */
@Injectable()
export class MessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** The conversation of two members, created (with both as participants) if they have none. */
  async directConversation(manager: EntityManager, a: string, b: string): Promise<string> {
    const key = [a, b].sort().join(':');
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO conversation (kind, direct_key) VALUES ('DIRECT', $1)
       ON CONFLICT (direct_key) DO NOTHING RETURNING id`,
      [key],
    );
    if (inserted.length > 0) {
      await this.addParticipants(manager, inserted[0].id, [a, b]);
      return inserted[0].id;
    }
    const [existing] = await manager.query<{ id: string }[]>(
      'SELECT id FROM conversation WHERE direct_key = $1',
      [key],
    );
    return existing.id;
  }

  async introductionConversation(
    manager: EntityManager,
    introductionId: string,
    memberIds: string[],
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO conversation (kind, introduction_id) VALUES ('INTRODUCTION', $1)
       ON CONFLICT (introduction_id) DO UPDATE SET introduction_id = EXCLUDED.introduction_id
       RETURNING id`,
      [introductionId],
    );
    await this.addParticipants(manager, row.id, memberIds);
    return row.id;
  }

  private async addParticipants(manager: EntityManager, id: string, memberIds: string[]) {
    await manager.query(
      `INSERT INTO conversation_participant (conversation_id, member_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, memberIds],
    );
  }

  /** The conversation, if the member takes part in it. */
  async conversationFor(
    conversationId: string,
    memberId: string,
    manager?: EntityManager,
  ): Promise<ConversationRow | null> {
    const rows = await this.manager(manager).query<Record<string, unknown>[]>(
      `SELECT c.id, c.kind, c.introduction_id, c.last_message_at, c.created_at, p.last_read_at
       FROM conversation c
       JOIN conversation_participant p ON p.conversation_id = c.id AND p.member_id = $2
       WHERE c.id = $1`,
      [conversationId, memberId],
    );
    return rows[0] ? toConversation(rows[0]) : null;
  }

  async participantsOf(
    conversationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(conversationIds.map((id) => [id, []]));
    if (conversationIds.length === 0) return result;
    const rows = await this.manager(manager).query<
      { conversation_id: string; member_id: string }[]
    >(
      `SELECT conversation_id, member_id FROM conversation_participant
       WHERE conversation_id = ANY($1) ORDER BY joined_at, member_id`,
      [conversationIds],
    );
    for (const row of rows) result.get(row.conversation_id)?.push(row.member_id);
    return result;
  }

  async insertMessage(
    manager: EntityManager,
    values: Pick<MessageEntity, 'conversationId' | 'senderId' | 'body'>,
  ): Promise<MessageEntity> {
    const repo = manager.getRepository(MessageEntity);
    const message = await repo.save(repo.create(values));
    await manager.getRepository(ConversationEntity).update(values.conversationId, {
      lastMessageAt: message.createdAt,
    });
    // Your own message is read by you.
    await manager
      .getRepository(ConversationParticipantEntity)
      .update(
        { conversationId: values.conversationId, memberId: values.senderId },
        { lastReadAt: message.createdAt },
      );
    return message;
  }

  /** One page of the member's conversations, most recent activity first. */
  async pageOfConversations(
    memberId: string,
    first: number,
    after: string | undefined,
  ): Promise<ConversationRow[]> {
    const params: unknown[] = [memberId, first + 1];
    let keyset = '';
    if (after) {
      const [activity, id] = decodeCursor(after);
      params.push(activity, id);
      keyset =
        'AND (coalesce(c.last_message_at, c.created_at), c.id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.id, c.kind, c.introduction_id, c.last_message_at, c.created_at, p.last_read_at
       FROM conversation_participant p
       JOIN conversation c ON c.id = p.conversation_id
       WHERE p.member_id = $1 ${keyset}
       ORDER BY coalesce(c.last_message_at, c.created_at) DESC, c.id DESC
       LIMIT $2`,
      params,
    );
    return rows.map(toConversation);
  }

  /** Messages from others after the member last read, for each conversation. */
  async unreadCounts(
    memberId: string,
    conversationIds: readonly string[],
  ): Promise<Map<string, number>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; unread: number }[]>(
      `SELECT p.conversation_id AS id, count(m.id)::int AS unread
       FROM conversation_participant p
       LEFT JOIN message m ON m.conversation_id = p.conversation_id
         AND m.sender_id <> p.member_id
         AND (p.last_read_at IS NULL OR m.created_at > p.last_read_at)
       WHERE p.member_id = $1 AND p.conversation_id = ANY($2)
       GROUP BY p.conversation_id`,
      [memberId, conversationIds],
    );
    return new Map(rows.map((row) => [row.id, row.unread]));
  }

  async totalUnread(memberId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ unread: number }[]>(
      `SELECT count(m.id)::int AS unread
       FROM conversation_participant p
       JOIN message m ON m.conversation_id = p.conversation_id
         AND m.sender_id <> p.member_id
         AND (p.last_read_at IS NULL OR m.created_at > p.last_read_at)
       WHERE p.member_id = $1`,
      [memberId],
    );
    return row.unread;
  }

  async lastMessages(conversationIds: readonly string[]): Promise<Map<string, MessageEntity>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('message')
      .distinctOn(['message.conversationId'])
      .where('message.conversationId = ANY(:ids)', { ids: conversationIds })
      .orderBy('message.conversationId')
      .addOrderBy('message.createdAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.conversationId, row]));
  }

  findMessage(id: string): Promise<MessageEntity | null> {
    return this.dataSource.getRepository(MessageEntity).findOneBy({ id });
  }

  /** Newest first, going back in time from `before`. */
  pageOfMessages(
    conversationId: string,
    first: number,
    before: string | undefined,
  ): Promise<MessageEntity[]> {
    const query = this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('message')
      .where('message.conversationId = :conversationId', { conversationId })
      .orderBy('message.createdAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .take(first + 1);
    if (before) {
      const [createdAt, id] = decodeCursor(before);
      query.andWhere('(message.createdAt, message.id) < (:createdAt, :id)', { createdAt, id });
    }
    return query.getMany();
  }

  async markRead(conversationId: string, memberId: string, manager?: EntityManager): Promise<void> {
    await this.manager(manager).query(
      `UPDATE conversation_participant SET last_read_at = greatest(
         coalesce(last_read_at, '-infinity'),
         coalesce((SELECT max(created_at) FROM message WHERE conversation_id = $1), now()))
       WHERE conversation_id = $1 AND member_id = $2`,
      [conversationId, memberId],
    );
  }

  /** The messages a member wrote and the conversations they are in, for their data export. */
  async exportFor(manager: EntityManager, memberId: string) {
    type Rows = Record<string, unknown>[];
    const conversations = await manager.query<Rows>(
      `SELECT c.id, c.kind, c.created_at AS "createdAt", p.last_read_at AS "lastReadAt"
       FROM conversation_participant p JOIN conversation c ON c.id = p.conversation_id
       WHERE p.member_id = $1 ORDER BY c.created_at`,
      [memberId],
    );
    const messages = await manager.query<Rows>(
      `SELECT conversation_id AS "conversationId", body, created_at AS "sentAt"
       FROM message WHERE sender_id = $1 ORDER BY created_at`,
      [memberId],
    );
    return { conversations, messagesSent: messages };
  }
}

function toConversation(row: Record<string, unknown>): ConversationRow {
  return {
    id: row.id as string,
    kind: row.kind as ConversationKind,
    introductionId: (row.introduction_id as string | null) ?? null,
    lastMessageAt: (row.last_message_at as Date | null) ?? null,
    createdAt: row.created_at as Date,
    lastReadAt: (row.last_read_at as Date | null) ?? null,
  };
}
