import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { MemberEntity } from '../../members/member.entity.js';
import { AuthService } from '../auth.service.js';

/** Email and password sign-in. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  validate(email: string, password: string): Promise<MemberEntity> {
    return this.auth.validateCredentials(email, password);
  }
}
