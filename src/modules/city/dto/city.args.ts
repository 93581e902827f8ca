import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

@ArgsType()
export class CityArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, {
    message: 'locale must be a language code such as en or es',
  })
  locale?: string;
}
