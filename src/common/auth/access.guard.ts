import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DataSource } from 'typeorm';
import { AppException, ErrorKind } from '../errors/app.exception.js';
import { ACCESS_METADATA, Access } from './access.decorator.js';
import { requestOf } from './current-viewer.decorator.js';
import type { Viewer } from './viewer.js';

export const JWT_STRATEGY = 'jwt';

/**
 * The one global guard. It authenticates the bearer token (Passport's JWT strategy) and checks the
 * operation's access declaration; an operation that declares none is refused, so that nothing
 * becomes public by being forgotten.
 */
@Injectable()
export class AccessGuard extends AuthGuard(JWT_STRATEGY) {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
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
    const isPublic = declared.includes(Access.PUBLIC);
    const request = requestOf(context);
    if (request?.headers.authorization) {
      try {
        await super.canActivate(context);
      } catch (error) {
        // A stale token must not block public operations such as signIn or refreshSession.
        if (!isPublic) throw error;
        request.user = undefined;
      }
    }
    if (isPublic) return true;

    let viewer = request?.user;
    if (!request || !viewer) {
      throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
    }
    if (!declared.includes(Access.SIGNED_IN)) {
      // Role-gated operations are few and powerful: read the roles afresh rather than trust a
      // token up to 15 minutes old, so that a demotion takes effect at once.
      viewer = await this.currentRoles(viewer);
      request.user = viewer;
    }
    const roles = viewer.roles;
    const allowed = declared.some(
      (access) => access === Access.SIGNED_IN || roles.includes(access),
    );
    if (!allowed) {
      throw new AppException(ErrorKind.FORBIDDEN, 'ROLE_REQUIRED', 'You may not do this');
    }
    return true;
  }

  private async currentRoles(viewer: Viewer): Promise<Viewer> {
    const rows: { roles: string[] }[] = await this.dataSource.query(
      'SELECT roles FROM member WHERE id = $1 AND deleted_at IS NULL',
      [viewer.id],
    );
    if (rows.length === 0) {
      throw new AppException(
        ErrorKind.UNAUTHENTICATED,
        'ACCESS_TOKEN_INVALID',
        'Your session has expired; please sign in again',
      );
    }
    return { ...viewer, roles: rows[0].roles };
  }

  override handleRequest<TUser = Viewer>(error: unknown, user: TUser | false): TUser {
    if (error || !user) {
      throw new AppException(
        ErrorKind.UNAUTHENTICATED,
        'ACCESS_TOKEN_INVALID',
        'Your session has expired; please sign in again',
      );
    }
    return user;
  }
}
