import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MembersModule } from '../members/members.module.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { GqlThrottlerGuard } from './gql-throttler.guard.js';
import { JWT_AUDIENCE, jwtIssuer } from './jwt.options.js';
import { PasswordsService } from './passwords.service.js';
import { ACCESS_TOKEN_SECONDS, SessionsService } from './sessions.service.js';
import { JwtStrategy } from './strategies/jwt.strategy.js';
import { LocalStrategy } from './strategies/local.strategy.js';

@Module({
  imports: [
    MembersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.authSecret,
        signOptions: {
          algorithm: 'HS256',
          expiresIn: ACCESS_TOKEN_SECONDS,
          issuer: jwtIssuer(config),
          audience: JWT_AUDIENCE,
        },
        verifyOptions: { algorithms: ['HS256'], issuer: jwtIssuer(config), audience: JWT_AUDIENCE },
      }),
    }),
    // In memory for one process; shared through Redis when several run (the scale issue).
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'default', ttl: 60_000, limit: config.authRateLimit },
      ],
    }),
  ],
  providers: [
    AuthRepository,
    AuthService,
    PasswordsService,
    SessionsService,
    JwtStrategy,
    LocalStrategy,
    GqlThrottlerGuard,
    AuthResolver,
  ],
  exports: [AuthService, SessionsService, GqlThrottlerGuard],
})
export class AuthModule {}
