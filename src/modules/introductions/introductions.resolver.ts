import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import {
  AnswerIntroductionInput,
  AnswerIntroductionRequestInput,
  IntroductionIdArgs,
  IntroductionRequestsArgs,
  IntroductionsArgs,
  OptionalMemberIdArgs,
  ProposeIntroductionInput,
  RecordOutcomeInput,
  RequestIntroductionInput,
} from './dto/introduction.inputs.js';
import {
  IntroducerRecord,
  Introduction,
  IntroductionConnection,
  IntroductionRequest,
  IntroductionRequestConnection,
} from './introduction.model.js';
import { IntroductionsService } from './introductions.service.js';

@Resolver()
export class IntroductionsResolver {
  constructor(private readonly service: IntroductionsService) {}

  @Query(() => IntroductionConnection, {
    description: 'Introductions made for you (PARTICIPANT) or by you (INTRODUCER), newest first',
  })
  @Allow(Access.SIGNED_IN)
  introductions(
    @Args() { role }: IntroductionsArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Introduction>> {
    return this.service.page(viewer, role, first, after);
  }

  @Query(() => Introduction, { nullable: true, description: 'For its three people only' })
  @Allow(Access.SIGNED_IN)
  introduction(
    @Args() { id }: IntroductionIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Introduction | null> {
    return this.service.introduction(viewer, id);
  }

  @Query(() => IntroductionRequestConnection, {
    description: 'Introductions you asked for (REQUESTER) or were asked to make (INTRODUCER)',
  })
  @Allow(Access.SIGNED_IN)
  introductionRequests(
    @Args() { role }: IntroductionRequestsArgs,
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<IntroductionRequest>> {
    return this.service.requests(viewer, role, first, after);
  }

  @Query(() => IntroducerRecord, {
    description: "An introducer's record: yours, or (for city staff) anyone's",
  })
  @Allow(Access.SIGNED_IN)
  introducerRecord(
    @Args() { memberId }: OptionalMemberIdArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<IntroducerRecord> {
    return this.service.record(viewer, memberId);
  }

  @Mutation(() => Introduction, {
    description: 'A connector, or a member connected to both, introduces two members',
  })
  @Allow(Access.SIGNED_IN)
  proposeIntroduction(
    @Args('input') input: ProposeIntroductionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Introduction> {
    return this.service.propose(viewer, input);
  }

  @Mutation(() => Introduction, {
    description: 'Accept, or decline ("not now", told to nobody as coming from you)',
  })
  @Allow(Access.SIGNED_IN)
  answerIntroduction(
    @Args('input') input: AnswerIntroductionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Introduction> {
    return this.service.answer(viewer, input.introductionId, input.accept);
  }

  @Mutation(() => Introduction, { description: 'Either side of a completed introduction' })
  @Allow(Access.SIGNED_IN)
  recordIntroductionOutcome(
    @Args('input') input: RecordOutcomeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Introduction> {
    return this.service.recordOutcome(viewer, input);
  }

  @Mutation(() => IntroductionRequest, {
    description: 'Ask a connection (or a connector) connected to a member to introduce you',
  })
  @Allow(Access.SIGNED_IN)
  requestIntroduction(
    @Args('input') input: RequestIntroductionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<IntroductionRequest> {
    return this.service.request(viewer, input);
  }

  @Mutation(() => IntroductionRequest, {
    description: 'The one asked makes the introduction: it becomes a proposal to both',
  })
  @Allow(Access.SIGNED_IN)
  forwardIntroductionRequest(
    @Args('input') input: AnswerIntroductionRequestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<IntroductionRequest> {
    return this.service.forwardRequest(viewer, input.requestId, input.note);
  }

  @Mutation(() => IntroductionRequest, { description: 'The one asked declines, with a note' })
  @Allow(Access.SIGNED_IN)
  declineIntroductionRequest(
    @Args('input') input: AnswerIntroductionRequestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<IntroductionRequest> {
    return this.service.declineRequest(viewer, input.requestId, input.note);
  }
}
