import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/enum-of.js';
import { Paginated } from '../../common/graphql/pagination.js';
import { IntroducerRecord } from '../introductions/introduction.model.js';
import { Member } from '../members/profile.model.js';
import {
  CONNECTOR_APPLICATION_STATUSES,
  type ConnectorApplicationEntity,
  type ConnectorApplicationStatus,
} from './connector-application.entity.js';

export const ConnectorApplicationStatusEnum = enumOf(CONNECTOR_APPLICATION_STATUSES);
registerEnumType(ConnectorApplicationStatusEnum, {
  name: 'ConnectorApplicationStatus',
  description:
    'PENDING: waiting for city staff; APPROVED: the applicant is a connector; DECLINED with a note; WITHDRAWN by the applicant',
});

@ObjectType({ description: 'A member asks to join the connector programme' })
export class ConnectorApplication {
  @Field(() => ID)
  id: string;

  @Field()
  motivation: string;

  @Field(() => [String], { description: 'NAICS 2-digit sector codes' })
  sectors: string[];

  @Field(() => [String], { description: 'Communities served, in the applicant’s words' })
  communities: string[];

  @Field(() => [String], { description: 'Language codes' })
  languages: string[];

  @Field(() => ConnectorApplicationStatusEnum)
  status: ConnectorApplicationStatus;

  @Field(() => String, { nullable: true, description: "City staff's note with their decision" })
  decisionNote: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was approved, declined or withdrawn' })
  decidedAt: Date | null;

  /** Not in the schema: resolved as `applicant`. */
  memberId: string;
}

export const ConnectorApplicationConnection = Paginated(
  ConnectorApplication,
  'ConnectorApplicationConnection',
);

@ObjectType({ description: 'A connector as city staff see them: their record in the programme' })
export class ConnectorOverview {
  @Field(() => Member)
  member: Member;

  @Field(() => IntroducerRecord)
  record: IntroducerRecord;

  @Field(() => Date, {
    nullable: true,
    description: 'When staff approved their application; null when made a connector otherwise',
  })
  approvedAt: Date | null;
}

export const ConnectorOverviewConnection = Paginated(
  ConnectorOverview,
  'ConnectorOverviewConnection',
);

export function toConnectorApplication(row: ConnectorApplicationEntity): ConnectorApplication {
  return {
    id: row.id,
    motivation: row.motivation,
    sectors: row.sectors,
    communities: row.communities,
    languages: row.languages,
    status: row.status,
    decisionNote: row.decisionNote,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    memberId: row.memberId,
  };
}
