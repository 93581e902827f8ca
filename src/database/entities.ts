import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { ConnectorApplicationEntity } from '../modules/connectors/connector-application.entity.js';
import { EmailTokenEntity } from '../modules/auth/email-token.entity.js';
import {
  ConnectionEntity,
  ConnectionRequestEntity,
  MemberBlockEntity,
  SuggestionDismissalEntity,
} from '../modules/connections/connection.entity.js';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity.js';
import {
  IntroductionEntity,
  IntroductionEventEntity,
  IntroductionOutcomeEntity,
  IntroductionRequestEntity,
} from '../modules/introductions/introduction.entity.js';
import { MailOutboxEntity } from '../modules/mail/mail-outbox.entity.js';
import {
  MatchDigestEntity,
  MatchDismissalEntity,
} from '../modules/matchmaking/match-dismissal.entity.js';
import {
  ConversationEntity,
  ConversationParticipantEntity,
  MessageEntity,
} from '../modules/messages/message.entity.js';
import { MemberStatementEntity } from '../modules/members/member-statement.entity.js';
import {
  ContentReportEntity,
  ModerationCaseEntity,
  ModerationDigestEntity,
} from '../modules/moderation/moderation.entity.js';
import {
  NotificationDigestEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
} from '../modules/notifications/notification.entity.js';
import { MemberEntity } from '../modules/members/member.entity.js';
import {
  MemberMatchFactsEntity,
  OrganizationMatchFactsEntity,
} from '../modules/matchmaking/match-facts.entity.js';
import {
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
  OrganizationStatementEntity,
} from '../modules/organizations/organization.entity.js';
import {
  OpportunityEntity,
  OpportunityInterestEntity,
  OpportunitySaveEntity,
} from '../modules/opportunities/opportunity.entity.js';
import { SpamSignalEntity } from '../modules/standing/spam-signal.entity.js';
import {
  SearchDocumentEntity,
  SearchLexemeEntity,
} from '../modules/search/search-document.entity.js';

/** Every TypeORM entity; the migration check compares these with the migrated schema. */
export const ENTITIES = [
  MemberEntity,
  RefreshTokenEntity,
  EmailTokenEntity,
  MailOutboxEntity,
  MemberStatementEntity,
  AuditEntryEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  OrganizationStatementEntity,
  OrganizationInvitationEntity,
  ConnectionEntity,
  ConnectionRequestEntity,
  MemberBlockEntity,
  SuggestionDismissalEntity,
  IntroductionEntity,
  IntroductionEventEntity,
  IntroductionOutcomeEntity,
  IntroductionRequestEntity,
  ConversationEntity,
  ConversationParticipantEntity,
  MessageEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationDigestEntity,
  OpportunityEntity,
  OpportunityInterestEntity,
  OpportunitySaveEntity,
  MatchDismissalEntity,
  MatchDigestEntity,
  MemberMatchFactsEntity,
  OrganizationMatchFactsEntity,
  SearchDocumentEntity,
  SearchLexemeEntity,
  ConnectorApplicationEntity,
  ModerationCaseEntity,
  ContentReportEntity,
  ModerationDigestEntity,
  SpamSignalEntity,
];
