import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import {
  ModerateCaseInput,
  ModerateCasesInput,
  ModerationCaseArgs,
  ModerationQueueArgs,
  ReportContentInput,
} from './dto/moderation.inputs.js';
import { moderationLoaders } from './moderation.loaders.js';
import {
  ModeratedContent,
  ModerateCasesPayload,
  ModerationCase,
  ModerationCaseConnection,
  ModerationCaseReport,
  ModerationHistoryEntry,
  ModerationPerson,
  ModerationQueueCounts,
  Report,
  ReportConnection,
} from './moderation.model.js';
import { ModerationService } from './moderation.service.js';

@Resolver()
export class ModerationResolver {
  constructor(private readonly service: ModerationService) {}

  @Mutation(() => Report, {
    description:
      'Report a member, organization, opportunity or message you can see (not your own), once. ' +
      'Enough distinct reporters hide it until staff decide.',
  })
  @Allow(Access.SIGNED_IN)
  reportContent(
    @Args('input') input: ReportContentInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Report> {
    return this.service.report(viewer, input);
  }

  @Query(() => ReportConnection, {
    description: 'Your reports and what became of them, newest first',
  })
  @Allow(Access.SIGNED_IN)
  myReports(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Report>> {
    return this.service.myReports(viewer, first, after);
  }

  @Query(() => ModerationCaseConnection, {
    description: 'Cases for staff: open ones oldest first (decided ones newest decided first)',
  })
  @Allow(Access.STAFF)
  moderationQueue(
    @Args() { filter }: ModerationQueueArgs,
    @Args() { first, after }: PageArgs,
  ): Promise<ModerationCaseConnection> {
    return this.service.queue(filter, first, after);
  }

  @Query(() => ModerationCase, { nullable: true })
  @Allow(Access.STAFF)
  moderationCase(@Args() { id }: ModerationCaseArgs): Promise<ModerationCase | null> {
    return this.service.caseById(id);
  }

  @Query(() => ModerationQueueCounts, { description: 'What waits for staff' })
  @Allow(Access.STAFF)
  moderationQueueCounts(): Promise<ModerationQueueCounts> {
    return this.service.counts();
  }

  @Mutation(() => ModerationCase, {
    description:
      'One action on one case; one audit entry. UNHIDE, UNSUSPEND and UNRESTRICT also on decided cases.',
  })
  @Allow(Access.STAFF)
  moderateCase(
    @Args('input') input: ModerateCaseInput,
    @CurrentViewer() staff: Viewer,
  ): Promise<ModerationCase> {
    return this.service.moderate(staff, input);
  }

  @Mutation(() => ModerateCasesPayload, {
    description:
      'The same action on up to 100 open cases in one transaction; one audit entry per case',
  })
  @Allow(Access.STAFF)
  async moderateCases(
    @Args('input') input: ModerateCasesInput,
    @CurrentViewer() staff: Viewer,
  ): Promise<ModerateCasesPayload> {
    return { cases: await this.service.moderateMany(staff, input) };
  }
}

/** A case's context for staff, batched per request (only staff reach a ModerationCase). */
@Resolver(() => ModerationCase)
export class ModerationCaseFieldsResolver {
  constructor(private readonly service: ModerationService) {}

  @ResolveField(() => ModeratedContent)
  async content(
    @Parent() item: ModerationCase,
    @Context() context: GraphQLContext,
  ): Promise<ModeratedContent> {
    return (await moderationLoaders(context.req, this.service).state().load(item)).content;
  }

  @ResolveField(() => Boolean, { description: 'Hidden now (automatically or by staff)' })
  async hidden(
    @Parent() item: ModerationCase,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return (await moderationLoaders(context.req, this.service).state().load(item)).hidden;
  }

  @ResolveField(() => ModerationPerson, {
    nullable: true,
    description:
      'Who the content belongs to (the member themselves, an organization’s owner, a poster, a sender)',
  })
  async owner(
    @Parent() item: ModerationCase,
    @Context() context: GraphQLContext,
  ): Promise<ModerationPerson | null> {
    const loaders = moderationLoaders(context.req, this.service);
    const { ownerId } = await loaders.state().load(item);
    return ownerId ? loaders.person().load(ownerId) : null;
  }

  @ResolveField(() => [ModerationHistoryEntry], {
    description:
      'Staff actions on this owner and this target, newest first (from the audit log), at most 20',
  })
  ownerHistory(
    @Parent() item: ModerationCase,
    @Context() context: GraphQLContext,
  ): Promise<ModerationHistoryEntry[]> {
    return moderationLoaders(context.req, this.service).history().load(item);
  }

  @ResolveField(() => Int, {
    description: 'Distinct reports against the owner’s content in all cases',
  })
  async ownerReportCount(
    @Parent() item: ModerationCase,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    const loaders = moderationLoaders(context.req, this.service);
    const { ownerId } = await loaders.state().load(item);
    return ownerId ? loaders.ownerReportCount().load(ownerId) : 0;
  }

  @ResolveField(() => [ModerationCaseReport], { description: 'Oldest first' })
  reports(
    @Parent() item: ModerationCase,
    @Context() context: GraphQLContext,
  ): Promise<ModerationCaseReport[]> {
    return moderationLoaders(context.req, this.service).reports().load(item.id);
  }
}
