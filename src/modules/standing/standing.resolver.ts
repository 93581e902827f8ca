import { Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { StandingService } from './standing.service.js';

@Resolver()
export class StandingResolver {
  constructor(private readonly standing: StandingService) {}

  @Query(() => String, {
    description:
      'A signed token with the time the sign-up form was shown: send it back as SignUpInput.formToken',
  })
  @Allow(Access.PUBLIC)
  signUpFormToken(): string {
    return this.standing.signUpFormToken();
  }
}
