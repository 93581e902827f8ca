/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}': typeof types.DeleteMyAccountDocument;
  'mutation ExportMyData {\n  exportMyData\n}': typeof types.ExportMyDataDocument;
  'query AuditActions {\n  auditActions\n}': typeof types.AuditActionsDocument;
  'query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      occurredAt\n      action\n      targetType\n      targetId\n      reason\n      before\n      after\n      actorName\n      actor {\n        id\n        handle\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.AuditLogDocument;
  'mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}': typeof types.ChangeEmailDocument;
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}': typeof types.ChangePasswordDocument;
  'mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}': typeof types.RefreshSessionDocument;
  'mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}': typeof types.RequestPasswordResetDocument;
  'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}': typeof types.ResetPasswordDocument;
  'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}': typeof types.SessionFieldsFragmentDoc;
  'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}': typeof types.SignInDocument;
  'mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}': typeof types.SignOutDocument;
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}': typeof types.SignUpDocument;
  'mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}': typeof types.VerifyEmailDocument;
  'query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}': typeof types.ViewerDocument;
  'fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}': typeof types.ViewerFieldsFragmentDoc;
  'query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}': typeof types.CityDocument;
  'mutation AcceptConnection($input: ConnectionRequestIdInput!) {\n  acceptConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}': typeof types.AcceptConnectionDocument;
  'mutation BlockMember($input: MemberIdInput!) {\n  blockMember(input: $input)\n}': typeof types.BlockMemberDocument;
  'query BlockedMembers {\n  blockedMembers {\n    id\n    handle\n    displayName\n  }\n}': typeof types.BlockedMembersDocument;
  'query ConnectionRequests($direction: RequestDirection!, $first: Int!, $after: String) {\n  connectionRequests(direction: $direction, first: $first, after: $after) {\n    nodes {\n      id\n      note\n      createdAt\n      sender {\n        ...NetworkMemberFields\n      }\n      recipient {\n        ...NetworkMemberFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ConnectionRequestsDocument;
  'query Connections($memberId: ID, $first: Int!, $after: String) {\n  connections(memberId: $memberId, first: $first, after: $after) {\n    nodes {\n      ...NetworkMemberFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ConnectionsDocument;
  'mutation DeclineConnection($input: ConnectionRequestIdInput!) {\n  declineConnection(input: $input)\n}': typeof types.DeclineConnectionDocument;
  'mutation DismissSuggestion($input: MemberIdInput!) {\n  dismissSuggestion(input: $input)\n}': typeof types.DismissSuggestionDocument;
  'query IntroductionPath($memberId: ID!) {\n  introductionPath(memberId: $memberId) {\n    degree\n    members {\n      id\n      handle\n      displayName\n      isConnector\n    }\n  }\n}': typeof types.IntroductionPathDocument;
  'query MutualConnections($memberId: ID!, $first: Int!) {\n  mutualConnections(memberId: $memberId, first: $first) {\n    id\n    handle\n    displayName\n  }\n}': typeof types.MutualConnectionsDocument;
  'fragment NetworkMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  mutualConnectionCount\n}': typeof types.NetworkMemberFieldsFragmentDoc;
  'query PeopleYouMayKnow($first: Int!) {\n  peopleYouMayKnow(first: $first) {\n    mutualConnectionCount\n    member {\n      ...NetworkMemberFields\n      ...ViewerConnectionFields\n    }\n    reasons {\n      code\n      text\n      count\n      category\n      sector\n      neighborhood\n    }\n  }\n}': typeof types.PeopleYouMayKnowDocument;
  'mutation RemoveConnection($input: MemberIdInput!) {\n  removeConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}': typeof types.RemoveConnectionDocument;
  'mutation RequestConnection($input: RequestConnectionInput!) {\n  requestConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}': typeof types.RequestConnectionDocument;
  'mutation UnblockMember($input: MemberIdInput!) {\n  unblockMember(input: $input)\n}': typeof types.UnblockMemberDocument;
  'fragment ViewerConnectionFields on Member {\n  id\n  degree\n  mutualConnectionCount\n  viewerConnection {\n    state\n    requestId\n    canRequest\n    blocked\n  }\n}': typeof types.ViewerConnectionFieldsFragmentDoc;
  'query WaitingConnectionRequests {\n  connectionRequests(direction: RECEIVED, first: 99) {\n    nodes {\n      id\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}': typeof types.WaitingConnectionRequestsDocument;
  'mutation WithdrawConnectionRequest($input: ConnectionRequestIdInput!) {\n  withdrawConnectionRequest(input: $input) {\n    ...ViewerConnectionFields\n  }\n}': typeof types.WithdrawConnectionRequestDocument;
  'mutation ApplyAsConnector($input: ApplyAsConnectorInput!) {\n  applyAsConnector(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}': typeof types.ApplyAsConnectorDocument;
  'fragment ConnectorApplicationFields on ConnectorApplication {\n  id\n  motivation\n  sectors\n  communities\n  languages\n  status\n  decisionNote\n  createdAt\n  decidedAt\n}': typeof types.ConnectorApplicationFieldsFragmentDoc;
  'query ConnectorApplications($status: ConnectorApplicationStatus!, $first: Int!, $after: String) {\n  connectorApplications(status: $status, first: $first, after: $after) {\n    nodes {\n      ...ConnectorApplicationFields\n      applicant {\n        id\n        handle\n        displayName\n        headline\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ConnectorApplicationsDocument;
  'query ConnectorOverview($first: Int!, $after: String) {\n  connectorOverview(first: $first, after: $after) {\n    nodes {\n      approvedAt\n      member {\n        id\n        handle\n        displayName\n        headline\n      }\n      record {\n        made\n        completed\n        waiting\n        notNow\n        expired\n        outcomes {\n          kind\n          count\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ConnectorOverviewDocument;
  'mutation DecideConnectorApplication($input: DecideConnectorApplicationInput!) {\n  decideConnectorApplication(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}': typeof types.DecideConnectorApplicationDocument;
  'query MyConnectorApplication {\n  myConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}': typeof types.MyConnectorApplicationDocument;
  'mutation WithdrawConnectorApplication {\n  withdrawConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}': typeof types.WithdrawConnectorApplicationDocument;
  'query EcosystemInsights($filter: InsightsFilter, $locale: String) {\n  ecosystemInsights(filter: $filter, locale: $locale) {\n    generatedAt\n    figures {\n      key\n      title\n      definition\n      unit\n      value\n    }\n    series {\n      key\n      title\n      definition\n      unit\n      points {\n        label\n        value\n      }\n    }\n  }\n}': typeof types.EcosystemInsightsDocument;
  'mutation AnswerIntroduction($input: AnswerIntroductionInput!) {\n  answerIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}': typeof types.AnswerIntroductionDocument;
  'mutation DeclineIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  declineIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}': typeof types.DeclineIntroductionRequestDocument;
  'mutation ForwardIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  forwardIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}': typeof types.ForwardIntroductionRequestDocument;
  'query IntroducerRecord {\n  introducerRecord {\n    made\n    completed\n    waiting\n    notNow\n    expired\n    outcomes {\n      kind\n      count\n    }\n  }\n}': typeof types.IntroducerRecordDocument;
  'fragment IntroductionFields on Introduction {\n  id\n  note\n  status\n  viewerRole\n  viewerAnswer\n  createdAt\n  completedAt\n  expiresAt\n  introducer {\n    ...IntroductionPersonFields\n  }\n  memberA {\n    ...IntroductionPersonFields\n  }\n  memberB {\n    ...IntroductionPersonFields\n  }\n  outcomes {\n    kind\n    note\n    recordedAt\n    member {\n      id\n    }\n  }\n}': typeof types.IntroductionFieldsFragmentDoc;
  'fragment IntroductionPersonFields on Member {\n  id\n  handle\n  displayName\n}': typeof types.IntroductionPersonFieldsFragmentDoc;
  'fragment IntroductionRequestFields on IntroductionRequest {\n  id\n  reason\n  status\n  answerNote\n  createdAt\n  introductionId\n  requester {\n    ...IntroductionPersonFields\n  }\n  introducer {\n    ...IntroductionPersonFields\n  }\n  target {\n    ...IntroductionPersonFields\n  }\n}': typeof types.IntroductionRequestFieldsFragmentDoc;
  'query IntroductionRequests($role: IntroductionRequestRole!, $first: Int!, $after: String) {\n  introductionRequests(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionRequestFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.IntroductionRequestsDocument;
  'query Introductions($role: IntroductionRole!, $first: Int!, $after: String) {\n  introductions(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.IntroductionsDocument;
  'mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n  proposeIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}': typeof types.ProposeIntroductionDocument;
  'mutation RecordIntroductionOutcome($input: RecordOutcomeInput!) {\n  recordIntroductionOutcome(input: $input) {\n    ...IntroductionFields\n  }\n}': typeof types.RecordIntroductionOutcomeDocument;
  'mutation RequestIntroduction($input: RequestIntroductionInput!) {\n  requestIntroduction(input: $input) {\n    ...IntroductionRequestFields\n  }\n}': typeof types.RequestIntroductionDocument;
  'mutation DismissMatch($input: DismissMatchInput!) {\n  dismissMatch(input: $input)\n}': typeof types.DismissMatchDocument;
  'fragment MatchFields on Match {\n  score\n  target {\n    __typename\n    ... on Member {\n      ...MatchMemberFields\n    }\n    ... on Organization {\n      ...MatchOrganizationFields\n    }\n    ... on Opportunity {\n      ...OpportunitySummaryFields\n    }\n  }\n  reasons {\n    ...MatchReasonFields\n  }\n  connectors {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}': typeof types.MatchFieldsFragmentDoc;
  'fragment MatchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}': typeof types.MatchMemberFieldsFragmentDoc;
  'fragment MatchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n}': typeof types.MatchOrganizationFieldsFragmentDoc;
  'fragment MatchReasonFields on MatchReason {\n  code\n  text\n  category\n  offerText\n  sector\n  stage\n  neighborhood\n  language\n  count\n  deadline\n}': typeof types.MatchReasonFieldsFragmentDoc;
  'query Recommendations($kinds: [MatchKind!], $first: Int!) {\n  recommendations(kinds: $kinds, first: $first) {\n    ...MatchFields\n  }\n}': typeof types.RecommendationsDocument;
  'mutation UndismissMatch($input: UndismissMatchInput!) {\n  undismissMatch(input: $input)\n}': typeof types.UndismissMatchDocument;
  'query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}': typeof types.MemberDocument;
  'fragment MemberProfileFields on Member {\n  id\n  ...ViewerConnectionFields\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n  moderation {\n    hidden\n    suspendedUntil\n    suspendedIndefinitely\n    restricted\n  }\n}': typeof types.MemberProfileFieldsFragmentDoc;
  'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}': typeof types.UpdateProfileDocument;
  'query Conversation($conversationId: ID!) {\n  conversation(conversationId: $conversationId) {\n    ...ConversationFields\n  }\n}': typeof types.ConversationDocument;
  'fragment ConversationFields on Conversation {\n  id\n  kind\n  introductionId\n  others {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  lastMessage {\n    ...MessageFields\n  }\n  unreadCount\n  canSend\n  lastActivityAt\n}': typeof types.ConversationFieldsFragmentDoc;
  'query Conversations($first: Int!, $after: String) {\n  conversations(first: $first, after: $after) {\n    nodes {\n      ...ConversationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ConversationsDocument;
  'mutation MarkConversationRead($input: ConversationIdInput!) {\n  markConversationRead(input: $input) {\n    id\n    unreadCount\n  }\n}': typeof types.MarkConversationReadDocument;
  'subscription MessageAdded($conversationId: String) {\n  messageAdded(conversationId: $conversationId) {\n    ...MessageFields\n  }\n}': typeof types.MessageAddedDocument;
  'fragment MessageFields on Message {\n  id\n  conversationId\n  body\n  sentAt\n  isOwn\n  hidden\n  sender {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}': typeof types.MessageFieldsFragmentDoc;
  'query Messages($conversationId: ID!, $first: Int!, $before: String) {\n  messages(conversationId: $conversationId, first: $first, before: $before) {\n    nodes {\n      ...MessageFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.MessagesDocument;
  'mutation SendMessage($input: SendMessageInput!) {\n  sendMessage(input: $input) {\n    ...MessageFields\n  }\n}': typeof types.SendMessageDocument;
  'query UnreadMessageCount {\n  unreadMessageCount\n}': typeof types.UnreadMessageCountDocument;
  'mutation ModerateCase($input: ModerateCaseInput!) {\n  moderateCase(input: $input) {\n    ...ModerationCaseFields\n  }\n}': typeof types.ModerateCaseDocument;
  'mutation ModerateCases($input: ModerateCasesInput!) {\n  moderateCases(input: $input) {\n    cases {\n      ...ModerationCaseSummaryFields\n    }\n  }\n}': typeof types.ModerateCasesDocument;
  'query ModerationCase($id: ID!) {\n  moderationCase(id: $id) {\n    ...ModerationCaseFields\n  }\n}': typeof types.ModerationCaseDocument;
  'fragment ModerationCaseFields on ModerationCase {\n  ...ModerationCaseSummaryFields\n  content {\n    title\n    body\n    path\n    createdAt\n    exists\n  }\n  owner {\n    ...ModerationPersonFields\n  }\n  ownerHistory {\n    id\n    occurredAt\n    action\n    reason\n    actorName\n  }\n  ownerReportCount\n  reports {\n    id\n    reporter {\n      ...ModerationPersonFields\n    }\n    reason\n    note\n    createdAt\n    reporterResolvedCount\n    reporterUpheldCount\n  }\n}': typeof types.ModerationCaseFieldsFragmentDoc;
  'fragment ModerationCaseSummaryFields on ModerationCase {\n  id\n  targetType\n  targetId\n  status\n  source\n  autoHidden\n  hidden\n  reasons\n  reportCount\n  openedAt\n  lastReportedAt\n  resolvedAt\n  resolution\n  content {\n    title\n    exists\n  }\n  owner {\n    id\n    displayName\n    handle\n  }\n}': typeof types.ModerationCaseSummaryFieldsFragmentDoc;
  'fragment ModerationPersonFields on ModerationPerson {\n  id\n  displayName\n  handle\n  email\n  joinedAt\n  emailVerified\n  hidden\n  suspendedUntil\n  suspendedIndefinitely\n  restricted\n}': typeof types.ModerationPersonFieldsFragmentDoc;
  'query ModerationQueue($filter: ModerationQueueFilter, $first: Int!, $after: String) {\n  moderationQueue(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...ModerationCaseSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}': typeof types.ModerationQueueDocument;
  'query ModerationQueueCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n  }\n}': typeof types.ModerationQueueCountsDocument;
  'query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      ...ReportFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.MyReportsDocument;
  'mutation ReportContent($input: ReportContentInput!) {\n  reportContent(input: $input) {\n    ...ReportFields\n  }\n}': typeof types.ReportContentDocument;
  'fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  targetLabel\n  reason\n  note\n  status\n  createdAt\n  resolvedAt\n}': typeof types.ReportFieldsFragmentDoc;
  'mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}': typeof types.MarkNotificationsReadDocument;
  'subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}': typeof types.NotificationAddedDocument;
  'fragment NotificationFields on Notification {\n  id\n  type\n  path\n  createdAt\n  readAt\n  messageCount\n  requestAnswer\n  organizationName\n  opportunityTitle\n  approved\n  decisionNote\n  reason\n  actor {\n    id\n    displayName\n  }\n}': typeof types.NotificationFieldsFragmentDoc;
  'query NotificationSettings {\n  notificationSettings {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}': typeof types.NotificationSettingsDocument;
  'query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.NotificationsDocument;
  'query UnreadNotificationCount {\n  unreadNotificationCount\n}': typeof types.UnreadNotificationCountDocument;
  'mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}': typeof types.UpdateNotificationSettingsDocument;
  'mutation CloseOpportunity($input: OpportunityIdInput!) {\n  closeOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}': typeof types.CloseOpportunityDocument;
  'mutation CreateOpportunity($input: CreateOpportunityInput!) {\n  createOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}': typeof types.CreateOpportunityDocument;
  'mutation ExpressInterest($input: ExpressInterestInput!) {\n  expressInterest(input: $input) {\n    id\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        message\n        status\n        createdAt\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n}': typeof types.ExpressInterestDocument;
  'query MyOpportunityInterests($first: Int!, $after: String) {\n  myOpportunityInterests(first: $first, after: $after) {\n    nodes {\n      id\n      message\n      status\n      createdAt\n      organization {\n        id\n        slug\n        name\n      }\n      outcome {\n        kind\n        note\n        recordedAt\n      }\n      opportunity {\n        ...OpportunityCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.MyOpportunityInterestsDocument;
  'query Opportunities($filter: OpportunitiesFilter!, $first: Int!, $after: String) {\n  opportunities(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OpportunitiesDocument;
  'query Opportunity($id: ID!) {\n  opportunity(id: $id) {\n    ...OpportunityFields\n  }\n}': typeof types.OpportunityDocument;
  'fragment OpportunityCardFields on Opportunity {\n  id\n  kind\n  subkind\n  status\n  title\n  neighborhoods\n  citywide\n  remote\n  amountMin\n  amountMax\n  sizeSqFt\n  deadline\n  viewerSaved\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}': typeof types.OpportunityCardFieldsFragmentDoc;
  'fragment OpportunityFields on Opportunity {\n  ...OpportunityCardFields\n  description\n  descriptionHtml\n  eligibility\n  sectors\n  stages\n  categories\n  externalUrl\n  publishedAt\n  closedAt\n  createdAt\n  updatedAt\n  viewerCanEdit\n  hidden\n  interestCount\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n    logoUrl\n  }\n  viewerInterest {\n    id\n    message\n    status\n    createdAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}': typeof types.OpportunityFieldsFragmentDoc;
  'fragment OpportunityInterestFields on OpportunityInterest {\n  id\n  message\n  status\n  createdAt\n  member {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n  outcome {\n    kind\n    note\n    recordedAt\n  }\n}': typeof types.OpportunityInterestFieldsFragmentDoc;
  'query OpportunityInterests($id: ID!, $first: Int!, $after: String) {\n  opportunity(id: $id) {\n    id\n    interestCount\n    interests(first: $first, after: $after) {\n      nodes {\n        ...OpportunityInterestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}': typeof types.OpportunityInterestsDocument;
  'query OpportunitySearch($query: String!, $filter: SearchFilter!, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    nodes {\n      target {\n        ... on Opportunity {\n          ...OpportunityCardFields\n        }\n      }\n    }\n    facets {\n      countsAreLowerBounds\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OpportunitySearchDocument;
  'fragment OpportunitySummaryFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  deadline\n  citywide\n  remote\n  neighborhoods\n  organization {\n    id\n    slug\n    name\n    logoUrl\n    verified\n  }\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}': typeof types.OpportunitySummaryFieldsFragmentDoc;
  'mutation PublishOpportunity($input: OpportunityIdInput!) {\n  publishOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}': typeof types.PublishOpportunityDocument;
  'mutation RecordInterestOutcome($input: RecordInterestOutcomeInput!) {\n  recordInterestOutcome(input: $input) {\n    ...OpportunityInterestFields\n  }\n}': typeof types.RecordInterestOutcomeDocument;
  'query RenderMarkdown($markdown: String!) {\n  renderMarkdown(markdown: $markdown)\n}': typeof types.RenderMarkdownDocument;
  'mutation SaveOpportunity($input: OpportunityIdInput!) {\n  saveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}': typeof types.SaveOpportunityDocument;
  'query SavedOpportunities($first: Int!, $after: String) {\n  savedOpportunities(first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.SavedOpportunitiesDocument;
  'mutation UnsaveOpportunity($input: OpportunityIdInput!) {\n  unsaveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}': typeof types.UnsaveOpportunityDocument;
  'mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n  updateOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}': typeof types.UpdateOpportunityDocument;
  'mutation WithdrawInterest($input: OpportunityIdInput!) {\n  withdrawInterest(input: $input) {\n    id\n    status\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        status\n      }\n    }\n  }\n}': typeof types.WithdrawInterestDocument;
  'mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}': typeof types.AcceptOrganizationInvitationDocument;
  'mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.CancelOrganizationInvitationDocument;
  'mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.CreateOrganizationDocument;
  'mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}': typeof types.DeclineOrganizationInvitationDocument;
  'mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}': typeof types.InviteToOrganizationDocument;
  'mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}': typeof types.LeaveOrganizationDocument;
  'query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}': typeof types.OrganizationDocument;
  'fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  hidden\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}': typeof types.OrganizationFieldsFragmentDoc;
  'query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}': typeof types.OrganizationInvitationsDocument;
  'fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}': typeof types.OrganizationSummaryFieldsFragmentDoc;
  'query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OrganizationsDocument;
  'mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.RemoveOrganizationMemberDocument;
  'mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.RequestOrganizationVerificationDocument;
  'mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.TransferOrganizationOwnershipDocument;
  'mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.UpdateOrganizationDocument;
  'query OpportunitiesInReview($first: Int!, $after: String) {\n  opportunitiesInReview(first: $first, after: $after) {\n    nodes {\n      ...ReviewOpportunityFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OpportunitiesInReviewDocument;
  'query OrganizationsPendingVerification($first: Int!, $after: String) {\n  organizationsPendingVerification(first: $first, after: $after) {\n    nodes {\n      ...ReviewOrganizationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OrganizationsPendingVerificationDocument;
  'mutation ReviewOpportunity($input: ReviewOpportunityInput!) {\n  reviewOpportunity(input: $input) {\n    id\n    status\n    reviewNote\n  }\n}': typeof types.ReviewOpportunityDocument;
  'fragment ReviewOpportunityFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  status\n  createdAt\n  updatedAt\n  reviewNote\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}': typeof types.ReviewOpportunityFieldsFragmentDoc;
  'fragment ReviewOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  website\n  verified\n  verificationPending\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n    }\n  }\n}': typeof types.ReviewOrganizationFieldsFragmentDoc;
  'mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n  verifyOrganization(input: $input) {\n    id\n    verified\n    verificationPending\n  }\n}': typeof types.VerifyOrganizationDocument;
  'query QuickSearch($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    nodes {\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}': typeof types.QuickSearchDocument;
  'query Search($query: String!, $filter: SearchFilter, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      countsAreLowerBounds\n      types {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      organizationTypes {\n        value\n        count\n      }\n      verified\n      inMyNetwork\n    }\n    nodes {\n      score\n      snippet {\n        text\n        highlighted\n      }\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}': typeof types.SearchDocument;
  'fragment SearchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}': typeof types.SearchMemberFieldsFragmentDoc;
  'fragment SearchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n  sectors\n}': typeof types.SearchOrganizationFieldsFragmentDoc;
  'query StaffConsoleCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n    opportunitiesInReview\n    organizationsPendingVerification\n    connectorApplications\n  }\n}': typeof types.StaffConsoleCountsDocument;
};
const documents: Documents = {
  'mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}':
    types.DeleteMyAccountDocument,
  'mutation ExportMyData {\n  exportMyData\n}': types.ExportMyDataDocument,
  'query AuditActions {\n  auditActions\n}': types.AuditActionsDocument,
  'query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      occurredAt\n      action\n      targetType\n      targetId\n      reason\n      before\n      after\n      actorName\n      actor {\n        id\n        handle\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.AuditLogDocument,
  'mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}':
    types.ChangeEmailDocument,
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}':
    types.ChangePasswordDocument,
  'mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}':
    types.RefreshSessionDocument,
  'mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}':
    types.RequestPasswordResetDocument,
  'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}':
    types.ResetPasswordDocument,
  'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}':
    types.SessionFieldsFragmentDoc,
  'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}':
    types.SignInDocument,
  'mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}': types.SignOutDocument,
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}':
    types.SignUpDocument,
  'mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}':
    types.VerifyEmailDocument,
  'query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}': types.ViewerDocument,
  'fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}':
    types.ViewerFieldsFragmentDoc,
  'query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}':
    types.CityDocument,
  'mutation AcceptConnection($input: ConnectionRequestIdInput!) {\n  acceptConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}':
    types.AcceptConnectionDocument,
  'mutation BlockMember($input: MemberIdInput!) {\n  blockMember(input: $input)\n}':
    types.BlockMemberDocument,
  'query BlockedMembers {\n  blockedMembers {\n    id\n    handle\n    displayName\n  }\n}':
    types.BlockedMembersDocument,
  'query ConnectionRequests($direction: RequestDirection!, $first: Int!, $after: String) {\n  connectionRequests(direction: $direction, first: $first, after: $after) {\n    nodes {\n      id\n      note\n      createdAt\n      sender {\n        ...NetworkMemberFields\n      }\n      recipient {\n        ...NetworkMemberFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ConnectionRequestsDocument,
  'query Connections($memberId: ID, $first: Int!, $after: String) {\n  connections(memberId: $memberId, first: $first, after: $after) {\n    nodes {\n      ...NetworkMemberFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ConnectionsDocument,
  'mutation DeclineConnection($input: ConnectionRequestIdInput!) {\n  declineConnection(input: $input)\n}':
    types.DeclineConnectionDocument,
  'mutation DismissSuggestion($input: MemberIdInput!) {\n  dismissSuggestion(input: $input)\n}':
    types.DismissSuggestionDocument,
  'query IntroductionPath($memberId: ID!) {\n  introductionPath(memberId: $memberId) {\n    degree\n    members {\n      id\n      handle\n      displayName\n      isConnector\n    }\n  }\n}':
    types.IntroductionPathDocument,
  'query MutualConnections($memberId: ID!, $first: Int!) {\n  mutualConnections(memberId: $memberId, first: $first) {\n    id\n    handle\n    displayName\n  }\n}':
    types.MutualConnectionsDocument,
  'fragment NetworkMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  mutualConnectionCount\n}':
    types.NetworkMemberFieldsFragmentDoc,
  'query PeopleYouMayKnow($first: Int!) {\n  peopleYouMayKnow(first: $first) {\n    mutualConnectionCount\n    member {\n      ...NetworkMemberFields\n      ...ViewerConnectionFields\n    }\n    reasons {\n      code\n      text\n      count\n      category\n      sector\n      neighborhood\n    }\n  }\n}':
    types.PeopleYouMayKnowDocument,
  'mutation RemoveConnection($input: MemberIdInput!) {\n  removeConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}':
    types.RemoveConnectionDocument,
  'mutation RequestConnection($input: RequestConnectionInput!) {\n  requestConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}':
    types.RequestConnectionDocument,
  'mutation UnblockMember($input: MemberIdInput!) {\n  unblockMember(input: $input)\n}':
    types.UnblockMemberDocument,
  'fragment ViewerConnectionFields on Member {\n  id\n  degree\n  mutualConnectionCount\n  viewerConnection {\n    state\n    requestId\n    canRequest\n    blocked\n  }\n}':
    types.ViewerConnectionFieldsFragmentDoc,
  'query WaitingConnectionRequests {\n  connectionRequests(direction: RECEIVED, first: 99) {\n    nodes {\n      id\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}':
    types.WaitingConnectionRequestsDocument,
  'mutation WithdrawConnectionRequest($input: ConnectionRequestIdInput!) {\n  withdrawConnectionRequest(input: $input) {\n    ...ViewerConnectionFields\n  }\n}':
    types.WithdrawConnectionRequestDocument,
  'mutation ApplyAsConnector($input: ApplyAsConnectorInput!) {\n  applyAsConnector(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}':
    types.ApplyAsConnectorDocument,
  'fragment ConnectorApplicationFields on ConnectorApplication {\n  id\n  motivation\n  sectors\n  communities\n  languages\n  status\n  decisionNote\n  createdAt\n  decidedAt\n}':
    types.ConnectorApplicationFieldsFragmentDoc,
  'query ConnectorApplications($status: ConnectorApplicationStatus!, $first: Int!, $after: String) {\n  connectorApplications(status: $status, first: $first, after: $after) {\n    nodes {\n      ...ConnectorApplicationFields\n      applicant {\n        id\n        handle\n        displayName\n        headline\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ConnectorApplicationsDocument,
  'query ConnectorOverview($first: Int!, $after: String) {\n  connectorOverview(first: $first, after: $after) {\n    nodes {\n      approvedAt\n      member {\n        id\n        handle\n        displayName\n        headline\n      }\n      record {\n        made\n        completed\n        waiting\n        notNow\n        expired\n        outcomes {\n          kind\n          count\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ConnectorOverviewDocument,
  'mutation DecideConnectorApplication($input: DecideConnectorApplicationInput!) {\n  decideConnectorApplication(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}':
    types.DecideConnectorApplicationDocument,
  'query MyConnectorApplication {\n  myConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}':
    types.MyConnectorApplicationDocument,
  'mutation WithdrawConnectorApplication {\n  withdrawConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}':
    types.WithdrawConnectorApplicationDocument,
  'query EcosystemInsights($filter: InsightsFilter, $locale: String) {\n  ecosystemInsights(filter: $filter, locale: $locale) {\n    generatedAt\n    figures {\n      key\n      title\n      definition\n      unit\n      value\n    }\n    series {\n      key\n      title\n      definition\n      unit\n      points {\n        label\n        value\n      }\n    }\n  }\n}':
    types.EcosystemInsightsDocument,
  'mutation AnswerIntroduction($input: AnswerIntroductionInput!) {\n  answerIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}':
    types.AnswerIntroductionDocument,
  'mutation DeclineIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  declineIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}':
    types.DeclineIntroductionRequestDocument,
  'mutation ForwardIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  forwardIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}':
    types.ForwardIntroductionRequestDocument,
  'query IntroducerRecord {\n  introducerRecord {\n    made\n    completed\n    waiting\n    notNow\n    expired\n    outcomes {\n      kind\n      count\n    }\n  }\n}':
    types.IntroducerRecordDocument,
  'fragment IntroductionFields on Introduction {\n  id\n  note\n  status\n  viewerRole\n  viewerAnswer\n  createdAt\n  completedAt\n  expiresAt\n  introducer {\n    ...IntroductionPersonFields\n  }\n  memberA {\n    ...IntroductionPersonFields\n  }\n  memberB {\n    ...IntroductionPersonFields\n  }\n  outcomes {\n    kind\n    note\n    recordedAt\n    member {\n      id\n    }\n  }\n}':
    types.IntroductionFieldsFragmentDoc,
  'fragment IntroductionPersonFields on Member {\n  id\n  handle\n  displayName\n}':
    types.IntroductionPersonFieldsFragmentDoc,
  'fragment IntroductionRequestFields on IntroductionRequest {\n  id\n  reason\n  status\n  answerNote\n  createdAt\n  introductionId\n  requester {\n    ...IntroductionPersonFields\n  }\n  introducer {\n    ...IntroductionPersonFields\n  }\n  target {\n    ...IntroductionPersonFields\n  }\n}':
    types.IntroductionRequestFieldsFragmentDoc,
  'query IntroductionRequests($role: IntroductionRequestRole!, $first: Int!, $after: String) {\n  introductionRequests(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionRequestFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.IntroductionRequestsDocument,
  'query Introductions($role: IntroductionRole!, $first: Int!, $after: String) {\n  introductions(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.IntroductionsDocument,
  'mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n  proposeIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}':
    types.ProposeIntroductionDocument,
  'mutation RecordIntroductionOutcome($input: RecordOutcomeInput!) {\n  recordIntroductionOutcome(input: $input) {\n    ...IntroductionFields\n  }\n}':
    types.RecordIntroductionOutcomeDocument,
  'mutation RequestIntroduction($input: RequestIntroductionInput!) {\n  requestIntroduction(input: $input) {\n    ...IntroductionRequestFields\n  }\n}':
    types.RequestIntroductionDocument,
  'mutation DismissMatch($input: DismissMatchInput!) {\n  dismissMatch(input: $input)\n}':
    types.DismissMatchDocument,
  'fragment MatchFields on Match {\n  score\n  target {\n    __typename\n    ... on Member {\n      ...MatchMemberFields\n    }\n    ... on Organization {\n      ...MatchOrganizationFields\n    }\n    ... on Opportunity {\n      ...OpportunitySummaryFields\n    }\n  }\n  reasons {\n    ...MatchReasonFields\n  }\n  connectors {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}':
    types.MatchFieldsFragmentDoc,
  'fragment MatchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}':
    types.MatchMemberFieldsFragmentDoc,
  'fragment MatchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n}':
    types.MatchOrganizationFieldsFragmentDoc,
  'fragment MatchReasonFields on MatchReason {\n  code\n  text\n  category\n  offerText\n  sector\n  stage\n  neighborhood\n  language\n  count\n  deadline\n}':
    types.MatchReasonFieldsFragmentDoc,
  'query Recommendations($kinds: [MatchKind!], $first: Int!) {\n  recommendations(kinds: $kinds, first: $first) {\n    ...MatchFields\n  }\n}':
    types.RecommendationsDocument,
  'mutation UndismissMatch($input: UndismissMatchInput!) {\n  undismissMatch(input: $input)\n}':
    types.UndismissMatchDocument,
  'query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}':
    types.MemberDocument,
  'fragment MemberProfileFields on Member {\n  id\n  ...ViewerConnectionFields\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n  moderation {\n    hidden\n    suspendedUntil\n    suspendedIndefinitely\n    restricted\n  }\n}':
    types.MemberProfileFieldsFragmentDoc,
  'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}':
    types.UpdateProfileDocument,
  'query Conversation($conversationId: ID!) {\n  conversation(conversationId: $conversationId) {\n    ...ConversationFields\n  }\n}':
    types.ConversationDocument,
  'fragment ConversationFields on Conversation {\n  id\n  kind\n  introductionId\n  others {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  lastMessage {\n    ...MessageFields\n  }\n  unreadCount\n  canSend\n  lastActivityAt\n}':
    types.ConversationFieldsFragmentDoc,
  'query Conversations($first: Int!, $after: String) {\n  conversations(first: $first, after: $after) {\n    nodes {\n      ...ConversationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ConversationsDocument,
  'mutation MarkConversationRead($input: ConversationIdInput!) {\n  markConversationRead(input: $input) {\n    id\n    unreadCount\n  }\n}':
    types.MarkConversationReadDocument,
  'subscription MessageAdded($conversationId: String) {\n  messageAdded(conversationId: $conversationId) {\n    ...MessageFields\n  }\n}':
    types.MessageAddedDocument,
  'fragment MessageFields on Message {\n  id\n  conversationId\n  body\n  sentAt\n  isOwn\n  hidden\n  sender {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}':
    types.MessageFieldsFragmentDoc,
  'query Messages($conversationId: ID!, $first: Int!, $before: String) {\n  messages(conversationId: $conversationId, first: $first, before: $before) {\n    nodes {\n      ...MessageFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.MessagesDocument,
  'mutation SendMessage($input: SendMessageInput!) {\n  sendMessage(input: $input) {\n    ...MessageFields\n  }\n}':
    types.SendMessageDocument,
  'query UnreadMessageCount {\n  unreadMessageCount\n}': types.UnreadMessageCountDocument,
  'mutation ModerateCase($input: ModerateCaseInput!) {\n  moderateCase(input: $input) {\n    ...ModerationCaseFields\n  }\n}':
    types.ModerateCaseDocument,
  'mutation ModerateCases($input: ModerateCasesInput!) {\n  moderateCases(input: $input) {\n    cases {\n      ...ModerationCaseSummaryFields\n    }\n  }\n}':
    types.ModerateCasesDocument,
  'query ModerationCase($id: ID!) {\n  moderationCase(id: $id) {\n    ...ModerationCaseFields\n  }\n}':
    types.ModerationCaseDocument,
  'fragment ModerationCaseFields on ModerationCase {\n  ...ModerationCaseSummaryFields\n  content {\n    title\n    body\n    path\n    createdAt\n    exists\n  }\n  owner {\n    ...ModerationPersonFields\n  }\n  ownerHistory {\n    id\n    occurredAt\n    action\n    reason\n    actorName\n  }\n  ownerReportCount\n  reports {\n    id\n    reporter {\n      ...ModerationPersonFields\n    }\n    reason\n    note\n    createdAt\n    reporterResolvedCount\n    reporterUpheldCount\n  }\n}':
    types.ModerationCaseFieldsFragmentDoc,
  'fragment ModerationCaseSummaryFields on ModerationCase {\n  id\n  targetType\n  targetId\n  status\n  source\n  autoHidden\n  hidden\n  reasons\n  reportCount\n  openedAt\n  lastReportedAt\n  resolvedAt\n  resolution\n  content {\n    title\n    exists\n  }\n  owner {\n    id\n    displayName\n    handle\n  }\n}':
    types.ModerationCaseSummaryFieldsFragmentDoc,
  'fragment ModerationPersonFields on ModerationPerson {\n  id\n  displayName\n  handle\n  email\n  joinedAt\n  emailVerified\n  hidden\n  suspendedUntil\n  suspendedIndefinitely\n  restricted\n}':
    types.ModerationPersonFieldsFragmentDoc,
  'query ModerationQueue($filter: ModerationQueueFilter, $first: Int!, $after: String) {\n  moderationQueue(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...ModerationCaseSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}':
    types.ModerationQueueDocument,
  'query ModerationQueueCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n  }\n}':
    types.ModerationQueueCountsDocument,
  'query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      ...ReportFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.MyReportsDocument,
  'mutation ReportContent($input: ReportContentInput!) {\n  reportContent(input: $input) {\n    ...ReportFields\n  }\n}':
    types.ReportContentDocument,
  'fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  targetLabel\n  reason\n  note\n  status\n  createdAt\n  resolvedAt\n}':
    types.ReportFieldsFragmentDoc,
  'mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}':
    types.MarkNotificationsReadDocument,
  'subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}':
    types.NotificationAddedDocument,
  'fragment NotificationFields on Notification {\n  id\n  type\n  path\n  createdAt\n  readAt\n  messageCount\n  requestAnswer\n  organizationName\n  opportunityTitle\n  approved\n  decisionNote\n  reason\n  actor {\n    id\n    displayName\n  }\n}':
    types.NotificationFieldsFragmentDoc,
  'query NotificationSettings {\n  notificationSettings {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}':
    types.NotificationSettingsDocument,
  'query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.NotificationsDocument,
  'query UnreadNotificationCount {\n  unreadNotificationCount\n}':
    types.UnreadNotificationCountDocument,
  'mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}':
    types.UpdateNotificationSettingsDocument,
  'mutation CloseOpportunity($input: OpportunityIdInput!) {\n  closeOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}':
    types.CloseOpportunityDocument,
  'mutation CreateOpportunity($input: CreateOpportunityInput!) {\n  createOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}':
    types.CreateOpportunityDocument,
  'mutation ExpressInterest($input: ExpressInterestInput!) {\n  expressInterest(input: $input) {\n    id\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        message\n        status\n        createdAt\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n}':
    types.ExpressInterestDocument,
  'query MyOpportunityInterests($first: Int!, $after: String) {\n  myOpportunityInterests(first: $first, after: $after) {\n    nodes {\n      id\n      message\n      status\n      createdAt\n      organization {\n        id\n        slug\n        name\n      }\n      outcome {\n        kind\n        note\n        recordedAt\n      }\n      opportunity {\n        ...OpportunityCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.MyOpportunityInterestsDocument,
  'query Opportunities($filter: OpportunitiesFilter!, $first: Int!, $after: String) {\n  opportunities(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OpportunitiesDocument,
  'query Opportunity($id: ID!) {\n  opportunity(id: $id) {\n    ...OpportunityFields\n  }\n}':
    types.OpportunityDocument,
  'fragment OpportunityCardFields on Opportunity {\n  id\n  kind\n  subkind\n  status\n  title\n  neighborhoods\n  citywide\n  remote\n  amountMin\n  amountMax\n  sizeSqFt\n  deadline\n  viewerSaved\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}':
    types.OpportunityCardFieldsFragmentDoc,
  'fragment OpportunityFields on Opportunity {\n  ...OpportunityCardFields\n  description\n  descriptionHtml\n  eligibility\n  sectors\n  stages\n  categories\n  externalUrl\n  publishedAt\n  closedAt\n  createdAt\n  updatedAt\n  viewerCanEdit\n  hidden\n  interestCount\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n    logoUrl\n  }\n  viewerInterest {\n    id\n    message\n    status\n    createdAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}':
    types.OpportunityFieldsFragmentDoc,
  'fragment OpportunityInterestFields on OpportunityInterest {\n  id\n  message\n  status\n  createdAt\n  member {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n  outcome {\n    kind\n    note\n    recordedAt\n  }\n}':
    types.OpportunityInterestFieldsFragmentDoc,
  'query OpportunityInterests($id: ID!, $first: Int!, $after: String) {\n  opportunity(id: $id) {\n    id\n    interestCount\n    interests(first: $first, after: $after) {\n      nodes {\n        ...OpportunityInterestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}':
    types.OpportunityInterestsDocument,
  'query OpportunitySearch($query: String!, $filter: SearchFilter!, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    nodes {\n      target {\n        ... on Opportunity {\n          ...OpportunityCardFields\n        }\n      }\n    }\n    facets {\n      countsAreLowerBounds\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OpportunitySearchDocument,
  'fragment OpportunitySummaryFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  deadline\n  citywide\n  remote\n  neighborhoods\n  organization {\n    id\n    slug\n    name\n    logoUrl\n    verified\n  }\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}':
    types.OpportunitySummaryFieldsFragmentDoc,
  'mutation PublishOpportunity($input: OpportunityIdInput!) {\n  publishOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}':
    types.PublishOpportunityDocument,
  'mutation RecordInterestOutcome($input: RecordInterestOutcomeInput!) {\n  recordInterestOutcome(input: $input) {\n    ...OpportunityInterestFields\n  }\n}':
    types.RecordInterestOutcomeDocument,
  'query RenderMarkdown($markdown: String!) {\n  renderMarkdown(markdown: $markdown)\n}':
    types.RenderMarkdownDocument,
  'mutation SaveOpportunity($input: OpportunityIdInput!) {\n  saveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}':
    types.SaveOpportunityDocument,
  'query SavedOpportunities($first: Int!, $after: String) {\n  savedOpportunities(first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.SavedOpportunitiesDocument,
  'mutation UnsaveOpportunity($input: OpportunityIdInput!) {\n  unsaveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}':
    types.UnsaveOpportunityDocument,
  'mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n  updateOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}':
    types.UpdateOpportunityDocument,
  'mutation WithdrawInterest($input: OpportunityIdInput!) {\n  withdrawInterest(input: $input) {\n    id\n    status\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        status\n      }\n    }\n  }\n}':
    types.WithdrawInterestDocument,
  'mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}':
    types.AcceptOrganizationInvitationDocument,
  'mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.CancelOrganizationInvitationDocument,
  'mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.CreateOrganizationDocument,
  'mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}':
    types.DeclineOrganizationInvitationDocument,
  'mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}':
    types.InviteToOrganizationDocument,
  'mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}':
    types.LeaveOrganizationDocument,
  'query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}':
    types.OrganizationDocument,
  'fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  hidden\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}':
    types.OrganizationFieldsFragmentDoc,
  'query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}':
    types.OrganizationInvitationsDocument,
  'fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}':
    types.OrganizationSummaryFieldsFragmentDoc,
  'query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OrganizationsDocument,
  'mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.RemoveOrganizationMemberDocument,
  'mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.RequestOrganizationVerificationDocument,
  'mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.TransferOrganizationOwnershipDocument,
  'mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.UpdateOrganizationDocument,
  'query OpportunitiesInReview($first: Int!, $after: String) {\n  opportunitiesInReview(first: $first, after: $after) {\n    nodes {\n      ...ReviewOpportunityFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OpportunitiesInReviewDocument,
  'query OrganizationsPendingVerification($first: Int!, $after: String) {\n  organizationsPendingVerification(first: $first, after: $after) {\n    nodes {\n      ...ReviewOrganizationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OrganizationsPendingVerificationDocument,
  'mutation ReviewOpportunity($input: ReviewOpportunityInput!) {\n  reviewOpportunity(input: $input) {\n    id\n    status\n    reviewNote\n  }\n}':
    types.ReviewOpportunityDocument,
  'fragment ReviewOpportunityFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  status\n  createdAt\n  updatedAt\n  reviewNote\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}':
    types.ReviewOpportunityFieldsFragmentDoc,
  'fragment ReviewOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  website\n  verified\n  verificationPending\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n    }\n  }\n}':
    types.ReviewOrganizationFieldsFragmentDoc,
  'mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n  verifyOrganization(input: $input) {\n    id\n    verified\n    verificationPending\n  }\n}':
    types.VerifyOrganizationDocument,
  'query QuickSearch($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    nodes {\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}':
    types.QuickSearchDocument,
  'query Search($query: String!, $filter: SearchFilter, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      countsAreLowerBounds\n      types {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      organizationTypes {\n        value\n        count\n      }\n      verified\n      inMyNetwork\n    }\n    nodes {\n      score\n      snippet {\n        text\n        highlighted\n      }\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}':
    types.SearchDocument,
  'fragment SearchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}':
    types.SearchMemberFieldsFragmentDoc,
  'fragment SearchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n  sectors\n}':
    types.SearchOrganizationFieldsFragmentDoc,
  'query StaffConsoleCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n    opportunitiesInReview\n    organizationsPendingVerification\n    connectorApplications\n  }\n}':
    types.StaffConsoleCountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}',
): (typeof documents)['mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ExportMyData {\n  exportMyData\n}',
): (typeof documents)['mutation ExportMyData {\n  exportMyData\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditActions {\n  auditActions\n}',
): (typeof documents)['query AuditActions {\n  auditActions\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      occurredAt\n      action\n      targetType\n      targetId\n      reason\n      before\n      after\n      actorName\n      actor {\n        id\n        handle\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    nodes {\n      id\n      occurredAt\n      action\n      targetType\n      targetId\n      reason\n      before\n      after\n      actorName\n      actor {\n        id\n        handle\n        displayName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}',
): (typeof documents)['mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}',
): (typeof documents)['mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}',
): (typeof documents)['mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}',
): (typeof documents)['mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}',
): (typeof documents)['fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}',
): (typeof documents)['mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}',
): (typeof documents)['mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}',
): (typeof documents)['query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}',
): (typeof documents)['fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptConnection($input: ConnectionRequestIdInput!) {\n  acceptConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}',
): (typeof documents)['mutation AcceptConnection($input: ConnectionRequestIdInput!) {\n  acceptConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation BlockMember($input: MemberIdInput!) {\n  blockMember(input: $input)\n}',
): (typeof documents)['mutation BlockMember($input: MemberIdInput!) {\n  blockMember(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query BlockedMembers {\n  blockedMembers {\n    id\n    handle\n    displayName\n  }\n}',
): (typeof documents)['query BlockedMembers {\n  blockedMembers {\n    id\n    handle\n    displayName\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ConnectionRequests($direction: RequestDirection!, $first: Int!, $after: String) {\n  connectionRequests(direction: $direction, first: $first, after: $after) {\n    nodes {\n      id\n      note\n      createdAt\n      sender {\n        ...NetworkMemberFields\n      }\n      recipient {\n        ...NetworkMemberFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query ConnectionRequests($direction: RequestDirection!, $first: Int!, $after: String) {\n  connectionRequests(direction: $direction, first: $first, after: $after) {\n    nodes {\n      id\n      note\n      createdAt\n      sender {\n        ...NetworkMemberFields\n      }\n      recipient {\n        ...NetworkMemberFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Connections($memberId: ID, $first: Int!, $after: String) {\n  connections(memberId: $memberId, first: $first, after: $after) {\n    nodes {\n      ...NetworkMemberFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Connections($memberId: ID, $first: Int!, $after: String) {\n  connections(memberId: $memberId, first: $first, after: $after) {\n    nodes {\n      ...NetworkMemberFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineConnection($input: ConnectionRequestIdInput!) {\n  declineConnection(input: $input)\n}',
): (typeof documents)['mutation DeclineConnection($input: ConnectionRequestIdInput!) {\n  declineConnection(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DismissSuggestion($input: MemberIdInput!) {\n  dismissSuggestion(input: $input)\n}',
): (typeof documents)['mutation DismissSuggestion($input: MemberIdInput!) {\n  dismissSuggestion(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query IntroductionPath($memberId: ID!) {\n  introductionPath(memberId: $memberId) {\n    degree\n    members {\n      id\n      handle\n      displayName\n      isConnector\n    }\n  }\n}',
): (typeof documents)['query IntroductionPath($memberId: ID!) {\n  introductionPath(memberId: $memberId) {\n    degree\n    members {\n      id\n      handle\n      displayName\n      isConnector\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MutualConnections($memberId: ID!, $first: Int!) {\n  mutualConnections(memberId: $memberId, first: $first) {\n    id\n    handle\n    displayName\n  }\n}',
): (typeof documents)['query MutualConnections($memberId: ID!, $first: Int!) {\n  mutualConnections(memberId: $memberId, first: $first) {\n    id\n    handle\n    displayName\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment NetworkMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  mutualConnectionCount\n}',
): (typeof documents)['fragment NetworkMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  mutualConnectionCount\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PeopleYouMayKnow($first: Int!) {\n  peopleYouMayKnow(first: $first) {\n    mutualConnectionCount\n    member {\n      ...NetworkMemberFields\n      ...ViewerConnectionFields\n    }\n    reasons {\n      code\n      text\n      count\n      category\n      sector\n      neighborhood\n    }\n  }\n}',
): (typeof documents)['query PeopleYouMayKnow($first: Int!) {\n  peopleYouMayKnow(first: $first) {\n    mutualConnectionCount\n    member {\n      ...NetworkMemberFields\n      ...ViewerConnectionFields\n    }\n    reasons {\n      code\n      text\n      count\n      category\n      sector\n      neighborhood\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemoveConnection($input: MemberIdInput!) {\n  removeConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}',
): (typeof documents)['mutation RemoveConnection($input: MemberIdInput!) {\n  removeConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestConnection($input: RequestConnectionInput!) {\n  requestConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}',
): (typeof documents)['mutation RequestConnection($input: RequestConnectionInput!) {\n  requestConnection(input: $input) {\n    ...ViewerConnectionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UnblockMember($input: MemberIdInput!) {\n  unblockMember(input: $input)\n}',
): (typeof documents)['mutation UnblockMember($input: MemberIdInput!) {\n  unblockMember(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ViewerConnectionFields on Member {\n  id\n  degree\n  mutualConnectionCount\n  viewerConnection {\n    state\n    requestId\n    canRequest\n    blocked\n  }\n}',
): (typeof documents)['fragment ViewerConnectionFields on Member {\n  id\n  degree\n  mutualConnectionCount\n  viewerConnection {\n    state\n    requestId\n    canRequest\n    blocked\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WaitingConnectionRequests {\n  connectionRequests(direction: RECEIVED, first: 99) {\n    nodes {\n      id\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}',
): (typeof documents)['query WaitingConnectionRequests {\n  connectionRequests(direction: RECEIVED, first: 99) {\n    nodes {\n      id\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation WithdrawConnectionRequest($input: ConnectionRequestIdInput!) {\n  withdrawConnectionRequest(input: $input) {\n    ...ViewerConnectionFields\n  }\n}',
): (typeof documents)['mutation WithdrawConnectionRequest($input: ConnectionRequestIdInput!) {\n  withdrawConnectionRequest(input: $input) {\n    ...ViewerConnectionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApplyAsConnector($input: ApplyAsConnectorInput!) {\n  applyAsConnector(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}',
): (typeof documents)['mutation ApplyAsConnector($input: ApplyAsConnectorInput!) {\n  applyAsConnector(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ConnectorApplicationFields on ConnectorApplication {\n  id\n  motivation\n  sectors\n  communities\n  languages\n  status\n  decisionNote\n  createdAt\n  decidedAt\n}',
): (typeof documents)['fragment ConnectorApplicationFields on ConnectorApplication {\n  id\n  motivation\n  sectors\n  communities\n  languages\n  status\n  decisionNote\n  createdAt\n  decidedAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ConnectorApplications($status: ConnectorApplicationStatus!, $first: Int!, $after: String) {\n  connectorApplications(status: $status, first: $first, after: $after) {\n    nodes {\n      ...ConnectorApplicationFields\n      applicant {\n        id\n        handle\n        displayName\n        headline\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query ConnectorApplications($status: ConnectorApplicationStatus!, $first: Int!, $after: String) {\n  connectorApplications(status: $status, first: $first, after: $after) {\n    nodes {\n      ...ConnectorApplicationFields\n      applicant {\n        id\n        handle\n        displayName\n        headline\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ConnectorOverview($first: Int!, $after: String) {\n  connectorOverview(first: $first, after: $after) {\n    nodes {\n      approvedAt\n      member {\n        id\n        handle\n        displayName\n        headline\n      }\n      record {\n        made\n        completed\n        waiting\n        notNow\n        expired\n        outcomes {\n          kind\n          count\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query ConnectorOverview($first: Int!, $after: String) {\n  connectorOverview(first: $first, after: $after) {\n    nodes {\n      approvedAt\n      member {\n        id\n        handle\n        displayName\n        headline\n      }\n      record {\n        made\n        completed\n        waiting\n        notNow\n        expired\n        outcomes {\n          kind\n          count\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DecideConnectorApplication($input: DecideConnectorApplicationInput!) {\n  decideConnectorApplication(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}',
): (typeof documents)['mutation DecideConnectorApplication($input: DecideConnectorApplicationInput!) {\n  decideConnectorApplication(input: $input) {\n    ...ConnectorApplicationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyConnectorApplication {\n  myConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}',
): (typeof documents)['query MyConnectorApplication {\n  myConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation WithdrawConnectorApplication {\n  withdrawConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}',
): (typeof documents)['mutation WithdrawConnectorApplication {\n  withdrawConnectorApplication {\n    ...ConnectorApplicationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EcosystemInsights($filter: InsightsFilter, $locale: String) {\n  ecosystemInsights(filter: $filter, locale: $locale) {\n    generatedAt\n    figures {\n      key\n      title\n      definition\n      unit\n      value\n    }\n    series {\n      key\n      title\n      definition\n      unit\n      points {\n        label\n        value\n      }\n    }\n  }\n}',
): (typeof documents)['query EcosystemInsights($filter: InsightsFilter, $locale: String) {\n  ecosystemInsights(filter: $filter, locale: $locale) {\n    generatedAt\n    figures {\n      key\n      title\n      definition\n      unit\n      value\n    }\n    series {\n      key\n      title\n      definition\n      unit\n      points {\n        label\n        value\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AnswerIntroduction($input: AnswerIntroductionInput!) {\n  answerIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}',
): (typeof documents)['mutation AnswerIntroduction($input: AnswerIntroductionInput!) {\n  answerIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  declineIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}',
): (typeof documents)['mutation DeclineIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  declineIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ForwardIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  forwardIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}',
): (typeof documents)['mutation ForwardIntroductionRequest($input: AnswerIntroductionRequestInput!) {\n  forwardIntroductionRequest(input: $input) {\n    ...IntroductionRequestFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query IntroducerRecord {\n  introducerRecord {\n    made\n    completed\n    waiting\n    notNow\n    expired\n    outcomes {\n      kind\n      count\n    }\n  }\n}',
): (typeof documents)['query IntroducerRecord {\n  introducerRecord {\n    made\n    completed\n    waiting\n    notNow\n    expired\n    outcomes {\n      kind\n      count\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment IntroductionFields on Introduction {\n  id\n  note\n  status\n  viewerRole\n  viewerAnswer\n  createdAt\n  completedAt\n  expiresAt\n  introducer {\n    ...IntroductionPersonFields\n  }\n  memberA {\n    ...IntroductionPersonFields\n  }\n  memberB {\n    ...IntroductionPersonFields\n  }\n  outcomes {\n    kind\n    note\n    recordedAt\n    member {\n      id\n    }\n  }\n}',
): (typeof documents)['fragment IntroductionFields on Introduction {\n  id\n  note\n  status\n  viewerRole\n  viewerAnswer\n  createdAt\n  completedAt\n  expiresAt\n  introducer {\n    ...IntroductionPersonFields\n  }\n  memberA {\n    ...IntroductionPersonFields\n  }\n  memberB {\n    ...IntroductionPersonFields\n  }\n  outcomes {\n    kind\n    note\n    recordedAt\n    member {\n      id\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment IntroductionPersonFields on Member {\n  id\n  handle\n  displayName\n}',
): (typeof documents)['fragment IntroductionPersonFields on Member {\n  id\n  handle\n  displayName\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment IntroductionRequestFields on IntroductionRequest {\n  id\n  reason\n  status\n  answerNote\n  createdAt\n  introductionId\n  requester {\n    ...IntroductionPersonFields\n  }\n  introducer {\n    ...IntroductionPersonFields\n  }\n  target {\n    ...IntroductionPersonFields\n  }\n}',
): (typeof documents)['fragment IntroductionRequestFields on IntroductionRequest {\n  id\n  reason\n  status\n  answerNote\n  createdAt\n  introductionId\n  requester {\n    ...IntroductionPersonFields\n  }\n  introducer {\n    ...IntroductionPersonFields\n  }\n  target {\n    ...IntroductionPersonFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query IntroductionRequests($role: IntroductionRequestRole!, $first: Int!, $after: String) {\n  introductionRequests(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionRequestFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query IntroductionRequests($role: IntroductionRequestRole!, $first: Int!, $after: String) {\n  introductionRequests(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionRequestFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Introductions($role: IntroductionRole!, $first: Int!, $after: String) {\n  introductions(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Introductions($role: IntroductionRole!, $first: Int!, $after: String) {\n  introductions(role: $role, first: $first, after: $after) {\n    nodes {\n      ...IntroductionFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n  proposeIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}',
): (typeof documents)['mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n  proposeIntroduction(input: $input) {\n    ...IntroductionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordIntroductionOutcome($input: RecordOutcomeInput!) {\n  recordIntroductionOutcome(input: $input) {\n    ...IntroductionFields\n  }\n}',
): (typeof documents)['mutation RecordIntroductionOutcome($input: RecordOutcomeInput!) {\n  recordIntroductionOutcome(input: $input) {\n    ...IntroductionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestIntroduction($input: RequestIntroductionInput!) {\n  requestIntroduction(input: $input) {\n    ...IntroductionRequestFields\n  }\n}',
): (typeof documents)['mutation RequestIntroduction($input: RequestIntroductionInput!) {\n  requestIntroduction(input: $input) {\n    ...IntroductionRequestFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DismissMatch($input: DismissMatchInput!) {\n  dismissMatch(input: $input)\n}',
): (typeof documents)['mutation DismissMatch($input: DismissMatchInput!) {\n  dismissMatch(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MatchFields on Match {\n  score\n  target {\n    __typename\n    ... on Member {\n      ...MatchMemberFields\n    }\n    ... on Organization {\n      ...MatchOrganizationFields\n    }\n    ... on Opportunity {\n      ...OpportunitySummaryFields\n    }\n  }\n  reasons {\n    ...MatchReasonFields\n  }\n  connectors {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}',
): (typeof documents)['fragment MatchFields on Match {\n  score\n  target {\n    __typename\n    ... on Member {\n      ...MatchMemberFields\n    }\n    ... on Organization {\n      ...MatchOrganizationFields\n    }\n    ... on Opportunity {\n      ...OpportunitySummaryFields\n    }\n  }\n  reasons {\n    ...MatchReasonFields\n  }\n  connectors {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MatchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}',
): (typeof documents)['fragment MatchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MatchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n}',
): (typeof documents)['fragment MatchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MatchReasonFields on MatchReason {\n  code\n  text\n  category\n  offerText\n  sector\n  stage\n  neighborhood\n  language\n  count\n  deadline\n}',
): (typeof documents)['fragment MatchReasonFields on MatchReason {\n  code\n  text\n  category\n  offerText\n  sector\n  stage\n  neighborhood\n  language\n  count\n  deadline\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Recommendations($kinds: [MatchKind!], $first: Int!) {\n  recommendations(kinds: $kinds, first: $first) {\n    ...MatchFields\n  }\n}',
): (typeof documents)['query Recommendations($kinds: [MatchKind!], $first: Int!) {\n  recommendations(kinds: $kinds, first: $first) {\n    ...MatchFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UndismissMatch($input: UndismissMatchInput!) {\n  undismissMatch(input: $input)\n}',
): (typeof documents)['mutation UndismissMatch($input: UndismissMatchInput!) {\n  undismissMatch(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}',
): (typeof documents)['query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MemberProfileFields on Member {\n  id\n  ...ViewerConnectionFields\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n  moderation {\n    hidden\n    suspendedUntil\n    suspendedIndefinitely\n    restricted\n  }\n}',
): (typeof documents)['fragment MemberProfileFields on Member {\n  id\n  ...ViewerConnectionFields\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n  moderation {\n    hidden\n    suspendedUntil\n    suspendedIndefinitely\n    restricted\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}',
): (typeof documents)['mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Conversation($conversationId: ID!) {\n  conversation(conversationId: $conversationId) {\n    ...ConversationFields\n  }\n}',
): (typeof documents)['query Conversation($conversationId: ID!) {\n  conversation(conversationId: $conversationId) {\n    ...ConversationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ConversationFields on Conversation {\n  id\n  kind\n  introductionId\n  others {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  lastMessage {\n    ...MessageFields\n  }\n  unreadCount\n  canSend\n  lastActivityAt\n}',
): (typeof documents)['fragment ConversationFields on Conversation {\n  id\n  kind\n  introductionId\n  others {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  lastMessage {\n    ...MessageFields\n  }\n  unreadCount\n  canSend\n  lastActivityAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Conversations($first: Int!, $after: String) {\n  conversations(first: $first, after: $after) {\n    nodes {\n      ...ConversationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Conversations($first: Int!, $after: String) {\n  conversations(first: $first, after: $after) {\n    nodes {\n      ...ConversationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MarkConversationRead($input: ConversationIdInput!) {\n  markConversationRead(input: $input) {\n    id\n    unreadCount\n  }\n}',
): (typeof documents)['mutation MarkConversationRead($input: ConversationIdInput!) {\n  markConversationRead(input: $input) {\n    id\n    unreadCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription MessageAdded($conversationId: String) {\n  messageAdded(conversationId: $conversationId) {\n    ...MessageFields\n  }\n}',
): (typeof documents)['subscription MessageAdded($conversationId: String) {\n  messageAdded(conversationId: $conversationId) {\n    ...MessageFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MessageFields on Message {\n  id\n  conversationId\n  body\n  sentAt\n  isOwn\n  hidden\n  sender {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}',
): (typeof documents)['fragment MessageFields on Message {\n  id\n  conversationId\n  body\n  sentAt\n  isOwn\n  hidden\n  sender {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Messages($conversationId: ID!, $first: Int!, $before: String) {\n  messages(conversationId: $conversationId, first: $first, before: $before) {\n    nodes {\n      ...MessageFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Messages($conversationId: ID!, $first: Int!, $before: String) {\n  messages(conversationId: $conversationId, first: $first, before: $before) {\n    nodes {\n      ...MessageFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SendMessage($input: SendMessageInput!) {\n  sendMessage(input: $input) {\n    ...MessageFields\n  }\n}',
): (typeof documents)['mutation SendMessage($input: SendMessageInput!) {\n  sendMessage(input: $input) {\n    ...MessageFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query UnreadMessageCount {\n  unreadMessageCount\n}',
): (typeof documents)['query UnreadMessageCount {\n  unreadMessageCount\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ModerateCase($input: ModerateCaseInput!) {\n  moderateCase(input: $input) {\n    ...ModerationCaseFields\n  }\n}',
): (typeof documents)['mutation ModerateCase($input: ModerateCaseInput!) {\n  moderateCase(input: $input) {\n    ...ModerationCaseFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ModerateCases($input: ModerateCasesInput!) {\n  moderateCases(input: $input) {\n    cases {\n      ...ModerationCaseSummaryFields\n    }\n  }\n}',
): (typeof documents)['mutation ModerateCases($input: ModerateCasesInput!) {\n  moderateCases(input: $input) {\n    cases {\n      ...ModerationCaseSummaryFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ModerationCase($id: ID!) {\n  moderationCase(id: $id) {\n    ...ModerationCaseFields\n  }\n}',
): (typeof documents)['query ModerationCase($id: ID!) {\n  moderationCase(id: $id) {\n    ...ModerationCaseFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ModerationCaseFields on ModerationCase {\n  ...ModerationCaseSummaryFields\n  content {\n    title\n    body\n    path\n    createdAt\n    exists\n  }\n  owner {\n    ...ModerationPersonFields\n  }\n  ownerHistory {\n    id\n    occurredAt\n    action\n    reason\n    actorName\n  }\n  ownerReportCount\n  reports {\n    id\n    reporter {\n      ...ModerationPersonFields\n    }\n    reason\n    note\n    createdAt\n    reporterResolvedCount\n    reporterUpheldCount\n  }\n}',
): (typeof documents)['fragment ModerationCaseFields on ModerationCase {\n  ...ModerationCaseSummaryFields\n  content {\n    title\n    body\n    path\n    createdAt\n    exists\n  }\n  owner {\n    ...ModerationPersonFields\n  }\n  ownerHistory {\n    id\n    occurredAt\n    action\n    reason\n    actorName\n  }\n  ownerReportCount\n  reports {\n    id\n    reporter {\n      ...ModerationPersonFields\n    }\n    reason\n    note\n    createdAt\n    reporterResolvedCount\n    reporterUpheldCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ModerationCaseSummaryFields on ModerationCase {\n  id\n  targetType\n  targetId\n  status\n  source\n  autoHidden\n  hidden\n  reasons\n  reportCount\n  openedAt\n  lastReportedAt\n  resolvedAt\n  resolution\n  content {\n    title\n    exists\n  }\n  owner {\n    id\n    displayName\n    handle\n  }\n}',
): (typeof documents)['fragment ModerationCaseSummaryFields on ModerationCase {\n  id\n  targetType\n  targetId\n  status\n  source\n  autoHidden\n  hidden\n  reasons\n  reportCount\n  openedAt\n  lastReportedAt\n  resolvedAt\n  resolution\n  content {\n    title\n    exists\n  }\n  owner {\n    id\n    displayName\n    handle\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ModerationPersonFields on ModerationPerson {\n  id\n  displayName\n  handle\n  email\n  joinedAt\n  emailVerified\n  hidden\n  suspendedUntil\n  suspendedIndefinitely\n  restricted\n}',
): (typeof documents)['fragment ModerationPersonFields on ModerationPerson {\n  id\n  displayName\n  handle\n  email\n  joinedAt\n  emailVerified\n  hidden\n  suspendedUntil\n  suspendedIndefinitely\n  restricted\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ModerationQueue($filter: ModerationQueueFilter, $first: Int!, $after: String) {\n  moderationQueue(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...ModerationCaseSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}',
): (typeof documents)['query ModerationQueue($filter: ModerationQueueFilter, $first: Int!, $after: String) {\n  moderationQueue(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...ModerationCaseSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ModerationQueueCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n  }\n}',
): (typeof documents)['query ModerationQueueCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      ...ReportFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      ...ReportFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReportContent($input: ReportContentInput!) {\n  reportContent(input: $input) {\n    ...ReportFields\n  }\n}',
): (typeof documents)['mutation ReportContent($input: ReportContentInput!) {\n  reportContent(input: $input) {\n    ...ReportFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  targetLabel\n  reason\n  note\n  status\n  createdAt\n  resolvedAt\n}',
): (typeof documents)['fragment ReportFields on Report {\n  id\n  targetType\n  targetId\n  targetLabel\n  reason\n  note\n  status\n  createdAt\n  resolvedAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}',
): (typeof documents)['mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}',
): (typeof documents)['subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment NotificationFields on Notification {\n  id\n  type\n  path\n  createdAt\n  readAt\n  messageCount\n  requestAnswer\n  organizationName\n  opportunityTitle\n  approved\n  decisionNote\n  reason\n  actor {\n    id\n    displayName\n  }\n}',
): (typeof documents)['fragment NotificationFields on Notification {\n  id\n  type\n  path\n  createdAt\n  readAt\n  messageCount\n  requestAnswer\n  organizationName\n  opportunityTitle\n  approved\n  decisionNote\n  reason\n  actor {\n    id\n    displayName\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NotificationSettings {\n  notificationSettings {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}',
): (typeof documents)['query NotificationSettings {\n  notificationSettings {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Notifications($first: Int!, $after: String) {\n  notifications(first: $first, after: $after) {\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query UnreadNotificationCount {\n  unreadNotificationCount\n}',
): (typeof documents)['query UnreadNotificationCount {\n  unreadNotificationCount\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}',
): (typeof documents)['mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    dailyDigest\n    preferences {\n      type\n      channel\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CloseOpportunity($input: OpportunityIdInput!) {\n  closeOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}',
): (typeof documents)['mutation CloseOpportunity($input: OpportunityIdInput!) {\n  closeOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateOpportunity($input: CreateOpportunityInput!) {\n  createOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}',
): (typeof documents)['mutation CreateOpportunity($input: CreateOpportunityInput!) {\n  createOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ExpressInterest($input: ExpressInterestInput!) {\n  expressInterest(input: $input) {\n    id\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        message\n        status\n        createdAt\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['mutation ExpressInterest($input: ExpressInterestInput!) {\n  expressInterest(input: $input) {\n    id\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        message\n        status\n        createdAt\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyOpportunityInterests($first: Int!, $after: String) {\n  myOpportunityInterests(first: $first, after: $after) {\n    nodes {\n      id\n      message\n      status\n      createdAt\n      organization {\n        id\n        slug\n        name\n      }\n      outcome {\n        kind\n        note\n        recordedAt\n      }\n      opportunity {\n        ...OpportunityCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query MyOpportunityInterests($first: Int!, $after: String) {\n  myOpportunityInterests(first: $first, after: $after) {\n    nodes {\n      id\n      message\n      status\n      createdAt\n      organization {\n        id\n        slug\n        name\n      }\n      outcome {\n        kind\n        note\n        recordedAt\n      }\n      opportunity {\n        ...OpportunityCardFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Opportunities($filter: OpportunitiesFilter!, $first: Int!, $after: String) {\n  opportunities(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Opportunities($filter: OpportunitiesFilter!, $first: Int!, $after: String) {\n  opportunities(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Opportunity($id: ID!) {\n  opportunity(id: $id) {\n    ...OpportunityFields\n  }\n}',
): (typeof documents)['query Opportunity($id: ID!) {\n  opportunity(id: $id) {\n    ...OpportunityFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OpportunityCardFields on Opportunity {\n  id\n  kind\n  subkind\n  status\n  title\n  neighborhoods\n  citywide\n  remote\n  amountMin\n  amountMax\n  sizeSqFt\n  deadline\n  viewerSaved\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}',
): (typeof documents)['fragment OpportunityCardFields on Opportunity {\n  id\n  kind\n  subkind\n  status\n  title\n  neighborhoods\n  citywide\n  remote\n  amountMin\n  amountMax\n  sizeSqFt\n  deadline\n  viewerSaved\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OpportunityFields on Opportunity {\n  ...OpportunityCardFields\n  description\n  descriptionHtml\n  eligibility\n  sectors\n  stages\n  categories\n  externalUrl\n  publishedAt\n  closedAt\n  createdAt\n  updatedAt\n  viewerCanEdit\n  hidden\n  interestCount\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n    logoUrl\n  }\n  viewerInterest {\n    id\n    message\n    status\n    createdAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}',
): (typeof documents)['fragment OpportunityFields on Opportunity {\n  ...OpportunityCardFields\n  description\n  descriptionHtml\n  eligibility\n  sectors\n  stages\n  categories\n  externalUrl\n  publishedAt\n  closedAt\n  createdAt\n  updatedAt\n  viewerCanEdit\n  hidden\n  interestCount\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n    logoUrl\n  }\n  viewerInterest {\n    id\n    message\n    status\n    createdAt\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OpportunityInterestFields on OpportunityInterest {\n  id\n  message\n  status\n  createdAt\n  member {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n  outcome {\n    kind\n    note\n    recordedAt\n  }\n}',
): (typeof documents)['fragment OpportunityInterestFields on OpportunityInterest {\n  id\n  message\n  status\n  createdAt\n  member {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n  outcome {\n    kind\n    note\n    recordedAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OpportunityInterests($id: ID!, $first: Int!, $after: String) {\n  opportunity(id: $id) {\n    id\n    interestCount\n    interests(first: $first, after: $after) {\n      nodes {\n        ...OpportunityInterestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}',
): (typeof documents)['query OpportunityInterests($id: ID!, $first: Int!, $after: String) {\n  opportunity(id: $id) {\n    id\n    interestCount\n    interests(first: $first, after: $after) {\n      nodes {\n        ...OpportunityInterestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OpportunitySearch($query: String!, $filter: SearchFilter!, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    nodes {\n      target {\n        ... on Opportunity {\n          ...OpportunityCardFields\n        }\n      }\n    }\n    facets {\n      countsAreLowerBounds\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query OpportunitySearch($query: String!, $filter: SearchFilter!, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    nodes {\n      target {\n        ... on Opportunity {\n          ...OpportunityCardFields\n        }\n      }\n    }\n    facets {\n      countsAreLowerBounds\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OpportunitySummaryFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  deadline\n  citywide\n  remote\n  neighborhoods\n  organization {\n    id\n    slug\n    name\n    logoUrl\n    verified\n  }\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}',
): (typeof documents)['fragment OpportunitySummaryFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  deadline\n  citywide\n  remote\n  neighborhoods\n  organization {\n    id\n    slug\n    name\n    logoUrl\n    verified\n  }\n  poster {\n    id\n    handle\n    displayName\n    photoUrl\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation PublishOpportunity($input: OpportunityIdInput!) {\n  publishOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}',
): (typeof documents)['mutation PublishOpportunity($input: OpportunityIdInput!) {\n  publishOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordInterestOutcome($input: RecordInterestOutcomeInput!) {\n  recordInterestOutcome(input: $input) {\n    ...OpportunityInterestFields\n  }\n}',
): (typeof documents)['mutation RecordInterestOutcome($input: RecordInterestOutcomeInput!) {\n  recordInterestOutcome(input: $input) {\n    ...OpportunityInterestFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query RenderMarkdown($markdown: String!) {\n  renderMarkdown(markdown: $markdown)\n}',
): (typeof documents)['query RenderMarkdown($markdown: String!) {\n  renderMarkdown(markdown: $markdown)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SaveOpportunity($input: OpportunityIdInput!) {\n  saveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}',
): (typeof documents)['mutation SaveOpportunity($input: OpportunityIdInput!) {\n  saveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SavedOpportunities($first: Int!, $after: String) {\n  savedOpportunities(first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query SavedOpportunities($first: Int!, $after: String) {\n  savedOpportunities(first: $first, after: $after) {\n    nodes {\n      ...OpportunityCardFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UnsaveOpportunity($input: OpportunityIdInput!) {\n  unsaveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}',
): (typeof documents)['mutation UnsaveOpportunity($input: OpportunityIdInput!) {\n  unsaveOpportunity(input: $input) {\n    id\n    viewerSaved\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n  updateOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}',
): (typeof documents)['mutation UpdateOpportunity($input: UpdateOpportunityInput!) {\n  updateOpportunity(input: $input) {\n    ...OpportunityFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation WithdrawInterest($input: OpportunityIdInput!) {\n  withdrawInterest(input: $input) {\n    id\n    status\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        status\n      }\n    }\n  }\n}',
): (typeof documents)['mutation WithdrawInterest($input: OpportunityIdInput!) {\n  withdrawInterest(input: $input) {\n    id\n    status\n    opportunity {\n      id\n      interestCount\n      viewerInterest {\n        id\n        status\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}',
): (typeof documents)['mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}',
): (typeof documents)['mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}',
): (typeof documents)['mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}',
): (typeof documents)['mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  hidden\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}',
): (typeof documents)['fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  hidden\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}',
): (typeof documents)['query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}',
): (typeof documents)['fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OpportunitiesInReview($first: Int!, $after: String) {\n  opportunitiesInReview(first: $first, after: $after) {\n    nodes {\n      ...ReviewOpportunityFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query OpportunitiesInReview($first: Int!, $after: String) {\n  opportunitiesInReview(first: $first, after: $after) {\n    nodes {\n      ...ReviewOpportunityFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganizationsPendingVerification($first: Int!, $after: String) {\n  organizationsPendingVerification(first: $first, after: $after) {\n    nodes {\n      ...ReviewOrganizationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query OrganizationsPendingVerification($first: Int!, $after: String) {\n  organizationsPendingVerification(first: $first, after: $after) {\n    nodes {\n      ...ReviewOrganizationFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReviewOpportunity($input: ReviewOpportunityInput!) {\n  reviewOpportunity(input: $input) {\n    id\n    status\n    reviewNote\n  }\n}',
): (typeof documents)['mutation ReviewOpportunity($input: ReviewOpportunityInput!) {\n  reviewOpportunity(input: $input) {\n    id\n    status\n    reviewNote\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ReviewOpportunityFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  status\n  createdAt\n  updatedAt\n  reviewNote\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}',
): (typeof documents)['fragment ReviewOpportunityFields on Opportunity {\n  id\n  title\n  kind\n  subkind\n  status\n  createdAt\n  updatedAt\n  reviewNote\n  poster {\n    id\n    handle\n    displayName\n  }\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ReviewOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  website\n  verified\n  verificationPending\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n    }\n  }\n}',
): (typeof documents)['fragment ReviewOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  website\n  verified\n  verificationPending\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n  verifyOrganization(input: $input) {\n    id\n    verified\n    verificationPending\n  }\n}',
): (typeof documents)['mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n  verifyOrganization(input: $input) {\n    id\n    verified\n    verificationPending\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query QuickSearch($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    nodes {\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query QuickSearch($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    nodes {\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Search($query: String!, $filter: SearchFilter, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      countsAreLowerBounds\n      types {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      organizationTypes {\n        value\n        count\n      }\n      verified\n      inMyNetwork\n    }\n    nodes {\n      score\n      snippet {\n        text\n        highlighted\n      }\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query Search($query: String!, $filter: SearchFilter, $first: Int!, $after: String) {\n  search(query: $query, filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountIsLowerBound\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      countsAreLowerBounds\n      types {\n        value\n        count\n      }\n      kinds {\n        value\n        count\n      }\n      sectors {\n        value\n        count\n      }\n      neighborhoods {\n        value\n        count\n      }\n      stages {\n        value\n        count\n      }\n      organizationTypes {\n        value\n        count\n      }\n      verified\n      inMyNetwork\n    }\n    nodes {\n      score\n      snippet {\n        text\n        highlighted\n      }\n      target {\n        __typename\n        ... on Member {\n          ...SearchMemberFields\n        }\n        ... on Organization {\n          ...SearchOrganizationFields\n        }\n        ... on Opportunity {\n          ...OpportunitySummaryFields\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SearchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}',
): (typeof documents)['fragment SearchMemberFields on Member {\n  id\n  handle\n  displayName\n  headline\n  photoUrl\n  isConnector\n  degree\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SearchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n  sectors\n}',
): (typeof documents)['fragment SearchOrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  logoUrl\n  verified\n  neighborhood\n  sectors\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query StaffConsoleCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n    opportunitiesInReview\n    organizationsPendingVerification\n    connectorApplications\n  }\n}',
): (typeof documents)['query StaffConsoleCounts {\n  moderationQueueCounts {\n    open\n    autoHidden\n    opportunitiesInReview\n    organizationsPendingVerification\n    connectorApplications\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
