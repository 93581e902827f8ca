import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer as ViewerIdentity } from '../../common/auth/viewer.js';
import { SetMemberRolesInput } from './dto/set-member-roles.input.js';
import { SetMemberRolesPayload, Viewer } from './member.model.js';
import { MembersService } from './members.service.js';

@Resolver(() => Viewer)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in member, or null' })
  @Allow(Access.PUBLIC)
  viewer(@CurrentViewer() viewer: ViewerIdentity | undefined): Promise<Viewer | null> {
    return viewer ? this.members.viewer(viewer.id) : Promise.resolve(null);
  }

  @Mutation(() => SetMemberRolesPayload, {
    description: 'Admins grant or withdraw roles; takes effect when the member next refreshes',
  })
  @Allow(Access.ADMIN)
  setMemberRoles(
    @Args('input') input: SetMemberRolesInput,
    @CurrentViewer() viewer: ViewerIdentity,
  ): Promise<SetMemberRolesPayload> {
    return this.members.setRoles(viewer.id, input.memberId, input.roles);
  }
}
