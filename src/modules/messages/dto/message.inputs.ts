import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { MAX_PAGE } from '../../../common/graphql/pagination.js';
import { trim } from '../../../common/validation/trim.js';

@InputType({ description: 'Give conversationId to reply, or recipientId to write to a member' })
export class SendMessageInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'conversationId must be a conversation id' })
  conversationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recipientId must be a member id' })
  recipientId?: string;

  @Field({ description: '1 to 5,000 characters' })
  @IsString({ message: 'body must be text' })
  @Transform(trim)
  @Length(1, 5000, { message: 'body must be 1 to 5,000 characters' })
  body: string;
}

@InputType()
export class ConversationIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'conversationId must be a conversation id' })
  conversationId: string;
}

@ArgsType()
export class ConversationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'conversationId must be a conversation id' })
  conversationId: string;
}

@ArgsType()
export class MessagesArgs extends ConversationArgs {
  @Field(() => Int, { defaultValue: 30, description: `At most ${MAX_PAGE}` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE}` })
  @Max(MAX_PAGE, { message: `first must be between 1 and ${MAX_PAGE}` })
  first: number = 30;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the previous page: older messages than those',
  })
  @IsOptional()
  @IsString({ message: 'before must be a cursor' })
  before?: string;
}
