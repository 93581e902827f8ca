import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import { Paginated } from '../../common/graphql/pagination.js';
import { Member } from '../members/profile.model.js';
import { CONVERSATION_KINDS, type ConversationKind } from './message.entity.js';

export const ConversationKindEnum = enumOf(CONVERSATION_KINDS);
registerEnumType(ConversationKindEnum, {
  name: 'ConversationKind',
  description: 'DIRECT: two members; INTRODUCTION: the three people of a completed introduction',
});

@ObjectType()
export class Message {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  conversationId: string;

  @Field(() => Member, { nullable: true, description: 'Null when hidden from you or deleted' })
  sender: Member | null;

  @Field({
    description:
      'At most 5,000 characters, as written; empty for everyone but its sender when hidden',
  })
  body: string;

  @Field({ description: 'Hidden by moderation: its body reaches only its sender' })
  hidden: boolean;

  @Field()
  sentAt: Date;

  @Field({ description: 'Written by you' })
  isOwn: boolean;
}

@ObjectType()
export class Conversation {
  @Field(() => ID)
  id: string;

  @Field(() => ConversationKindEnum)
  kind: ConversationKind;

  @Field(() => ID, { nullable: true })
  introductionId: string | null;

  @Field(() => [Member], { description: 'Everyone else in it, as you may see them' })
  others: Member[];

  @Field(() => Message, { nullable: true })
  lastMessage: Message | null;

  @Field(() => Int, { description: 'Messages from others you have not read' })
  unreadCount: number;

  @Field({
    description:
      'You may write here: nobody in it blocked, or was blocked by, you, and someone else in it is not hidden or suspended',
  })
  canSend: boolean;

  @Field()
  lastActivityAt: Date;
}

export const ConversationConnection = Paginated(Conversation, 'ConversationConnection');
export const MessageConnection = Paginated(Message, 'MessageConnection');
