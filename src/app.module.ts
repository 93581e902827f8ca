import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './common/auth/access.guard.js';
import { ConnectionsModule } from './modules/connections/connections.module.js';
import { ConnectorsModule } from './modules/connectors/connectors.module.js';
import { MessagesModule } from './modules/messages/messages.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { IntroductionsModule } from './modules/introductions/introductions.module.js';
import { AppExceptionFilter } from './common/errors/exception.filter.js';
import { formatGraphQLError } from './common/errors/format-graphql-error.js';
import { createValidationPipe } from './common/errors/validation.pipe.js';
import { graphQLContext } from './common/graphql/graphql-context.js';
import { AppLogger } from './common/logging/app.logger.js';
import { loggerOptions } from './common/logging/logger.options.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/database.js';
import { AccountModule } from './modules/account/account.module.js';
import { AuditLogModule } from './modules/audit/audit-log.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CityModule } from './modules/city/city.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MatchmakingModule } from './modules/matchmaking/matchmaking.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OpenDataModule } from './modules/open-data/open-data.module.js';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { StandingModule } from './modules/standing/standing.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const clientBuilt = fs.existsSync(path.join(config.clientDir, 'index.html'));
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.database.poolSize),
          retryAttempts: 2,
          retryDelay: 1000,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: !config.isProduction,
          introspection: !config.isProduction,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          context: graphQLContext,
          // Subscriptions over WebSocket (graphql-ws) on the same path; the client sends its
          // bearer token as the connection's `authorization` parameter.
          subscriptions: { 'graphql-ws': { path: '/graphql' } },
        }),
        // The built React client, with every unknown path answered by index.html (SPA routes).
        ...(clientBuilt
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.clientDir,
                // A missing asset is a real 404, not the app's HTML.
                exclude: [
                  '/graphql{/*rest}',
                  '/health{/*rest}',
                  '/dev{/*rest}',
                  '/api{/*rest}',
                  '/media{/*rest}',
                  '/open-data{/*rest}',
                  '/assets{/*rest}',
                  '/admin/audit-log.csv',
                ],
                serveStaticOptions: {
                  setHeaders: (res: ServerResponse, filePath: string) => {
                    // Hashed assets never change; index.html must be revalidated to pick up a release.
                    res.setHeader(
                      'Cache-Control',
                      filePath.includes(`${path.sep}assets${path.sep}`)
                        ? 'public, max-age=31536000, immutable'
                        : 'no-cache',
                    );
                  },
                },
              }),
            ]
          : []),
        HealthModule,
        CityModule,
        MailModule.forRoot(config),
        MembersModule,
        AuthModule,
        AuditModule,
        StandingModule,
        AccountModule,
        OrganizationsModule,
        RealtimeModule,
        ConnectionsModule,
        IntroductionsModule,
        MessagesModule,
        NotificationsModule,
        OpportunitiesModule,
        MatchmakingModule,
        SearchModule,
        ConnectorsModule,
        AuditLogModule,
        InsightsModule,
        OpenDataModule,
        ModerationModule,
      ],
      providers: [
        AppLogger,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
