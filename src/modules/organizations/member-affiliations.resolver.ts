import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { Member } from '../members/profile.model.js';
import { MemberAffiliation } from './organization.model.js';
import { OrganizationsService } from './organizations.service.js';

/** `Member.organizations`: lives here, beside the organizations it reads. */
@Resolver(() => Member)
export class MemberAffiliationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @ResolveField(() => [MemberAffiliation], {
    description: 'The organizations the member belongs to, owned first',
  })
  organizations(
    @Parent() member: Member,
    @CurrentViewer() viewer: Viewer | undefined,
  ): Promise<MemberAffiliation[]> {
    return this.service.affiliationsOf(member.id, viewer);
  }
}
