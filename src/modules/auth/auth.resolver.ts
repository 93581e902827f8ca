import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer as ViewerIdentity } from '../../common/auth/viewer.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { AuthPayload, VerifyEmailPayload } from './auth.model.js';
import { AuthService } from './auth.service.js';
import {
  ChangeEmailInput,
  ChangePasswordInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignOutInput,
  SignUpInput,
  VerifyEmailInput,
} from './dto/auth.inputs.js';
import { GqlThrottlerGuard } from './gql-throttler.guard.js';
import { LocalAuthGuard } from './strategies/local-auth.guard.js';
import type { MemberEntity } from '../members/member.entity.js';

/**
 * Every operation here is limited per address (AUTH_RATE_LIMIT a minute, a few set their own);
 * per-account lock-out after failed sign-ins is in the service.
 */
@Resolver()
@UseGuards(GqlThrottlerGuard)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  @Allow(Access.PUBLIC)
  signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext) {
    return this.auth.signUp(input, context);
  }

  @Mutation(() => AuthPayload)
  @Allow(Access.PUBLIC)
  @UseGuards(LocalAuthGuard)
  signIn(
    @Args('input') _input: SignInInput,
    @Context() context: GraphQLContext & { req: { member?: MemberEntity } },
  ) {
    return this.auth.startSession(context.req.member!, context);
  }

  @Mutation(() => AuthPayload, {
    description: 'Exchanges the refresh cookie for a new access token (and a new cookie)',
  })
  @Allow(Access.PUBLIC)
  @Throttle({ default: { limit: 60, ttl: 60_000 } })
  refreshSession(@Context() context: GraphQLContext) {
    return this.auth.refreshSession(context);
  }

  @Mutation(() => Boolean)
  @Allow(Access.PUBLIC)
  signOut(
    @Args('input', { type: () => SignOutInput, nullable: true }) input: SignOutInput | null,
    @Context() context: GraphQLContext,
  ) {
    return this.auth.signOut(input?.everywhere ?? false, context);
  }

  @Mutation(() => VerifyEmailPayload)
  @Allow(Access.PUBLIC)
  verifyEmail(@Args('input') input: VerifyEmailInput) {
    return this.auth.verifyEmail(input.token);
  }

  @Mutation(() => Boolean, {
    description: 'Always succeeds, so that it does not reveal who has an account',
  })
  @Allow(Access.PUBLIC)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput) {
    return this.auth.requestPasswordReset(input.email);
  }

  @Mutation(() => Boolean)
  @Allow(Access.PUBLIC)
  resetPassword(@Args('input') input: ResetPasswordInput) {
    return this.auth.resetPassword(input.token, input.password);
  }

  @Mutation(() => Boolean)
  @Allow(Access.SIGNED_IN)
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: ViewerIdentity,
    @Context() context: GraphQLContext,
  ) {
    return this.auth.changePassword(viewer.id, input, context);
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a confirmation link to the new address; the change happens when it is followed',
  })
  @Allow(Access.SIGNED_IN)
  changeEmail(@Args('input') input: ChangeEmailInput, @CurrentViewer() viewer: ViewerIdentity) {
    return this.auth.changeEmail(viewer.id, input);
  }
}
