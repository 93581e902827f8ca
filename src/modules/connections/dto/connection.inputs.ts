import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { RequestDirection } from '../connection.model.js';
import { trim } from '../../../common/validation/trim.js';

@InputType()
export class MemberIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;
}

@InputType()
export class RequestConnectionInput extends MemberIdInput {
  @Field({ nullable: true, description: 'A short note, at most 300 characters' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @Transform(trim)
  @MaxLength(300, { message: 'note must be at most 300 characters' })
  note?: string;
}

@InputType()
export class ConnectionRequestIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a request id' })
  requestId: string;
}

@ArgsType()
export class MemberIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;
}

@ArgsType()
export class ConnectionsArgs {
  @Field(() => ID, { nullable: true, description: 'Whose connections; yours when omitted' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId?: string;
}

@ArgsType()
export class RequestsArgs {
  @Field(() => RequestDirection, { defaultValue: RequestDirection.RECEIVED })
  @IsIn(Object.values(RequestDirection), { message: 'direction must be RECEIVED or SENT' })
  direction: RequestDirection = RequestDirection.RECEIVED;
}

@ArgsType()
export class LimitArgs {
  @Field(() => Int, { defaultValue: 10, description: 'At most 50' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be between 1 and 50' })
  @Max(50, { message: 'first must be between 1 and 50' })
  first: number = 10;
}
