import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';

@ArgsType()
export class MemberArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a member id' })
  id?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9-]{3,30}$/, { message: 'handle must be a member handle' })
  handle?: string;
}
