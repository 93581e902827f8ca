import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/graphql/pagination.js';
import { Member } from '../members/profile.model.js';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  REQUEST_ANSWERS,
  type NotificationChannel,
  type NotificationType,
  type RequestAnswer,
} from './notification.types.js';
import { enumOf } from '../../common/graphql/enum-of.js';

export const NotificationTypeEnum = enumOf(NOTIFICATION_TYPES);
registerEnumType(NotificationTypeEnum, {
  name: 'NotificationType',
  description:
    'CONNECTION_REQUESTED (to the recipient), CONNECTION_ACCEPTED (to the sender), INTRODUCTION_PROPOSED (to both sides), INTRODUCTION_COMPLETED (to all three), INTRODUCTION_REQUESTED (to the introducer), INTRODUCTION_REQUEST_ANSWERED (to the requester), ORGANIZATION_INVITATION, MESSAGE_RECEIVED (one per conversation while unread), OPPORTUNITY_INTEREST (to the poster side), MATCH_DIGEST (a preference only: EMAIL sends the weekly mail of your best matches; off until you choose it), OPPORTUNITY_REVIEWED (to the poster side: city staff published it or sent it back with a note), ORGANIZATION_VERIFICATION_DECIDED (to the owners: verified or not), CONNECTOR_APPLICATION_DECIDED (to the applicant), MODERATION_WARNING (a warning from city staff, with their reason; always in the app and by mail, not a setting)',
});
export const NotificationChannelEnum = enumOf(NOTIFICATION_CHANNELS);
registerEnumType(NotificationChannelEnum, {
  name: 'NotificationChannel',
  description:
    'IN_APP: in the list and the daily digest; EMAIL: in the list and by mail at once; OFF: not at all',
});
export const RequestAnswerEnum = enumOf(REQUEST_ANSWERS);
registerEnumType(RequestAnswerEnum, {
  name: 'IntroductionRequestAnswer',
  description: 'How the introducer answered a request for an introduction',
});

@ObjectType({ description: 'Something that happened that you should know of' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationTypeEnum)
  type: NotificationType;

  @Field(() => Member, { nullable: true, description: 'Who did it, as you may see them' })
  actor: Member | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The connection request, introduction, introduction request, invitation, conversation or opportunity',
  })
  subjectId: string | null;

  @Field({
    description:
      'The page it leads to: /network, /introductions, /invitations, /messages/<id>, /opportunities/<id>, /o/<slug>, /connectors/apply',
  })
  path: string;

  @Field(() => Int, {
    nullable: true,
    description: 'MESSAGE_RECEIVED: how many unread messages it stands for',
  })
  messageCount: number | null;

  @Field(() => RequestAnswerEnum, {
    nullable: true,
    description:
      'INTRODUCTION_REQUEST_ANSWERED: forwarded (an introduction was proposed) or declined',
  })
  requestAnswer: RequestAnswer | null;

  @Field(() => ID, {
    nullable: true,
    description: 'INTRODUCTION_REQUEST_ANSWERED when forwarded: the introduction proposed',
  })
  introductionId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ORGANIZATION_INVITATION; OPPORTUNITY_INTEREST when expressed for an organization',
  })
  organizationName: string | null;

  @Field(() => String, { nullable: true, description: 'ORGANIZATION_INVITATION' })
  organizationSlug: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'OPPORTUNITY_INTEREST, OPPORTUNITY_REVIEWED: the title of the opportunity (its id is subjectId)',
  })
  opportunityTitle: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'City staff decisions: OPPORTUNITY_REVIEWED (true: published), ORGANIZATION_VERIFICATION_DECIDED (true: verified), CONNECTOR_APPLICATION_DECIDED (true: approved)',
  })
  approved: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "City staff's note with their decision, if any",
  })
  decisionNote: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'MODERATION_WARNING: what city staff said about your account or content',
  })
  reason: string | null;

  @Field({ description: 'When it happened; for messages, the latest one' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

export const NotificationConnection = Paginated(Notification, 'NotificationConnection');

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationTypeEnum)
  type: NotificationType;

  @Field(() => NotificationChannelEnum)
  channel: NotificationChannel;
}

@ObjectType()
export class NotificationSettings {
  @Field(() => [NotificationPreference], { description: 'Every type, with its default if unset' })
  preferences: NotificationPreference[];

  @Field({ description: 'A daily mail of what you have not read yet (in-app notifications)' })
  dailyDigest: boolean;
}
