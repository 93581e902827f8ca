import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

@InputType()
export class InsightsFilter {
  @Field(() => Date, {
    nullable: true,
    description: 'From this instant (inclusive); the beginning when omitted',
  })
  @IsOptional()
  @IsDate({ message: 'filter.from must be a date and time' })
  from?: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Until this instant (inclusive); now when omitted',
  })
  @IsOptional()
  @IsDate({ message: 'filter.to must be a date and time' })
  to?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'A NAICS 2-digit sector code, e.g. 54 or 31-33',
  })
  @IsOptional()
  @IsString({ message: 'filter.sector must be a NAICS sector code' })
  @Length(1, 5, { message: 'filter.sector must be a NAICS sector code' })
  sector?: string;

  @Field(() => String, { nullable: true, description: 'A neighborhood slug of the city' })
  @IsOptional()
  @IsString({ message: 'filter.neighborhood must be a neighborhood of the city' })
  @Length(1, 60, { message: 'filter.neighborhood must be a neighborhood of the city' })
  neighborhood?: string;
}

@ArgsType()
export class InsightsArgs {
  @Field(() => InsightsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InsightsFilter)
  filter?: InsightsFilter;

  @Field(() => String, {
    nullable: true,
    description: "Language of titles, definitions and labels; the city's default when omitted",
  })
  @IsOptional()
  @IsString({ message: 'locale must be a language code' })
  locale?: string;
}
