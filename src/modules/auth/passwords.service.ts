import { Injectable, type OnModuleInit } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** argon2id at OWASP's minimum (19 MiB, 2 passes); hashes keep their own parameters. */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordsService implements OnModuleInit {
  /** ~49,000 passwords people pick most, from zxcvbn's list. */
  private readonly common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await argon2.hash('not a real password, only for timing', ARGON2);
  }

  /** Refuses a password that is too short, too long, common, or made of the member's own names. */
  assertAcceptable(password: string, field: string, personal: string[] = []): void {
    const fail = (reason: string, message: string) => {
      throw new AppException(ErrorKind.BAD_USER_INPUT, reason, message, field);
    };
    const length = [...password].length;
    if (length < PASSWORD_MIN)
      fail('PASSWORD_TOO_SHORT', `${field} must be at least ${PASSWORD_MIN} characters`);
    if (length > PASSWORD_MAX)
      fail('PASSWORD_TOO_LONG', `${field} must be at most ${PASSWORD_MAX} characters`);
    const lowered = password.toLowerCase();
    if (this.common.has(lowered) || /^(.)\1+$/.test(password)) {
      fail('PASSWORD_TOO_COMMON', `${field} is too common; choose one that is harder to guess`);
    }
    const names = personal.map((p) => p.toLowerCase().split('@')[0]).filter((p) => p.length >= 4);
    if (names.some((name) => lowered.includes(name))) {
      fail('PASSWORD_TOO_PERSONAL', `${field} must not contain your name, handle or email`);
    }
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2);
  }

  /** Compares; for an unknown account, spends the same time, so timing does not tell. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(this.dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
