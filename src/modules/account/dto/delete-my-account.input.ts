import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'Your password, to confirm' })
  @IsString({ message: 'password must be a text' })
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password: string;
}
