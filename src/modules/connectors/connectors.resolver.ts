import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import { Member } from '../members/profile.model.js';
import {
  ConnectorApplication,
  ConnectorApplicationConnection,
  ConnectorOverviewConnection,
  type ConnectorOverview,
} from './connector-application.model.js';
import { ConnectorsService } from './connectors.service.js';
import {
  ApplyAsConnectorInput,
  ConnectorApplicationsArgs,
  DecideConnectorApplicationInput,
} from './dto/connector-application.inputs.js';

@Resolver(() => ConnectorApplication)
export class ConnectorsResolver {
  constructor(private readonly service: ConnectorsService) {}

  @Mutation(() => ConnectorApplication, {
    description: 'Ask city staff to make you a connector; one application waits at a time',
  })
  @Allow(Access.SIGNED_IN)
  applyAsConnector(
    @Args('input') input: ApplyAsConnectorInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConnectorApplication> {
    return this.service.apply(viewer, input);
  }

  @Mutation(() => ConnectorApplication, { description: 'Take back your waiting application' })
  @Allow(Access.SIGNED_IN)
  withdrawConnectorApplication(@CurrentViewer() viewer: Viewer): Promise<ConnectorApplication> {
    return this.service.withdraw(viewer);
  }

  @Query(() => ConnectorApplication, {
    nullable: true,
    description: 'Your newest application to the connector programme',
  })
  @Allow(Access.SIGNED_IN)
  myConnectorApplication(@CurrentViewer() viewer: Viewer): Promise<ConnectorApplication | null> {
    return this.service.mine(viewer);
  }

  @Query(() => ConnectorApplicationConnection, {
    description: 'Applications in a status (PENDING by default), oldest first',
  })
  @Allow(Access.STAFF)
  connectorApplications(
    @Args() { status }: ConnectorApplicationsArgs,
    @Args() { first, after }: PageArgs,
  ): Promise<Page<ConnectorApplication>> {
    return this.service.list(status, first, after);
  }

  @Mutation(() => ConnectorApplication, {
    description:
      'Approve (the applicant becomes a connector) or decline with a note; the applicant is told',
  })
  @Allow(Access.STAFF)
  decideConnectorApplication(
    @Args('input') input: DecideConnectorApplicationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConnectorApplication> {
    return this.service.decide(viewer, input);
  }

  @Query(() => ConnectorOverviewConnection, {
    description: 'Every connector with their introductions record, by handle',
  })
  @Allow(Access.STAFF)
  connectorOverview(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<ConnectorOverview>> {
    return this.service.overview(viewer, first, after);
  }

  @ResolveField(() => Member)
  async applicant(
    @Parent() application: ConnectorApplication,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<Member> {
    const people = requestLoader<string, Member | null>(
      context.req,
      'connectors.applicant',
      async (ids) => {
        const found = await this.service.people(ids, viewer);
        return ids.map((id) => found.get(id) ?? null);
      },
    );
    return (await people.load(application.memberId))!;
  }
}
