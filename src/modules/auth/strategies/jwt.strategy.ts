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
      secretOrKey: config.authSecret,
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
