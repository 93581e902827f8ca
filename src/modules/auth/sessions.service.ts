import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { CookieOptions } from 'express';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import type { MemberEntity } from '../members/member.entity.js';
import { toViewer } from '../members/members.service.js';
import type { AuthPayload } from './auth.model.js';
import { AuthErrorCode, AuthException } from './auth.exception.js';
import { AuthRepository } from './auth.repository.js';

export const REFRESH_COOKIE = 'growhere_refresh';
export const ACCESS_TOKEN_SECONDS = 15 * 60;
const REFRESH_TOKEN_DAYS = 30;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export interface AccessTokenClaims {
  sub: string;
  roles: string[];
}

/**
 * Sessions: a short-lived access JWT for the Authorization header, and a rotating refresh token in
 * an httpOnly cookie scoped to /graphql.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tokens: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a new session (a new token family) for a member who just proved who they are. */
  async start(member: MemberEntity, context: GraphQLContext): Promise<AuthPayload> {
    await this.issueRefreshToken(member.id, randomUUID(), context);
    return this.payload(member);
  }

  /** Rotates the cookie's refresh token; a reused token revokes its whole family. */
  async rotate(
    context: GraphQLContext,
    loadMember: (id: string) => Promise<MemberEntity | null>,
  ): Promise<AuthPayload> {
    const presented = this.cookieToken(context);
    if (!presented) throw this.invalid();
    const hash = hashToken(presented);
    const consumed = await this.tokens.consumeRefreshToken(hash);
    if (!consumed) {
      const known = await this.tokens.findRefreshToken(hash);
      if (known?.usedAt) await this.tokens.revokeFamily(known.familyId);
      this.clearCookie(context);
      throw this.invalid();
    }
    const member = await loadMember(consumed.memberId);
    if (!member) throw this.invalid();
    await this.issueRefreshToken(member.id, consumed.familyId, context);
    return this.payload(member);
  }

  /** Ends this device's session, or every session of its member. */
  async end(context: GraphQLContext, everywhere: boolean, viewerId?: string): Promise<void> {
    const presented = this.cookieToken(context);
    const token = presented ? await this.tokens.findRefreshToken(hashToken(presented)) : null;
    if (token) await this.tokens.revokeFamily(token.familyId);
    const memberId = token?.memberId ?? viewerId;
    if (everywhere && memberId) await this.tokens.revokeAll(memberId);
    this.clearCookie(context);
  }

  /** The family of the session this request carries, if any. */
  async currentFamily(context: GraphQLContext): Promise<string | undefined> {
    const presented = this.cookieToken(context);
    if (!presented) return undefined;
    return (await this.tokens.findRefreshToken(hashToken(presented)))?.familyId;
  }

  revokeAll = (memberId: string, exceptFamilyId?: string) =>
    this.tokens.revokeAll(memberId, exceptFamilyId);

  /**
   * Every session of a member, in the caller's transaction (a suspension): their refresh tokens
   * stop working when it commits, and not before.
   */
  revokeAllIn(manager: EntityManager, memberId: string): Promise<void> {
    return this.tokens.revokeAll(memberId, undefined, manager);
  }

  private async payload(member: MemberEntity): Promise<AuthPayload> {
    const claims: AccessTokenClaims = { sub: member.id, roles: member.roles };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000),
      viewer: toViewer(member),
    };
  }

  private async issueRefreshToken(memberId: string, familyId: string, context: GraphQLContext) {
    const token = newToken();
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000);
    const userAgent = context.req.headers['user-agent']?.slice(0, 255) ?? null;
    await this.tokens.insertRefreshToken({
      memberId,
      familyId,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent,
    });
    context.res?.cookie(REFRESH_COOKIE, token, { ...this.cookieOptions(), expires: expiresAt });
  }

  private cookieToken(context: GraphQLContext): string | undefined {
    const cookies = context.req.cookies as Record<string, unknown> | undefined;
    const value = cookies?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
  }

  clearSessionCookie(context: GraphQLContext): void {
    this.clearCookie(context);
  }

  private clearCookie(context: GraphQLContext): void {
    context.res?.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  private cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: '/graphql',
    };
  }

  private invalid(): AuthException {
    return new AuthException(
      AuthErrorCode.SESSION_INVALID,
      'Your session has ended; please sign in',
    );
  }
}
