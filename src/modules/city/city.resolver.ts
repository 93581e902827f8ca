import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { City } from './city.model.js';
import { CityService } from './city.service.js';
import { CityArgs } from './dto/city.args.js';

@Resolver(() => City)
export class CityResolver {
  constructor(private readonly cityService: CityService) {}

  @Query(() => City, {
    description: "The configured city profile; texts in the given locale or the city's default",
  })
  @Allow(Access.PUBLIC)
  city(@Args() { locale }: CityArgs): City {
    return this.cityService.city(locale);
  }
}
