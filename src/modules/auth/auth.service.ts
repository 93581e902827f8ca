import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { accountSuspended, isSuspendedNow } from '../../common/auth/suspension.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { MailService } from '../mail/mail.service.js';
import type { MemberEntity } from '../members/member.entity.js';
import { MembersService } from '../members/members.service.js';
import { StandingService } from '../standing/standing.service.js';
import type { AuthPayload, VerifyEmailPayload } from './auth.model.js';
import { AuthErrorCode, AuthException } from './auth.exception.js';
import { AuthRepository } from './auth.repository.js';
import type { ChangeEmailInput, ChangePasswordInput, SignUpInput } from './dto/auth.inputs.js';
import type { EmailTokenPurpose } from './email-token.entity.js';
import { PasswordsService } from './passwords.service.js';
import { hashToken, newToken, SessionsService } from './sessions.service.js';

const HOUR = 3_600_000;
const LINK_HOURS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 48,
  CHANGE_EMAIL: 48,
  RESET_PASSWORD: 1,
};

/** Accounts: sign-up, sign-in, email verification and change, password reset and change. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly tokens: AuthRepository,
    private readonly mail: MailService,
    private readonly standing: StandingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput, context: GraphQLContext): Promise<AuthPayload> {
    this.standing.assertHumanSignUp(input);
    this.passwords.assertAcceptable(input.password, 'password', [
      input.email,
      input.handle,
      input.displayName,
    ]);
    const passwordHash = await this.passwords.hash(input.password);
    const member = await this.inTransaction(async (manager) => {
      await this.members.assertAvailable(manager, { email: input.email, handle: input.handle });
      const created = await this.members.createAccount(manager, {
        email: input.email,
        handle: input.handle,
        displayName: input.displayName,
        passwordHash,
        locale: input.locale ?? 'en',
      });
      await this.mailLink(manager, created, 'VERIFY_EMAIL', created.email);
      return created;
    });
    return this.sessions.start(member, context);
  }

  /** The Passport local strategy's check: one answer for an unknown email and a wrong password. */
  async validateCredentials(email: string, password: string): Promise<MemberEntity> {
    const member = await this.members.findByEmail(email);
    if (member?.lockedUntil && member.lockedUntil > new Date()) {
      const minutes = Math.ceil((member.lockedUntil.getTime() - Date.now()) / 60_000);
      throw new AuthException(
        AuthErrorCode.ACCOUNT_LOCKED,
        `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
    const valid = await this.passwords.verify(member?.passwordHash ?? null, password);
    if (!member || !valid) {
      if (member) await this.members.recordFailedSignIn(member.id);
      throw new AuthException(AuthErrorCode.INVALID_CREDENTIALS, 'Email or password is incorrect');
    }
    if (member.failedSignInCount > 0 || member.lockedUntil) {
      await this.members.update(member.id, { failedSignInCount: 0, lockedUntil: null });
    }
    // Told only to whoever knows the password; a suspension that has ended lets them in.
    assertNotSuspended(member);
    return member;
  }

  startSession(member: MemberEntity, context: GraphQLContext): Promise<AuthPayload> {
    return this.sessions.start(member, context);
  }

  refreshSession(context: GraphQLContext): Promise<AuthPayload> {
    return this.sessions.rotate(context, async (id) => {
      const member = await this.members.findById(id);
      if (member) assertNotSuspended(member);
      return member;
    });
  }

  async signOut(everywhere: boolean, context: GraphQLContext): Promise<boolean> {
    const viewer = context.req.user as { id: string } | undefined;
    await this.sessions.end(context, everywhere, viewer?.id);
    return true;
  }

  async verifyEmail(token: string): Promise<VerifyEmailPayload> {
    return this.inTransaction(async (manager) => {
      const used = await this.tokens.consumeEmailToken(manager, hashToken(token), [
        'VERIFY_EMAIL',
        'CHANGE_EMAIL',
      ]);
      if (!used) throw this.invalidLink();
      const member = await this.members.findById(used.memberId, manager);
      if (!member) throw this.invalidLink();
      if (used.purpose === 'CHANGE_EMAIL' && used.email !== member.email) {
        await this.members.assertAvailable(manager, { email: used.email });
      }
      await this.members.update(
        member.id,
        { email: used.email, emailVerifiedAt: new Date() },
        manager,
      );
      return { email: used.email };
    });
  }

  async requestPasswordReset(email: string): Promise<boolean> {
    const member = await this.members.findByEmail(email);
    if (member) {
      await this.inTransaction((manager) =>
        this.mailLink(manager, member, 'RESET_PASSWORD', member.email),
      );
    }
    return true;
  }

  async resetPassword(token: string, password: string): Promise<boolean> {
    const passwordHashFor = async (member: MemberEntity) => {
      this.passwords.assertAcceptable(password, 'password', [
        member.email,
        member.handle,
        member.displayName,
      ]);
      return this.passwords.hash(password);
    };
    await this.inTransaction(async (manager) => {
      const used = await this.tokens.consumeEmailToken(manager, hashToken(token), [
        'RESET_PASSWORD',
      ]);
      if (!used) throw this.invalidLink();
      const member = await this.members.findById(used.memberId, manager);
      if (!member) throw this.invalidLink();
      const passwordHash = await passwordHashFor(member);
      // Following the link proves the mailbox: the address is verified too.
      await this.members.update(
        member.id,
        {
          passwordHash,
          failedSignInCount: 0,
          lockedUntil: null,
          emailVerifiedAt: member.emailVerifiedAt ?? new Date(),
        },
        manager,
      );
      await this.tokensRevokeAll(manager, member.id);
    });
    return true;
  }

  async changePassword(
    memberId: string,
    input: ChangePasswordInput,
    context: GraphQLContext,
  ): Promise<boolean> {
    const member = await this.requireMember(memberId);
    if (!(await this.passwords.verify(member.passwordHash, input.currentPassword))) {
      throw new AuthException(
        AuthErrorCode.WRONG_PASSWORD,
        'currentPassword is incorrect',
        'currentPassword',
      );
    }
    this.passwords.assertAcceptable(input.newPassword, 'newPassword', [
      member.email,
      member.handle,
      member.displayName,
    ]);
    const passwordHash = await this.passwords.hash(input.newPassword);
    const keep = await this.sessions.currentFamily(context);
    await this.inTransaction(async (manager) => {
      await this.members.update(member.id, { passwordHash }, manager);
      await this.tokensRevokeAll(manager, member.id, keep);
    });
    return true;
  }

  async changeEmail(memberId: string, input: ChangeEmailInput): Promise<boolean> {
    const member = await this.requireMember(memberId);
    if (!(await this.passwords.verify(member.passwordHash, input.password))) {
      throw new AuthException(AuthErrorCode.WRONG_PASSWORD, 'password is incorrect', 'password');
    }
    if (input.newEmail === member.email) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'SAME_EMAIL',
        'newEmail is your current email',
        'newEmail',
      );
    }
    await this.inTransaction(async (manager) => {
      await this.members.assertAvailable(
        manager,
        { email: input.newEmail },
        { email: 'newEmail', handle: 'handle' },
      );
      await this.mailLink(manager, member, 'CHANGE_EMAIL', input.newEmail);
    });
    return true;
  }

  /** Checks a member's password before an irreversible step; names the field when wrong. */
  async assertPassword(
    memberId: string,
    password: string,
    field = 'password',
  ): Promise<MemberEntity> {
    const member = await this.requireMember(memberId);
    if (!(await this.passwords.verify(member.passwordHash, password))) {
      throw new AuthException(AuthErrorCode.WRONG_PASSWORD, `${field} is incorrect`, field);
    }
    return member;
  }

  /** Removes every session and mailed link of a member, in the caller's transaction. */
  forgetMember(manager: EntityManager, memberId: string): Promise<void> {
    return this.tokens.deleteAllFor(manager, memberId);
  }

  endSessionCookie(context: GraphQLContext): void {
    this.sessions.clearSessionCookie(context);
  }

  /** Sessions and mailed links, without their secrets, for a data export. */
  exportFor(manager: EntityManager, memberId: string) {
    return this.tokens.exportFor(manager, memberId);
  }

  private async requireMember(id: string): Promise<MemberEntity> {
    const member = await this.members.findById(id);
    if (!member)
      throw new AuthException(
        AuthErrorCode.SESSION_INVALID,
        'Your session has ended; please sign in',
      );
    return member;
  }

  private tokensRevokeAll(manager: EntityManager, memberId: string, except?: string) {
    return this.tokens.revokeAll(memberId, except, manager);
  }

  /** A single-use link by mail, queued in the caller's transaction. */
  private async mailLink(
    manager: EntityManager,
    member: MemberEntity,
    purpose: EmailTokenPurpose,
    email: string,
  ): Promise<void> {
    const token = newToken();
    await this.tokens.insertEmailToken(manager, {
      memberId: member.id,
      purpose,
      email,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + LINK_HOURS[purpose] * HOUR),
    });
    const path = purpose === 'RESET_PASSWORD' ? 'reset-password' : 'verify-email';
    const kind =
      purpose === 'RESET_PASSWORD'
        ? 'reset'
        : purpose === 'CHANGE_EMAIL'
          ? 'changeEmail'
          : 'verify';
    await this.mail.sendLink(
      manager,
      kind,
      { recipient: email, name: member.displayName, locale: member.locale },
      `${this.config.linkBaseUrl}/${path}?token=${token}`,
    );
  }

  private invalidLink(): AuthException {
    return new AuthException(
      AuthErrorCode.LINK_INVALID,
      'This link has expired or was already used; ask for a new one',
      'token',
    );
  }

  /** A transaction; a unique-key race that slipped past the checks is still a CONFLICT. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        const detail = String((error.driverError as { detail?: string }).detail ?? '');
        const field = detail.includes('(handle)') ? 'handle' : 'email';
        throw new AppException(
          ErrorKind.CONFLICT,
          `${field.toUpperCase()}_TAKEN`,
          `This ${field} is taken`,
          field,
        );
      }
      throw error;
    }
  }
}

function assertNotSuspended(member: MemberEntity): void {
  if (isSuspendedNow(member)) {
    throw accountSuspended(member.suspendedUntil, member.suspensionReason);
  }
}
