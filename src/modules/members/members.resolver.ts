import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer as ViewerIdentity } from '../../common/auth/viewer.js';
import { MemberArgs } from './dto/member.args.js';
import { SetMemberRolesInput } from './dto/set-member-roles.input.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { Member } from './profile.model.js';
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

  @Query(() => Member, {
    nullable: true,
    description: 'A member by id or handle; fields hidden from the viewer are null',
  })
  @Allow(Access.PUBLIC)
  member(
    @Args() args: MemberArgs,
    @CurrentViewer() viewer: ViewerIdentity | undefined,
  ): Promise<Member | null> {
    return this.members.profile(args, viewer);
  }

  @Mutation(() => Member, { description: 'Edit your own profile' })
  @Allow(Access.SIGNED_IN)
  updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentViewer() viewer: ViewerIdentity,
  ): Promise<Member> {
    return this.members.updateProfile(viewer, input);
  }
}
