import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { AuthErrorCode, AuthException } from '../auth.exception.js';

/** Runs the local strategy on signIn's input; the member lands on `req.member`. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext): Request {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: Request }>().req;
    const { input } = gql.getArgs<{ input?: { email?: unknown; password?: unknown } }>();
    // Passport reads credentials from the body; GraphQL carries them in the arguments.
    request.body = {
      email: typeof input?.email === 'string' ? input.email : '',
      password: typeof input?.password === 'string' ? input.password : '',
    };
    return request;
  }

  override getAuthenticateOptions() {
    return { property: 'member', session: false };
  }

  override handleRequest<TUser>(error: unknown, member: TUser | false): TUser {
    if (error instanceof Error) throw error;
    if (!member) {
      throw new AuthException(AuthErrorCode.INVALID_CREDENTIALS, 'Email or password is incorrect');
    }
    return member;
  }
}
