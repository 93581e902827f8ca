import {
  Args,
  ArgsType,
  Context,
  Field,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { MAX_PAGE, type Page } from '../../common/graphql/pagination.js';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import { Member } from '../members/profile.model.js';
import { AuditEntry, AuditEntryConnection } from './audit-entry.model.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditLogArgs } from './dto/audit-log.args.js';

/** The log's page: 50 entries unless asked otherwise. */
@ArgsType()
class AuditPageArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most ${MAX_PAGE}` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE}` })
  @Max(MAX_PAGE, { message: `first must be between 1 and ${MAX_PAGE}` })
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString({ message: 'after must be a cursor' })
  after?: string;
}

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first' })
  @Allow(Access.ADMIN)
  auditLog(
    @Args() { filter }: AuditLogArgs,
    @Args() { first, after }: AuditPageArgs,
  ): Promise<Page<AuditEntry>> {
    return this.service.page(filter, first, after);
  }

  @Query(() => [String], { description: 'Every action the log holds, for its filter' })
  @Allow(Access.ADMIN)
  auditActions(): Promise<string[]> {
    return this.service.actions();
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who acted; null once gone' })
  actor(
    @Parent() entry: AuditEntry,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<Member | null> | null {
    if (!entry.actorId) return null;
    return requestLoader<string, Member | null>(context.req, 'audit.actor', (ids) =>
      this.service.actors(ids, viewer),
    ).load(entry.actorId);
  }
}
