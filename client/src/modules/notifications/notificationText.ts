import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment } from '../../generated/graphql';

/** A notification as a plain sentence in the reader's language, written from its type. */
export function notificationText(t: TFunction, notification: NotificationFieldsFragment): string {
  const name = notification.actor?.displayName ?? t('notifications.someone');
  switch (notification.type) {
    case 'CONNECTION_REQUESTED':
      return t('notifications.connectionRequested', { name });
    case 'CONNECTION_ACCEPTED':
      return t('notifications.connectionAccepted', { name });
    case 'INTRODUCTION_PROPOSED':
      return t('notifications.introductionProposed', { name });
    case 'INTRODUCTION_COMPLETED':
      return t('notifications.introductionCompleted', { name });
    case 'INTRODUCTION_REQUESTED':
      return t('notifications.introductionRequested', { name });
    case 'INTRODUCTION_REQUEST_ANSWERED':
      return notification.requestAnswer === 'DECLINED'
        ? t('notifications.introductionRequestDeclined', { name })
        : t('notifications.introductionRequestForwarded', { name });
    case 'MESSAGE_RECEIVED':
      return t('notifications.messageReceived', { name, count: notification.messageCount ?? 1 });
    case 'ORGANIZATION_INVITATION':
      return t('notifications.organizationInvitation', {
        name,
        organization: notification.organizationName ?? t('notifications.anOrganization'),
      });
    case 'OPPORTUNITY_INTEREST':
      return t('notifications.opportunityInterest', {
        name,
        opportunity: notification.opportunityTitle ?? t('notifications.anOpportunity'),
      });
    case 'OPPORTUNITY_REVIEWED': {
      const opportunity = notification.opportunityTitle ?? t('notifications.anOpportunity');
      return notification.approved
        ? t('notifications.opportunityApproved', { opportunity })
        : t('notifications.opportunityReturned', { opportunity, note: noteOf(t, notification) });
    }
    case 'ORGANIZATION_VERIFICATION_DECIDED': {
      const organization = notification.organizationName ?? t('notifications.anOrganization');
      return notification.approved
        ? t('notifications.organizationVerified', { organization })
        : t('notifications.organizationNotVerified', {
            organization,
            note: noteOf(t, notification),
          });
    }
    case 'CONNECTOR_APPLICATION_DECIDED':
      return notification.approved
        ? t('notifications.connectorApproved')
        : t('notifications.connectorDeclined', { note: noteOf(t, notification) });
    case 'MODERATION_WARNING':
      return t('notifications.moderationWarning', {
        reason: notification.reason ?? t('notifications.noNote'),
      });
  }
  return t('notifications.generic');
}

const noteOf = (t: TFunction, notification: NotificationFieldsFragment) =>
  notification.decisionNote || t('notifications.noNote');
