import { Field, ObjectType } from '@nestjs/graphql';
import { Viewer } from '../members/member.model.js';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A short-lived bearer token for the Authorization header' })
  accessToken: string;

  @Field({ description: 'When the access token expires; call refreshSession before then' })
  accessTokenExpiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}

@ObjectType()
export class VerifyEmailPayload {
  @Field({ description: 'The address now confirmed' })
  email: string;
}
