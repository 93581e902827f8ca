import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PITCH_TOPICS, type PitchTopicKey } from '../../config/city-profile.js';

export const PitchTopic = Object.fromEntries(PITCH_TOPICS.map((t) => [t, t])) as {
  [K in PitchTopicKey]: K;
};
registerEnumType(PitchTopic, {
  name: 'PitchTopic',
  description: 'The topics of the "Why {city}" pitch',
});

@ObjectType()
export class Language {
  @Field({ description: 'BCP 47 code, e.g. en or es' })
  code: string;

  @Field({ description: "The language's name in that language" })
  name: string;
}

@ObjectType()
export class Neighborhood {
  @Field()
  slug: string;

  @Field()
  name: string;
}

@ObjectType()
export class Sector {
  @Field({ description: 'NAICS 2-digit code, e.g. 54 or 31-33' })
  code: string;

  @Field()
  name: string;

  @Field()
  featured: boolean;
}

@ObjectType()
export class Source {
  @Field()
  name: string;

  @Field()
  url: string;
}

@ObjectType()
export class PitchFact {
  @Field()
  value: string;

  @Field()
  label: string;

  @Field(() => Source)
  source: Source;
}

@ObjectType()
export class PitchSection {
  @Field(() => PitchTopic)
  key: PitchTopicKey;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [PitchFact])
  facts: PitchFact[];
}

@ObjectType({ description: 'The city this GrowHere instance serves, in one locale' })
export class City {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  tagline: string;

  @Field({ description: 'The locale the texts of this city are in' })
  locale: string;

  @Field()
  defaultLocale: string;

  @Field(() => [Language])
  languages: Language[];

  @Field(() => [Neighborhood])
  neighborhoods: Neighborhood[];

  @Field(() => [Sector], {
    description: "NAICS 2-digit sectors; featured ones are the city's leading industries",
  })
  sectors: Sector[];

  @Field(() => [PitchSection])
  pitch: PitchSection[];
}
