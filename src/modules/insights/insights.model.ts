import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One bar or point of a chart' })
export class InsightPoint {
  @Field({
    description:
      'The stable code of the point: a month (YYYY-MM), a NAICS code, a neighborhood slug, a category; NONE for those who stated nothing',
  })
  key: string;

  @Field({ description: 'What the point is, in the requested language' })
  label: string;

  @Field(() => Float)
  value: number;
}

@ObjectType({ description: 'One figure or chart, with the plain definition shown beside it' })
export class InsightSeries {
  @Field({ description: 'e.g. members_new_by_month, unmet_needs_by_sector' })
  key: string;

  @Field({ description: 'In the requested language' })
  title: string;

  @Field({ description: 'What exactly is counted, in plain words' })
  definition: string;

  @Field({ description: 'count | percent | days' })
  unit: string;

  @Field(() => [InsightPoint])
  points: InsightPoint[];
}

@ObjectType({ description: 'One number, with the plain definition shown beside it' })
export class InsightFigure {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field()
  definition: string;

  @Field({ description: 'count | percent | days' })
  unit: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when there is nothing to measure (a median of nobody, a share of none)',
  })
  value: number | null;
}

@ObjectType({ description: "The city's economy as the network's own data shows it (staff only)" })
export class EcosystemInsights {
  @Field()
  generatedAt: Date;

  @Field(() => [InsightFigure], {
    description:
      'Totals, connectedness shares, median days to first connection, median introduction days, unmet needs',
  })
  figures: InsightFigure[];

  @Field(() => [InsightSeries], {
    description:
      'Over time, by sector/neighborhood/stage, needs vs offers, unmet needs, the introductions funnel, outcomes by month',
  })
  series: InsightSeries[];
}
