import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { GraphQLContext } from '../../common/graphql/graphql-context.js';
import { GqlThrottlerGuard } from '../auth/gql-throttler.guard.js';
import { AccountService } from './account.service.js';
import { DeleteMyAccountInput } from './dto/delete-my-account.input.js';

@Resolver()
@UseGuards(GqlThrottlerGuard)
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Mutation(() => String, {
    description: 'A JSON document of every row GrowHere holds that is yours',
  })
  @Allow(Access.SIGNED_IN)
  exportMyData(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.account.exportMyData(viewer.id);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes your personal data for good and signs you out everywhere',
  })
  @Allow(Access.SIGNED_IN)
  deleteMyAccount(
    @Args('input') input: DeleteMyAccountInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.account.deleteMyAccount(viewer.id, input.password, context);
  }
}
