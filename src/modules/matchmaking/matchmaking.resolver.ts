import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  CandidatesForOpportunityArgs,
  DismissMatchInput,
  RecommendationsArgs,
  UndismissMatchInput,
} from './dto/matchmaking.inputs.js';
import { Match } from './match.model.js';
import { MatchmakingService } from './matchmaking.service.js';

@Resolver(() => Match)
export class MatchmakingResolver {
  constructor(private readonly service: MatchmakingService) {}

  @Query(() => [Match], {
    description:
      'Members, organizations and opportunities for you, best first, each with its reasons; at most 2 of one organization, and a mix when several kinds are asked',
  })
  @Allow(Access.SIGNED_IN)
  recommendations(
    @Args() { kinds, first }: RecommendationsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Match[]> {
    return this.service.recommendations(viewer, kinds, first);
  }

  @Query(() => [Match], {
    description:
      'Members and organizations that need what an opportunity offers: for its poster, its organization’s owners and admins, and city staff',
  })
  @Allow(Access.SIGNED_IN)
  candidatesForOpportunity(
    @Args() { opportunityId, first }: CandidatesForOpportunityArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Match[]> {
    return this.service.candidatesForOpportunity(viewer, opportunityId, first);
  }

  @Mutation(() => Boolean, {
    description: 'Hides a match from now on; NOT_RELEVANT also lowers similar matches',
  })
  @Allow(Access.SIGNED_IN)
  dismissMatch(
    @Args('input') input: DismissMatchInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.dismiss(viewer, input.targetId, input.reason);
  }

  @Mutation(() => Boolean, { description: 'Brings a dismissed match back' })
  @Allow(Access.SIGNED_IN)
  undismissMatch(
    @Args('input') input: UndismissMatchInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.service.undismiss(viewer, input.targetId);
  }
}
