import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { pageOf, type Page } from '../../common/graphql/pagination.js';
import { GraphRepository } from '../connections/graph.repository.js';
import { MembersService } from '../members/members.service.js';
import type { Member } from '../members/profile.model.js';
import { DEFAULT_PRIVACY } from '../members/profile.types.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { StandingService } from '../standing/standing.service.js';
import type { MessageEntity } from './message.entity.js';
import type { Conversation, Message } from './message.model.js';
import { MessagesRepository, type ConversationRow } from './messages.repository.js';

export const MESSAGE_ADDED = 'messageAdded';

/**
 * What goes through pub/sub (as JSON, between processes): the message itself and who may see it;
 * each subscriber then sees the sender as their own privacy allows.
 */
export interface MessageAddedEvent {
  conversationId: string;
  messageId: string;
  senderId: string;
  body: string;
  sentAt: string;
  participantIds: string[];
}

/**
 * Conversations between connected members (or members whose message setting lets others write),
 * and the conversation of each completed introduction. Blocked members cannot write to each other.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MessagesRepository,
    private readonly members: MembersService,
    private readonly graph: GraphRepository,
    private readonly realtime: RealtimeService,
    private readonly notifications: NotificationsService,
    private readonly standing: StandingService,
  ) {}

  async send(
    viewer: Viewer,
    input: { conversationId?: string; recipientId?: string; body: string },
  ): Promise<Message> {
    if (!input.conversationId === !input.recipientId) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'ONE_DESTINATION',
        'Give either conversationId or recipientId',
        'conversationId',
      );
    }
    const { message, participantIds, added } = await this.dataSource.transaction(
      async (manager) => {
        await this.standing.assertMayAct(manager, viewer.id, 'messages');
        const conversationId = input.recipientId
          ? await this.directConversationFor(manager, viewer, input.recipientId)
          : await this.conversationToWrite(manager, viewer, input.conversationId!);
        const message = await this.repository.insertMessage(manager, {
          conversationId,
          senderId: viewer.id,
          body: input.body,
        });
        const participantIds =
          (await this.repository.participantsOf([conversationId], manager)).get(conversationId) ??
          [];
        const added = await this.notifications.messageReceived(
          manager,
          conversationId,
          participantIds.filter((id) => id !== viewer.id),
          viewer.id,
        );
        return { message, participantIds, added };
      },
    );
    await this.notifications.publish(added);
    await this.realtime.publish(MESSAGE_ADDED, {
      conversationId: message.conversationId,
      messageId: message.id,
      senderId: message.senderId,
      body: message.body,
      sentAt: message.createdAt.toISOString(),
      participantIds,
    } satisfies MessageAddedEvent);
    return (await this.messageViews([message], viewer))[0];
  }

  /** Opens the conversation of a completed introduction, with the introducer's note first. */
  async openIntroductionConversation(
    manager: EntityManager,
    introduction: {
      id: string;
      introducerId: string;
      memberAId: string;
      memberBId: string;
      note: string;
    },
  ): Promise<string> {
    const id = await this.repository.introductionConversation(manager, introduction.id, [
      introduction.introducerId,
      introduction.memberAId,
      introduction.memberBId,
    ]);
    await this.repository.insertMessage(manager, {
      conversationId: id,
      senderId: introduction.introducerId,
      body: introduction.note,
    });
    return id;
  }

  async conversations(
    viewer: Viewer,
    first: number,
    after: string | undefined,
  ): Promise<Page<Conversation>> {
    const rows = await this.repository.pageOfConversations(viewer.id, first, after);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      (row.lastMessageAt ?? row.createdAt).toISOString(),
      row.id,
    ]);
    return { nodes: await this.conversationViews(page, viewer), pageInfo };
  }

  async conversation(viewer: Viewer, conversationId: string): Promise<Conversation | null> {
    const row = await this.repository.conversationFor(conversationId, viewer.id);
    return row ? (await this.conversationViews([row], viewer))[0] : null;
  }

  /** Newest first; `before` pages back in time. */
  async messages(
    viewer: Viewer,
    conversationId: string,
    first: number,
    before: string | undefined,
  ): Promise<Page<Message>> {
    if (!(await this.repository.conversationFor(conversationId, viewer.id))) {
      throw conversationNotFound();
    }
    const rows = await this.repository.pageOfMessages(conversationId, first, before);
    const { rows: page, pageInfo } = pageOf(rows, first, (row) => [
      row.createdAt.toISOString(),
      row.id,
    ]);
    return { nodes: await this.messageViews(page, viewer), pageInfo };
  }

  async markRead(viewer: Viewer, conversationId: string): Promise<Conversation> {
    if (!(await this.repository.conversationFor(conversationId, viewer.id))) {
      throw conversationNotFound();
    }
    await this.dataSource.transaction(async (manager) => {
      await this.repository.markRead(conversationId, viewer.id, manager);
      await this.notifications.markConversationRead(manager, viewer.id, conversationId);
    });
    return (await this.conversation(viewer, conversationId))!;
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.repository.totalUnread(viewer.id);
  }

  /** A published message as one subscriber may see it (null when it is not theirs to see). */
  async messageFor(viewer: Viewer, event: MessageAddedEvent): Promise<Message | null> {
    if (!event.participantIds.includes(viewer.id)) return null;
    const people = await this.profileMap([event.senderId], viewer);
    return {
      id: event.messageId,
      conversationId: event.conversationId,
      sender: people.get(event.senderId) ?? null,
      body: event.body,
      // Published as it is written; moderation can hide it only later.
      hidden: false,
      sentAt: new Date(event.sentAt),
      isOwn: event.senderId === viewer.id,
    };
  }

  /** Whether the viewer takes part in a conversation (checked when subscribing to it). */
  async isParticipant(viewer: Viewer, conversationId: string): Promise<boolean> {
    return !!(await this.repository.conversationFor(conversationId, viewer.id));
  }

  exportFor(manager: EntityManager, memberId: string) {
    return this.repository.exportFor(manager, memberId);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The conversation of the viewer and a member. Connections may always write to each other;
   * others only when the member's message setting allows it (anyone, or second degree).
   * A block either way, or a setting that refuses, reads the same, so a block is never revealed.
   */
  private async directConversationFor(
    manager: EntityManager,
    viewer: Viewer,
    recipientId: string,
  ): Promise<string> {
    if (recipientId === viewer.id) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'MESSAGE_TO_SELF',
        'recipientId must be someone else',
        'recipientId',
      );
    }
    const recipient = await this.members.findById(recipientId, manager);
    // A member hidden or suspended now does not exist to others.
    if (!recipient || recipient.deletedAt || this.members.isWithheld(recipient)) {
      throw new AppException(
        ErrorKind.NOT_FOUND,
        'MEMBER_NOT_FOUND',
        'No such member',
        'recipientId',
      );
    }
    if (await this.graph.isBlockedEitherWay(viewer.id, recipientId, manager)) {
      throw notAllowed('recipientId');
    }
    if (!(await this.graph.isConnected(viewer.id, recipientId, manager))) {
      const audience = recipient.privacy?.messages ?? DEFAULT_PRIVACY.messages;
      const allowed =
        audience === 'ANYONE' ||
        (audience === 'SECOND_DEGREE' &&
          (await this.graph.mutualConnections(viewer.id, recipientId, 1, manager)).length > 0);
      if (!allowed) throw notAllowed('recipientId');
    }
    return this.repository.directConversation(manager, viewer.id, recipientId);
  }

  private async conversationToWrite(
    manager: EntityManager,
    viewer: Viewer,
    conversationId: string,
  ): Promise<string> {
    const conversation = await this.repository.conversationFor(conversationId, viewer.id, manager);
    if (!conversation) throw conversationNotFound();
    const others = (
      (await this.repository.participantsOf([conversationId], manager)).get(conversationId) ?? []
    ).filter((id) => id !== viewer.id);
    for (const other of others) {
      if (await this.graph.isBlockedEitherWay(viewer.id, other, manager)) {
        throw notAllowed('conversationId');
      }
    }
    // What was said stays readable; nobody writes to members hidden or suspended meanwhile.
    const withheld = await this.members.withheldAmong(others, { manager });
    if (others.length > 0 && others.every((id) => withheld.has(id))) {
      throw notAllowed('conversationId');
    }
    return conversationId;
  }

  private async conversationViews(
    rows: ConversationRow[],
    viewer: Viewer,
  ): Promise<Conversation[]> {
    const ids = rows.map((row) => row.id);
    const [participants, unread, lastMessages, blocks] = await Promise.all([
      this.repository.participantsOf(ids),
      this.repository.unreadCounts(viewer.id, ids),
      this.repository.lastMessages(ids),
      this.graph.blocks(viewer.id),
    ]);
    const otherIds = [...participants.values()].flat().filter((id) => id !== viewer.id);
    const last = [...lastMessages.values()];
    const [people, withheld] = await Promise.all([
      this.profileMap([...otherIds, ...last.map((m) => m.senderId)], viewer),
      this.members.withheldAmong(otherIds),
    ]);
    return rows.map((row) => {
      const others = (participants.get(row.id) ?? []).filter((id) => id !== viewer.id);
      const lastMessage = lastMessages.get(row.id);
      return {
        id: row.id,
        kind: row.kind,
        introductionId: row.introductionId,
        others: others.flatMap((id) => people.get(id) ?? []),
        lastMessage: lastMessage ? toMessage(lastMessage, viewer.id, people) : null,
        unreadCount: unread.get(row.id) ?? 0,
        canSend:
          others.every((id) => !blocks.byViewer.has(id) && !blocks.ofViewer.has(id)) &&
          !(others.length > 0 && others.every((id) => withheld.has(id))),
        lastActivityAt: row.lastMessageAt ?? row.createdAt,
      };
    });
  }

  private async messageViews(rows: MessageEntity[], viewer: Viewer): Promise<Message[]> {
    const people = await this.profileMap(
      rows.map((row) => row.senderId),
      viewer,
    );
    return rows.map((row) => toMessage(row, viewer.id, people));
  }

  private async profileMap(ids: string[], viewer: Viewer): Promise<Map<string, Member>> {
    const profiles = await this.members.profiles(ids, viewer);
    return new Map(profiles.map((profile) => [profile.id, profile]));
  }
}

/**
 * A message as the viewer reads it: a hidden one keeps its place, its body only for its sender.
 * Messages of a member hidden or suspended since stay readable (their sender null, as for a
 * deleted member): the conversation happened, and the others may need what was said.
 */
function toMessage(row: MessageEntity, viewerId: string, people: Map<string, Member>): Message {
  const own = row.senderId === viewerId;
  const hidden = row.hiddenAt !== null;
  return {
    id: row.id,
    conversationId: row.conversationId,
    sender: people.get(row.senderId) ?? null,
    body: hidden && !own ? '' : row.body,
    hidden,
    sentAt: row.createdAt,
    isOwn: own,
  };
}

function notAllowed(field: string): AppException {
  return new AppException(
    ErrorKind.FORBIDDEN,
    'MESSAGING_NOT_ALLOWED',
    'You cannot send messages to this member',
    field,
  );
}

function conversationNotFound(): AppException {
  return new AppException(
    ErrorKind.NOT_FOUND,
    'CONVERSATION_NOT_FOUND',
    'No such conversation for you',
    'conversationId',
  );
}
