import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { trim } from '../../../common/validation/trim.js';

const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export const HANDLE_PATTERN = /^[a-z0-9-]{3,30}$/;
const EMAIL_MESSAGE = { message: 'email must be an email address' };

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, EMAIL_MESSAGE)
  @Length(3, 254, { message: 'email must be at most 254 characters' })
  email: string;

  /** Length and commonness are checked by the password policy, with clearer messages. */
  @Field()
  @IsString({ message: 'password must be a text' })
  password: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'displayName must be a text' })
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @Field()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @Matches(HANDLE_PATTERN, {
    message: 'handle must be 3 to 30 lowercase letters, digits or hyphens',
  })
  handle: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['en', 'es'], { message: 'locale must be en or es' })
  locale?: string;

  @Field({
    nullable: true,
    description: 'Leave empty: a field hidden from people, which only robots fill',
  })
  @IsOptional()
  @IsString({ message: 'website must be a text' })
  website?: string;

  @Field({
    nullable: true,
    description: 'The token of Query.signUpFormToken, fetched when the form was shown',
  })
  @IsOptional()
  @IsString({ message: 'formToken must be a text' })
  @Length(1, 200, { message: 'formToken is not a token from this site; reload the form' })
  formToken?: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(normalizeEmail)
  @IsString({ message: 'email must be a text' })
  @Length(1, 254, { message: 'email must be 1 to 254 characters' })
  email: string;

  @Field()
  @IsString({ message: 'password must be a text' })
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password: string;
}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, description: 'Sign out on every device, not only this one' })
  @IsOptional()
  @IsBoolean({ message: 'everywhere must be true or false' })
  everywhere?: boolean;
}

@InputType()
export class VerifyEmailInput {
  @Field()
  @IsString({ message: 'token must be a text' })
  @Length(10, 200, { message: 'token is not a valid link token' })
  token: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, EMAIL_MESSAGE)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString({ message: 'token must be a text' })
  @Length(10, 200, { message: 'token is not a valid link token' })
  token: string;

  @Field()
  @IsString({ message: 'password must be a text' })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString({ message: 'currentPassword must be a text' })
  @Length(1, 1024, { message: 'currentPassword must be 1 to 1024 characters' })
  currentPassword: string;

  @Field()
  @IsString({ message: 'newPassword must be a text' })
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'newEmail must be an email address' })
  @Length(3, 254, { message: 'newEmail must be at most 254 characters' })
  newEmail: string;

  @Field()
  @IsString({ message: 'password must be a text' })
  @Length(1, 1024, { message: 'password must be 1 to 1024 characters' })
  password: string;
}
