import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/graphql/pagination.js';
import { Member } from '../members/profile.model.js';
import {
  INTRODUCTION_ANSWERS,
  type IntroductionAnswer,
  type OutcomeKind,
} from './introduction.types.js';
import { enumOf } from '../../common/graphql/enum-of.js';
import { OutcomeKindEnum } from '../../common/graphql/outcome-kind.enum.js';

/** As the viewer sees it: a decline reads NOT_NOW to everyone but the one who declined. */
export const INTRODUCTION_VIEW_STATUSES = [
  'PROPOSED',
  'ACCEPTED_BY_ONE',
  'COMPLETED',
  'DECLINED',
  'NOT_NOW',
  'EXPIRED',
] as const;
export type IntroductionViewStatus = (typeof INTRODUCTION_VIEW_STATUSES)[number];
export const IntroductionStatusEnum = enumOf(INTRODUCTION_VIEW_STATUSES);
registerEnumType(IntroductionStatusEnum, {
  name: 'IntroductionStatus',
  description:
    'PROPOSED: waiting for both; ACCEPTED_BY_ONE; COMPLETED: both accepted and are connected; DECLINED (shown only to whoever declined); NOT_NOW (a decline, as everyone else sees it); EXPIRED after 14 days without both answers',
});
export const IntroductionAnswerEnum = enumOf(INTRODUCTION_ANSWERS);
registerEnumType(IntroductionAnswerEnum, { name: 'IntroductionAnswer' });
export { OutcomeKindEnum };

export enum IntroductionRole {
  PARTICIPANT = 'PARTICIPANT',
  INTRODUCER = 'INTRODUCER',
}
registerEnumType(IntroductionRole, {
  name: 'IntroductionRole',
  description: 'PARTICIPANT: introductions made for you; INTRODUCER: introductions you made',
});

export enum IntroductionRequestRole {
  REQUESTER = 'REQUESTER',
  INTRODUCER = 'INTRODUCER',
}
registerEnumType(IntroductionRequestRole, {
  name: 'IntroductionRequestRole',
  description: 'REQUESTER: what you asked for; INTRODUCER: what others asked of you',
});

@ObjectType()
export class IntroductionEvent {
  @Field(() => IntroductionStatusEnum, { description: 'The status this step led to' })
  status: IntroductionViewStatus;

  @Field()
  occurredAt: Date;
}

@ObjectType()
export class IntroductionOutcome {
  @Field(() => Member, { nullable: true, description: 'Who recorded it' })
  member: Member | null;

  @Field(() => OutcomeKindEnum)
  kind: OutcomeKind;

  @Field()
  note: string;

  @Field()
  recordedAt: Date;
}

@ObjectType({
  description: 'A warm introduction of two members by a third, with both sides consenting',
})
export class Introduction {
  @Field(() => ID)
  id: string;

  @Field(() => Member, { nullable: true })
  introducer: Member | null;

  @Field(() => Member, { nullable: true })
  memberA: Member | null;

  @Field(() => Member, { nullable: true })
  memberB: Member | null;

  @Field({ description: "The introducer's note, seen by both" })
  note: string;

  @Field(() => IntroductionStatusEnum)
  status: IntroductionViewStatus;

  @Field(() => IntroductionAnswerEnum, {
    nullable: true,
    description: 'Your own answer, when you are introduced',
  })
  viewerAnswer: IntroductionAnswer | null;

  @Field(() => IntroductionRole)
  viewerRole: IntroductionRole;

  @Field(() => [IntroductionEvent])
  history: IntroductionEvent[];

  @Field(() => [IntroductionOutcome])
  outcomes: IntroductionOutcome[];

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

export const IntroductionConnection = Paginated(Introduction, 'IntroductionConnection');

export const INTRODUCTION_REQUEST_VIEW_STATUSES = ['PENDING', 'FORWARDED', 'DECLINED'] as const;
export const IntroductionRequestStatusEnum = enumOf(INTRODUCTION_REQUEST_VIEW_STATUSES);
registerEnumType(IntroductionRequestStatusEnum, { name: 'IntroductionRequestStatus' });

@ObjectType({ description: 'A member asking someone to introduce them to a third member' })
export class IntroductionRequest {
  @Field(() => ID)
  id: string;

  @Field(() => Member, { nullable: true })
  requester: Member | null;

  @Field(() => Member, { nullable: true })
  introducer: Member | null;

  @Field(() => Member, { nullable: true })
  target: Member | null;

  @Field()
  reason: string;

  @Field(() => IntroductionRequestStatusEnum)
  status: (typeof INTRODUCTION_REQUEST_VIEW_STATUSES)[number];

  @Field({ description: "The introducer's note when declining" })
  answerNote: string;

  @Field(() => ID, { nullable: true, description: 'The introduction it became, once forwarded' })
  introductionId: string | null;

  @Field()
  createdAt: Date;
}

export const IntroductionRequestConnection = Paginated(
  IntroductionRequest,
  'IntroductionRequestConnection',
);

@ObjectType()
export class OutcomeCount {
  @Field(() => OutcomeKindEnum)
  kind: OutcomeKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "A connector's record: what their introductions came to" })
export class IntroducerRecord {
  @Field(() => Int)
  made: number;

  @Field(() => Int)
  waiting: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Declined by one side' })
  notNow: number;

  @Field(() => Int)
  expired: number;

  @Field(() => [OutcomeCount], { description: 'Completed introductions by recorded outcome' })
  outcomes: OutcomeCount[];
}
