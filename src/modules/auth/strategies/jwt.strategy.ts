import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { JWT_STRATEGY } from '../../../common/auth/access.guard.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import type { AccessTokenClaims } from '../sessions.service.js';
import { JWT_AUDIENCE, jwtIssuer } from '../jwt.options.js';

/** Reads the bearer token: algorithm pinned, issuer and audience checked, expiry enforced. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, made once: given the secret as a string, jsonwebtoken first tries (and
      // fails) to read it as a public key on every request, which costs a third of a millisecond.
      // passport-jwt passes it through to jsonwebtoken, whose types accept it.
      secretOrKey: createSecretKey(Buffer.from(config.authSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: jwtIssuer(config),
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Viewer {
    return { id: claims.sub, roles: claims.roles };
  }
}
