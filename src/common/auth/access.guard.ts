import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppException, ErrorKind } from '../errors/app.exception.js';
import { ACCESS_METADATA, Access } from './access.decorator.js';

/** The signed-in member on a request; set by authentication (sign-in arrives with accounts). */
export interface Viewer {
  readonly id: string;
  readonly roles: readonly string[];
}

/**
 * The one global guard: an operation without an access declaration is refused, so that nothing
 * becomes public by being forgotten.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const declared = this.reflector.getAllAndOverride<Access[] | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declared || declared.length === 0) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access; refused`,
      );
      throw new AppException(ErrorKind.FORBIDDEN, 'ACCESS_UNDECLARED', 'Not allowed');
    }
    if (declared.includes(Access.PUBLIC)) return true;

    const viewer = requestOf(context)?.user as Viewer | undefined;
    if (!viewer) {
      throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
    }
    const allowed = declared.some(
      (access) => access === Access.SIGNED_IN || viewer.roles.includes(access),
    );
    if (!allowed) {
      throw new AppException(ErrorKind.FORBIDDEN, 'ROLE_REQUIRED', 'You may not do this');
    }
    return true;
  }
}

function requestOf(context: ExecutionContext): (Request & { user?: unknown }) | undefined {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}
