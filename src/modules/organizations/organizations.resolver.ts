import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlThrottlerGuard } from '../auth/gql-throttler.guard.js';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import {
  CreateOrganizationInput,
  InvitationIdInput,
  InviteToOrganizationInput,
  OrganizationIdInput,
  OrganizationMemberInput,
  OrganizationsFilterArgs,
  UpdateOrganizationInput,
  VerifyOrganizationInput,
} from './dto/organization.inputs.js';
import {
  Organization,
  OrganizationConnection,
  OrganizationInvitation,
} from './organization.model.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => Organization, { nullable: true })
  @Allow(Access.PUBLIC)
  organization(
    @Args('slug') slug: string,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Organization | null> {
    return this.service.bySlug(slug.trim().toLowerCase(), viewer);
  }

  @Query(() => OrganizationConnection, { description: 'Ordered by name; cursor pagination' })
  @Allow(Access.PUBLIC)
  organizations(
    @Args() { filter }: OrganizationsFilterArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<Page<Organization>> {
    return this.service.list(filter, first, after, viewer);
  }

  @Mutation(() => Organization, { description: 'You become its owner' })
  @Allow(Access.SIGNED_IN)
  createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Organization, { description: 'For its owners and admins' })
  @Allow(Access.SIGNED_IN)
  updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.update(viewer, input);
  }

  @Mutation(() => Organization, { description: 'Its owner asks city staff for the verified badge' })
  @Allow(Access.SIGNED_IN)
  requestOrganizationVerification(
    @Args('input') input: OrganizationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.requestVerification(viewer, input.organizationId);
  }

  @Mutation(() => Organization, { description: 'City staff grant or refuse the verified badge' })
  @Allow(Access.STAFF)
  verifyOrganization(
    @Args('input') input: VerifyOrganizationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.verify(viewer, input);
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations that asked for the verified badge, oldest request first',
  })
  @Allow(Access.STAFF)
  organizationsPendingVerification(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Organization>> {
    return this.service.pendingVerification(first, after, viewer);
  }

  @Query(() => [OrganizationInvitation], { description: 'Invitations waiting for you' })
  @Allow(Access.SIGNED_IN)
  organizationInvitations(@CurrentViewer() viewer: Viewer): Promise<OrganizationInvitation[]> {
    return this.service.invitationsFor(viewer);
  }

  @Mutation(() => Boolean, { description: 'Owners and admins invite by handle or by email' })
  @Allow(Access.SIGNED_IN)
  @UseGuards(GqlThrottlerGuard)
  inviteToOrganization(
    @Args('input') input: InviteToOrganizationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.invite(viewer, input);
  }

  @Mutation(() => Boolean)
  @Allow(Access.SIGNED_IN)
  acceptOrganizationInvitation(
    @Args('input') input: InvitationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.answerInvitation(viewer, input.invitationId, true);
  }

  @Mutation(() => Boolean)
  @Allow(Access.SIGNED_IN)
  declineOrganizationInvitation(
    @Args('input') input: InvitationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.answerInvitation(viewer, input.invitationId, false);
  }

  @Mutation(() => Organization, {
    description: 'Its owners and admins withdraw an invitation not yet answered',
  })
  @Allow(Access.SIGNED_IN)
  cancelOrganizationInvitation(
    @Args('input') input: InvitationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.cancelInvitation(viewer, input.invitationId);
  }

  @Mutation(() => Boolean, { description: 'The last owner must transfer ownership first' })
  @Allow(Access.SIGNED_IN)
  leaveOrganization(
    @Args('input') input: OrganizationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.leave(viewer, input.organizationId);
  }

  @Mutation(() => Organization, { description: 'Owners remove anyone; admins all but owners' })
  @Allow(Access.SIGNED_IN)
  removeOrganizationMember(
    @Args('input') input: OrganizationMemberInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.removeMember(viewer, input.organizationId, input.memberId);
  }

  @Mutation(() => Organization, { description: 'The owner hands over and stays on as an admin' })
  @Allow(Access.SIGNED_IN)
  transferOrganizationOwnership(
    @Args('input') input: OrganizationMemberInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Organization> {
    return this.service.transferOwnership(viewer, input.organizationId, input.memberId);
  }
}
