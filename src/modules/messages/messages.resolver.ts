import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import {
  ConversationArgs,
  ConversationIdInput,
  MessagesArgs,
  SendMessageInput,
} from './dto/message.inputs.js';
import {
  Conversation,
  ConversationConnection,
  Message,
  MessageConnection,
} from './message.model.js';
import { MESSAGE_ADDED, MessagesService, type MessageAddedEvent } from './messages.service.js';

function viewerOf(context: GraphQLContext): Viewer | undefined {
  return (context.req as { user?: Viewer }).user;
}

@Resolver()
export class MessagesResolver {
  constructor(
    private readonly service: MessagesService,
    private readonly realtime: RealtimeService,
  ) {}

  @Query(() => ConversationConnection, { description: 'Your conversations, latest activity first' })
  @Allow(Access.SIGNED_IN)
  conversations(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Conversation>> {
    return this.service.conversations(viewer, first, after);
  }

  @Query(() => Conversation, { nullable: true, description: 'One of your conversations' })
  @Allow(Access.SIGNED_IN)
  conversation(
    @Args() { conversationId }: ConversationArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Conversation | null> {
    return this.service.conversation(viewer, conversationId);
  }

  @Query(() => MessageConnection, {
    description: "A conversation's messages, newest first; pass endCursor as before for older",
  })
  @Allow(Access.SIGNED_IN)
  messages(
    @Args() { conversationId, first, before }: MessagesArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Message>> {
    return this.service.messages(viewer, conversationId, first, before);
  }

  @Query(() => Int, { description: 'Messages from others you have not read, in all conversations' })
  @Allow(Access.SIGNED_IN)
  unreadMessageCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Message, {
    description:
      'Reply in a conversation, or write to a member (a connection, or as their message setting allows)',
  })
  @Allow(Access.SIGNED_IN)
  sendMessage(
    @Args('input') input: SendMessageInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Message> {
    return this.service.send(viewer, input);
  }

  @Mutation(() => Conversation, { description: 'Everything in it is now read' })
  @Allow(Access.SIGNED_IN)
  markConversationRead(
    @Args('input') input: ConversationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Conversation> {
    return this.service.markRead(viewer, input.conversationId);
  }

  @Subscription(() => Message, {
    nullable: true,
    description: 'New messages in your conversations (or in one, with conversationId), live',
    filter(
      this: MessagesResolver,
      event: MessageAddedEvent,
      args: { conversationId?: string },
      context: GraphQLContext,
    ) {
      const viewer = viewerOf(context);
      return (
        !!viewer &&
        event.participantIds.includes(viewer.id) &&
        (!args.conversationId || args.conversationId === event.conversationId)
      );
    },
    resolve(
      this: MessagesResolver,
      event: MessageAddedEvent,
      _args: unknown,
      context: GraphQLContext,
    ) {
      const viewer = viewerOf(context);
      return viewer ? this.service.messageFor(viewer, event) : null;
    },
  })
  @Allow(Access.SIGNED_IN)
  async messageAdded(
    @Args('conversationId', { type: () => String, nullable: true }) conversationId: string | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<MessageAddedEvent>> {
    if (conversationId && !(await this.service.isParticipant(viewer, conversationId))) {
      throw new AppException(
        ErrorKind.NOT_FOUND,
        'CONVERSATION_NOT_FOUND',
        'No such conversation for you',
        'conversationId',
      );
    }
    return this.realtime.untilSessionsEnd(
      viewer.id,
      this.realtime.asyncIterator<MessageAddedEvent>(MESSAGE_ADDED),
    );
  }
}
