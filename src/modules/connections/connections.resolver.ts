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
import {
  BlockedMember,
  ConnectionRequest,
  ConnectionRequestConnection,
  IntroductionPath,
  MemberConnection,
  PersonSuggestion,
  ViewerConnection,
} from './connection.model.js';
import { networkLoaders } from './connections.loaders.js';
import { ConnectionsService } from './connections.service.js';
import {
  ConnectionRequestIdInput,
  ConnectionsArgs,
  LimitArgs,
  MemberIdArgs,
  MemberIdInput,
  RequestConnectionInput,
  RequestsArgs,
} from './dto/connection.inputs.js';

@Resolver()
export class ConnectionsResolver {
  constructor(private readonly service: ConnectionsService) {}

  @Query(() => MemberConnection, {
    description: "Yours, or a connection's; newest first; cursor pagination",
  })
  @Allow(Access.SIGNED_IN)
  connections(
    @Args() { memberId }: ConnectionsArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Member>> {
    return this.service.connections(viewer, memberId, first, after);
  }

  @Query(() => ConnectionRequestConnection, {
    description: 'Requests waiting for your answer (RECEIVED) or for theirs (SENT); newest first',
  })
  @Allow(Access.SIGNED_IN)
  connectionRequests(
    @Args() { direction }: RequestsArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<ConnectionRequest>> {
    return this.service.requests(viewer, direction, first, after);
  }

  @Query(() => [Member], { description: 'Connections you share with a member, connectors first' })
  @Allow(Access.SIGNED_IN)
  mutualConnections(
    @Args() { memberId }: MemberIdArgs,
    @Args() { first }: LimitArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Member[]> {
    return this.service.mutualConnections(viewer, memberId, first);
  }

  @Query(() => [PersonSuggestion], {
    description: 'Second-degree members you may know, best first, each with its reasons',
  })
  @Allow(Access.SIGNED_IN)
  async peopleYouMayKnow(
    @Args() { first }: LimitArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PersonSuggestion[]> {
    const suggestions = await this.service.peopleYouMayKnow(viewer, first);
    // Suggestions are second-degree by construction, with their shared connections counted.
    const loaders = networkLoaders(context.req, viewer.id, this.service);
    for (const { member, mutualConnectionCount } of suggestions) {
      loaders.degree().prime(member.id, 2);
      loaders.mutualCount().prime(member.id, mutualConnectionCount);
    }
    return suggestions;
  }

  @Query(() => IntroductionPath, {
    nullable: true,
    description: 'The shortest chain of connections to a member (up to 3 hops), via connectors',
  })
  @Allow(Access.SIGNED_IN)
  introductionPath(
    @Args() { memberId }: MemberIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<IntroductionPath | null> {
    return this.service.introductionPath(viewer, memberId);
  }

  @Query(() => [BlockedMember], { description: 'Members you blocked' })
  @Allow(Access.SIGNED_IN)
  blockedMembers(@CurrentViewer() viewer: Viewer): Promise<BlockedMember[]> {
    return this.service.blockedMembers(viewer);
  }

  @Mutation(() => Member, {
    description: 'Asks a member to connect (or connects, if they asked you first)',
  })
  @Allow(Access.SIGNED_IN)
  requestConnection(
    @Args('input') input: RequestConnectionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Member> {
    return this.service.request(viewer, input.memberId, input.note);
  }

  @Mutation(() => Member, { description: 'Accepts a request sent to you; returns the sender' })
  @Allow(Access.SIGNED_IN)
  acceptConnection(
    @Args('input') input: ConnectionRequestIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Member> {
    return this.service.accept(viewer, input.requestId);
  }

  @Mutation(() => Boolean, {
    description: 'Declines a request sent to you; the sender is not told',
  })
  @Allow(Access.SIGNED_IN)
  declineConnection(
    @Args('input') input: ConnectionRequestIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.decline(viewer, input.requestId);
  }

  @Mutation(() => Member, {
    nullable: true,
    description: 'Takes back a request you sent; returns its recipient',
  })
  @Allow(Access.SIGNED_IN)
  withdrawConnectionRequest(
    @Args('input') input: ConnectionRequestIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Member | null> {
    return this.service.withdraw(viewer, input.requestId);
  }

  @Mutation(() => Member, { nullable: true, description: 'Ends a connection; nobody is told' })
  @Allow(Access.SIGNED_IN)
  removeConnection(
    @Args('input') input: MemberIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Member | null> {
    return this.service.remove(viewer, input.memberId);
  }

  @Mutation(() => Boolean, {
    description: 'Hides you from each other, ends any connection and request; nobody is told',
  })
  @Allow(Access.SIGNED_IN)
  blockMember(
    @Args('input') input: MemberIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.block(viewer, input.memberId);
  }

  @Mutation(() => Boolean)
  @Allow(Access.SIGNED_IN)
  unblockMember(
    @Args('input') input: MemberIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.unblock(viewer, input.memberId);
  }

  @Mutation(() => Boolean, { description: 'Not interested: no longer suggested to you' })
  @Allow(Access.SIGNED_IN)
  dismissSuggestion(
    @Args('input') input: MemberIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.dismissSuggestion(viewer, input.memberId);
  }
}

/** The viewer's place in the network, on every Member wherever it appears; batched per request. */
@Resolver(() => Member)
export class MemberNetworkResolver {
  constructor(private readonly service: ConnectionsService) {}

  @ResolveField(() => ViewerConnection, {
    nullable: true,
    description: 'Where you stand with this member; null when signed out',
  })
  viewerConnection(
    @Parent() member: Member,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<ViewerConnection> | null {
    if (!viewer) return null;
    return networkLoaders(context.req, viewer.id, this.service).viewerConnection().load(member.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Hops between you: 1 (connected), 2, 3, or null (further, or signed out)',
  })
  degree(
    @Parent() member: Member,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<number | null> | null {
    if (!viewer) return null;
    return networkLoaders(context.req, viewer.id, this.service).degree().load(member.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Connections you share; null for yourself or when signed out',
  })
  mutualConnectionCount(
    @Parent() member: Member,
    @CurrentViewer() viewer: Viewer | undefined,
    @Context() context: GraphQLContext,
  ): Promise<number | null> | null {
    if (!viewer) return null;
    return networkLoaders(context.req, viewer.id, this.service).mutualCount().load(member.id);
  }
}
