import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import type { MemberEntity } from './member.entity.js';
import type { Viewer } from './member.model.js';
import { MembersRepository } from './members.repository.js';

export const SIGN_IN_LOCK_THRESHOLD = 5;
export const SIGN_IN_LOCK_SECONDS = 15 * 60;

/** Members as other modules see them: accounts, identities, and who they are to the viewer. */
@Injectable()
export class MembersService {
  constructor(private readonly members: MembersRepository) {}

  findById(id: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.members.findById(id, manager);
  }

  findByEmail(email: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.members.findByEmail(email.trim().toLowerCase(), manager);
  }

  async viewer(id: string): Promise<Viewer | null> {
    const member = await this.members.findById(id);
    return member ? toViewer(member) : null;
  }

  /** A taken email or handle is a CONFLICT naming the field. */
  async assertAvailable(
    manager: EntityManager,
    values: { email?: string; handle?: string },
    fields: { email: string; handle: string } = { email: 'email', handle: 'handle' },
  ): Promise<void> {
    if (values.email && (await this.members.emailTaken(values.email, manager))) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'EMAIL_TAKEN',
        'An account with this email already exists',
        fields.email,
      );
    }
    if (values.handle && (await this.members.handleTaken(values.handle, manager))) {
      throw new AppException(
        ErrorKind.CONFLICT,
        'HANDLE_TAKEN',
        'This handle is taken',
        fields.handle,
      );
    }
  }

  createAccount(
    manager: EntityManager,
    values: {
      email: string;
      handle: string;
      displayName: string;
      passwordHash: string;
      locale: string;
    },
  ): Promise<MemberEntity> {
    return this.members.insert(manager, values);
  }

  update(
    id: string,
    values: Parameters<MembersRepository['update']>[1],
    manager?: EntityManager,
  ): Promise<void> {
    return this.members.update(id, values, manager);
  }

  recordFailedSignIn(id: string): Promise<void> {
    return this.members.recordFailedSignIn(id, SIGN_IN_LOCK_THRESHOLD, SIGN_IN_LOCK_SECONDS);
  }
}

export function toViewer(member: MemberEntity): Viewer {
  return {
    id: member.id,
    handle: member.handle,
    displayName: member.displayName,
    email: member.email,
    emailVerified: member.emailVerifiedAt !== null,
    roles: member.roles,
    locale: member.locale,
  };
}
