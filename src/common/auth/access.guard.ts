import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppException, ErrorKind } from '../errors/app.exception.js';
import { ACCESS_METADATA, Access } from './access.decorator.js';
import { requestOf } from './current-viewer.decorator.js';
import { accountSuspended } from './suspension.js';
import type { Viewer } from './viewer.js';

export const JWT_STRATEGY = 'jwt';

const CALLER = Symbol('caller');

/** The caller as this request's token and the member's row decide: a viewer, or a refusal. */
interface Caller {
  viewer?: Viewer;
  refusal?: Error;
}

type GuardedRequest = Request & { user?: Viewer; [CALLER]?: Promise<Caller> };

interface StandingRow {
  roles: string[];
  suspended: boolean;
  suspended_until: Date | null;
  suspension_reason: string | null;
}

function sessionExpired(): AppException {
  return new AppException(
    ErrorKind.UNAUTHENTICATED,
    'ACCESS_TOKEN_INVALID',
    'Your session has expired; please sign in again',
  );
}

/**
 * The one global guard. It authenticates the bearer token (Passport's JWT strategy), reads the
 * member's current roles and standing, and checks the operation's access declaration; an
 * operation that declares none is refused, so that nothing becomes public by being forgotten.
 * A suspended member is refused every signed-in operation (HTTP, GraphQL and subscriptions).
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
    const request = requestOf(context);
    const caller = request ? await this.callerOf(context, request) : {};
    if (declared.includes(Access.PUBLIC)) {
      // A stale token, a suspended member or a deleted one: public operations such as signIn
      // or refreshSession answer them as anyone else.
      if (request) request.user = caller.viewer;
      return true;
    }
    if (caller.refusal) throw caller.refusal;
    const viewer = caller.viewer;
    if (!request || !viewer) {
      throw new AppException(ErrorKind.UNAUTHENTICATED, 'SIGN_IN_REQUIRED', 'Please sign in');
    }
    request.user = viewer;
    const allowed = declared.some(
      (access) => access === Access.SIGNED_IN || viewer.roles.includes(access),
    );
    if (!allowed) {
      throw new AppException(ErrorKind.FORBIDDEN, 'ROLE_REQUIRED', 'You may not do this');
    }
    return true;
  }

  /**
   * Who the request's bearer token speaks for, decided once per request (a query with several
   * root fields runs this guard for each of them, possibly at once).
   */
  private callerOf(context: ExecutionContext, request: GuardedRequest): Promise<Caller> {
    request[CALLER] ??= this.identify(context, request);
    return request[CALLER];
  }

  /**
   * The token proves who signed in, up to 15 minutes ago; the member's row says what holds now.
   * One primary-key read: a suspension and a change of roles take effect at once, even for
   * tokens issued before them.
   */
  private async identify(context: ExecutionContext, request: GuardedRequest): Promise<Caller> {
    if (!request.headers.authorization) return {};
    try {
      await super.canActivate(context);
    } catch (error) {
      return { refusal: error instanceof Error ? error : sessionExpired() };
    }
    const token = request.user;
    request.user = undefined;
    if (!token) return { refusal: sessionExpired() };
    const [row] = await this.dataSource.query<StandingRow[]>(
      `SELECT roles, suspended_until, suspension_reason,
              suspended_at IS NOT NULL AND (suspended_until IS NULL OR suspended_until > now())
                AS suspended
       FROM member WHERE id = $1 AND deleted_at IS NULL`,
      [token.id],
    );
    if (!row) return { refusal: sessionExpired() };
    if (row.suspended) {
      return { refusal: accountSuspended(row.suspended_until, row.suspension_reason) };
    }
    return { viewer: { id: token.id, roles: row.roles } };
  }

  override handleRequest<TUser = Viewer>(error: unknown, user: TUser | false): TUser {
    if (error || !user) throw sessionExpired();
    return user;
  }
}
