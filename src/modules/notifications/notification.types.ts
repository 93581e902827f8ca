/** What a member can be told of. Declines of connection requests and introductions never are. */
export const NOTIFICATION_TYPES = [
  'CONNECTION_REQUESTED',
  'CONNECTION_ACCEPTED',
  'INTRODUCTION_PROPOSED',
  'INTRODUCTION_COMPLETED',
  'INTRODUCTION_REQUESTED',
  'INTRODUCTION_REQUEST_ANSWERED',
  'ORGANIZATION_INVITATION',
  'MESSAGE_RECEIVED',
  'OPPORTUNITY_INTEREST',
  'MATCH_DIGEST',
  'OPPORTUNITY_REVIEWED',
  'ORGANIZATION_VERIFICATION_DECIDED',
  'CONNECTOR_APPLICATION_DECIDED',
  'MODERATION_WARNING',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/**
 * IN_APP: the list (and the daily digest); EMAIL: the list and a mail at once; OFF: nothing.
 * MATCH_DIGEST is not a notification but the weekly mail of one's best matches: EMAIL sends it,
 * IN_APP and OFF do not (the matches are always in the app).
 */
export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL', 'OFF'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What the member gets until they choose otherwise: mail only for what waits on their answer. */
export const DEFAULT_CHANNELS: Record<NotificationType, NotificationChannel> = {
  CONNECTION_REQUESTED: 'IN_APP',
  CONNECTION_ACCEPTED: 'IN_APP',
  INTRODUCTION_PROPOSED: 'EMAIL',
  INTRODUCTION_COMPLETED: 'IN_APP',
  INTRODUCTION_REQUESTED: 'EMAIL',
  INTRODUCTION_REQUEST_ANSWERED: 'IN_APP',
  ORGANIZATION_INVITATION: 'EMAIL',
  MESSAGE_RECEIVED: 'IN_APP',
  OPPORTUNITY_INTEREST: 'EMAIL',
  // Opt-in: nobody gets the weekly match digest until they ask for it.
  MATCH_DIGEST: 'OFF',
  // City staff's decisions on what the member asked for: they are waiting for the answer.
  OPPORTUNITY_REVIEWED: 'EMAIL',
  ORGANIZATION_VERIFICATION_DECIDED: 'EMAIL',
  CONNECTOR_APPLICATION_DECIDED: 'EMAIL',
  MODERATION_WARNING: 'EMAIL',
};

/**
 * Sent in the app and by mail whatever the member chose: what city staff say about their
 * account. Not among the settings, and a setting for one is refused.
 */
export const ALWAYS_SENT: ReadonlySet<NotificationType> = new Set(['MODERATION_WARNING']);

/** How an introducer answered a request for an introduction. */
export const REQUEST_ANSWERS = ['FORWARDED', 'DECLINED'] as const;
export type RequestAnswer = (typeof REQUEST_ANSWERS)[number];

/** Small facts kept with a notification so that it can be shown without another lookup. */
export interface NotificationData {
  /** MESSAGE_RECEIVED: how many unread messages it stands for. */
  messageCount?: number;
  /** INTRODUCTION_REQUEST_ANSWERED. */
  answer?: RequestAnswer;
  /** INTRODUCTION_REQUEST_ANSWERED when forwarded: the introduction it became. */
  introductionId?: string;
  /** ORGANIZATION_INVITATION; OPPORTUNITY_INTEREST when expressed for an organization. */
  organizationName?: string;
  organizationSlug?: string;
  /** OPPORTUNITY_INTEREST, OPPORTUNITY_REVIEWED: the opportunity's title at the time. */
  opportunityTitle?: string;
  /**
   * City staff's decisions: OPPORTUNITY_REVIEWED (published or sent back to the drafts),
   * ORGANIZATION_VERIFICATION_DECIDED (verified or not), CONNECTOR_APPLICATION_DECIDED.
   */
  approved?: boolean;
  /** City staff's note with a decision, if they wrote one. */
  note?: string;
  /** MODERATION_WARNING: what city staff said. */
  reason?: string;
}

/** The page of the web app a notification leads to. */
export function notificationPath(
  type: NotificationType,
  subjectId: string | null,
  data?: NotificationData | null,
): string {
  switch (type) {
    case 'CONNECTION_REQUESTED':
    case 'CONNECTION_ACCEPTED':
      return '/network';
    case 'INTRODUCTION_PROPOSED':
    case 'INTRODUCTION_COMPLETED':
    case 'INTRODUCTION_REQUESTED':
    case 'INTRODUCTION_REQUEST_ANSWERED':
      return '/introductions';
    case 'ORGANIZATION_INVITATION':
      return '/invitations';
    case 'MESSAGE_RECEIVED':
      return subjectId ? `/messages/${subjectId}` : '/messages';
    case 'OPPORTUNITY_INTEREST':
    case 'OPPORTUNITY_REVIEWED':
      return subjectId ? `/opportunities/${subjectId}` : '/opportunities';
    case 'MATCH_DIGEST':
      return '/for-you';
    case 'ORGANIZATION_VERIFICATION_DECIDED':
      return data?.organizationSlug ? `/o/${data.organizationSlug}` : '/organizations';
    case 'CONNECTOR_APPLICATION_DECIDED':
      return '/connectors/apply';
    case 'MODERATION_WARNING':
      return '/account';
  }
}
