import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import {
  CreateOrganizationInput,
  OrganizationIdInput,
  OrganizationsFilterArgs,
  UpdateOrganizationInput,
  VerifyOrganizationInput,
} from './dto/organization.inputs.js';
import { Organization, OrganizationConnection } from './organization.model.js';
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
}
