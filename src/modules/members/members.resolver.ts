import { Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer as ViewerIdentity } from '../../common/auth/viewer.js';
import { Viewer } from './member.model.js';
import { MembersService } from './members.service.js';

@Resolver(() => Viewer)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in member, or null' })
  @Allow(Access.PUBLIC)
  viewer(@CurrentViewer() viewer: ViewerIdentity | undefined): Promise<Viewer | null> {
    return viewer ? this.members.viewer(viewer.id) : Promise.resolve(null);
  }
}
