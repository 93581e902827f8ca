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
import { Member } from '../members/profile.model.js';
import { Organization } from '../organizations/organization.model.js';
import {
  CreateOpportunityInput,
  ExpressInterestInput,
  OpportunitiesArgs,
  OpportunityIdArgs,
  OpportunityIdInput,
  RecordInterestOutcomeInput,
  RenderMarkdownArgs,
  UpdateOpportunityInput,
} from './dto/opportunity.inputs.js';
import { renderMarkdown } from './markdown.js';
import {
  OpportunityConnection,
  OpportunityInterest,
  OpportunityInterestConnection,
} from './opportunity-interest.model.js';
import { Opportunity } from './opportunity.model.js';
import { opportunityLoaders } from './opportunities.loaders.js';
import { OpportunitiesService } from './opportunities.service.js';

@Resolver()
export class OpportunitiesResolver {
  constructor(private readonly service: OpportunitiesService) {}

  @Query(() => Opportunity, {
    nullable: true,
    description: 'Null unless published (and not hidden by a block), or yours to manage',
  })
  @Allow(Access.PUBLIC)
  opportunity(
    @Args() { id }: OpportunityIdArgs,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Opportunity | null> {
    return this.service.opportunity(viewer, id);
  }

  @Query(() => OpportunityConnection, {
    description:
      'Open opportunities, newest published first; with postedByMe yours in every status, newest first',
  })
  @Allow(Access.PUBLIC)
  opportunities(
    @Args() { filter }: OpportunitiesArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Page<Opportunity>> {
    return this.service.list(viewer, filter, first, after);
  }

  @Query(() => OpportunityConnection, {
    description: 'What you saved and is still open, newest saved first',
  })
  @Allow(Access.SIGNED_IN)
  savedOpportunities(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Opportunity>> {
    return this.service.saved(viewer, first, after);
  }

  @Query(() => OpportunityInterestConnection, {
    description: 'The interest you expressed, active and withdrawn, newest first',
  })
  @Allow(Access.SIGNED_IN)
  myOpportunityInterests(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<OpportunityInterest>> {
    return this.service.myInterests(viewer, first, after);
  }

  @Query(() => String, {
    description: 'Markdown as sanitised HTML, exactly as descriptionHtml shows it (for previews)',
  })
  @Allow(Access.SIGNED_IN)
  renderMarkdown(@Args() { markdown }: RenderMarkdownArgs): string {
    return this.service.renderMarkdown(markdown);
  }

  @Mutation(() => Opportunity, {
    description: 'For yourself or an organization you own or administer; a DRAFT unless publish',
  })
  @Allow(Access.SIGNED_IN)
  createOpportunity(
    @Args('input') input: CreateOpportunityInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Opportunity, { description: 'The poster side, until it is closed or expired' })
  @Allow(Access.SIGNED_IN)
  updateOpportunity(
    @Args('input') input: UpdateOpportunityInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.service.update(viewer, input);
  }

  @Mutation(() => Opportunity, {
    description: 'DRAFT → PUBLISHED, or IN_REVIEW when the city has staff review it first',
  })
  @Allow(Access.SIGNED_IN)
  publishOpportunity(
    @Args('input') input: OpportunityIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.service.publish(viewer, input.opportunityId);
  }

  @Mutation(() => Opportunity, { description: 'The poster side closes it' })
  @Allow(Access.SIGNED_IN)
  closeOpportunity(
    @Args('input') input: OpportunityIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.service.close(viewer, input.opportunityId);
  }

  @Mutation(() => OpportunityInterest, {
    description: 'For yourself or an organization you administer; its poster side is told',
  })
  @Allow(Access.SIGNED_IN)
  expressInterest(
    @Args('input') input: ExpressInterestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OpportunityInterest> {
    return this.service.expressInterest(viewer, input);
  }

  @Mutation(() => OpportunityInterest, { description: 'Takes your interest back' })
  @Allow(Access.SIGNED_IN)
  withdrawInterest(
    @Args('input') input: OpportunityIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OpportunityInterest> {
    return this.service.withdrawInterest(viewer, input.opportunityId);
  }

  @Mutation(() => Opportunity, { description: 'Keeps it in your saved opportunities' })
  @Allow(Access.SIGNED_IN)
  saveOpportunity(
    @Args('input') input: OpportunityIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.service.save(viewer, input.opportunityId);
  }

  @Mutation(() => Opportunity)
  @Allow(Access.SIGNED_IN)
  unsaveOpportunity(
    @Args('input') input: OpportunityIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Opportunity> {
    return this.service.unsave(viewer, input.opportunityId);
  }

  @Mutation(() => OpportunityInterest, {
    description: 'The poster side says what came of an interest (again to change it)',
  })
  @Allow(Access.SIGNED_IN)
  recordInterestOutcome(
    @Args('input') input: RecordInterestOutcomeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OpportunityInterest> {
    return this.service.recordOutcome(viewer, input);
  }
}

/** What every Opportunity resolves beyond its row, wherever it appears; batched per request. */
@Resolver(() => Opportunity)
export class OpportunityFieldsResolver {
  constructor(private readonly service: OpportunitiesService) {}

  @ResolveField(() => String, { description: 'The description as sanitised HTML' })
  descriptionHtml(@Parent() opportunity: Opportunity): string {
    return renderMarkdown(opportunity.description);
  }

  @ResolveField(() => Member, {
    nullable: true,
    description: 'Who posted it; null when hidden from you or gone',
  })
  poster(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<Member | null> | null {
    if (!opportunity.posterId) return null;
    return opportunityLoaders(context.req, viewer, this.service)
      .member()
      .load(opportunity.posterId);
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'Null when posted by a member for themselves',
  })
  organization(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<Organization | null> | null {
    if (!opportunity.organizationId) return null;
    return opportunityLoaders(context.req, viewer, this.service)
      .organization()
      .load(opportunity.organizationId);
  }

  @ResolveField(() => Boolean, {
    description:
      'Hidden by moderation (itself, its organization, or the member who posted it for themselves): only its poster side and city staff see it at all, so only they ever see true',
  })
  hidden(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return opportunityLoaders(context.req, viewer, this.service).hidden().load(opportunity.id);
  }

  @ResolveField(() => Boolean, {
    description: 'You posted it, or own or administer its organization',
  })
  async viewerCanEdit(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    if (!viewer) return false;
    const managed = await opportunityLoaders(context.req, viewer, this.service)
      .managed()
      .load('viewer');
    return this.service.canEdit(opportunity, viewer, managed);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "City staff's note when they sent it back to its drafts: for its poster side and city staff; null for others",
  })
  async reviewNote(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    if (!viewer || !opportunity.storedReviewNote) return null;
    if (viewer.roles.includes('STAFF')) return opportunity.storedReviewNote;
    const managed = await opportunityLoaders(context.req, viewer, this.service)
      .managed()
      .load('viewer');
    return this.service.canEdit(opportunity, viewer, managed) ? opportunity.storedReviewNote : null;
  }

  @ResolveField(() => Boolean)
  async viewerSaved(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    if (!viewer) return false;
    return opportunityLoaders(context.req, viewer, this.service).saved(viewer).load(opportunity.id);
  }

  @ResolveField(() => OpportunityInterest, {
    nullable: true,
    description: 'Your interest in it (active or withdrawn), if any',
  })
  viewerInterest(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<OpportunityInterest | null> | null {
    if (!viewer) return null;
    return opportunityLoaders(context.req, viewer, this.service)
      .viewerInterest(viewer)
      .load(opportunity.id);
  }

  @ResolveField(() => Int, { description: 'Active interests' })
  interestCount(
    @Parent() opportunity: Opportunity,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<number> {
    return opportunityLoaders(context.req, viewer, this.service)
      .interestCount()
      .load(opportunity.id);
  }

  @ResolveField(() => OpportunityInterestConnection, {
    nullable: true,
    description:
      'Who is interested, active and withdrawn, newest first: for the poster side (and city staff, to read); null for others',
  })
  async interests(
    @Parent() opportunity: Opportunity,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<Page<OpportunityInterest> | null> {
    if (!viewer) return null;
    const loaders = opportunityLoaders(context.req, viewer, this.service);
    const managed = await loaders.managed().load('viewer');
    if (!this.service.canEdit(opportunity, viewer, managed) && !viewer.roles.includes('STAFF')) {
      return null;
    }
    return loaders.interests().load({ opportunityId: opportunity.id, first, after });
  }
}

/** An interest's opportunity, member and organization; batched per request. */
@Resolver(() => OpportunityInterest)
export class OpportunityInterestFieldsResolver {
  constructor(private readonly service: OpportunitiesService) {}

  @ResolveField(() => Opportunity)
  async opportunity(
    @Parent() interest: OpportunityInterest,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<Opportunity | null> {
    return opportunityLoaders(context.req, viewer, this.service)
      .opportunity()
      .load(interest.opportunityId);
  }

  @ResolveField(() => Member, { nullable: true, description: 'Null when hidden from you or gone' })
  member(
    @Parent() interest: OpportunityInterest,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<Member | null> {
    return opportunityLoaders(context.req, viewer, this.service).member().load(interest.memberId);
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'When expressed for an organization',
  })
  organization(
    @Parent() interest: OpportunityInterest,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<Organization | null> | null {
    if (!interest.organizationId) return null;
    return opportunityLoaders(context.req, viewer, this.service)
      .organization()
      .load(interest.organizationId);
  }
}
