import { Navigate, type RouteObject } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage';
import { EditProfilePage } from '../pages/account/EditProfilePage';
import { ForgotPasswordPage } from '../pages/account/ForgotPasswordPage';
import { MyReportsPage } from '../pages/account/MyReportsPage';
import { OnboardingPage } from '../pages/account/OnboardingPage';
import { ResetPasswordPage } from '../pages/account/ResetPasswordPage';
import { SignInPage } from '../pages/account/SignInPage';
import { VerifyEmailPage } from '../pages/account/VerifyEmailPage';
import { WelcomePage } from '../pages/account/WelcomePage';
import { ForYouPage } from '../pages/for-you/ForYouPage';
import { IntroductionsPage } from '../pages/introductions/IntroductionsPage';
import { JoinPage } from '../pages/join/JoinPage';
import { ConnectorApplicationPage } from '../pages/connectors/ConnectorApplicationPage';
import { MemberPage } from '../pages/members/MemberPage';
import { WhyCityPage } from '../pages/landing/WhyCityPage';
import { ConversationPage } from '../pages/messages/ConversationPage';
import { MessagesPage } from '../pages/messages/MessagesPage';
import { NetworkPage } from '../pages/network/NetworkPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { EditOpportunityPage } from '../pages/opportunities/EditOpportunityPage';
import { MyOpportunitiesPage } from '../pages/opportunities/MyOpportunitiesPage';
import { NewOpportunityPage } from '../pages/opportunities/NewOpportunityPage';
import { OpportunitiesPage } from '../pages/opportunities/OpportunitiesPage';
import { OpportunityPage } from '../pages/opportunities/OpportunityPage';
import { EditOrganizationPage } from '../pages/organizations/EditOrganizationPage';
import { InvitationsPage } from '../pages/organizations/InvitationsPage';
import { NewOrganizationPage } from '../pages/organizations/NewOrganizationPage';
import { OrganizationPage } from '../pages/organizations/OrganizationPage';
import { OrganizationsPage } from '../pages/organizations/OrganizationsPage';
import { OpenDataPage } from '../pages/open-data/OpenDataPage';
import { SearchPage } from '../pages/search/SearchPage';
import { AuditLogPage } from '../pages/staff/AuditLogPage';
import { InsightsRoute } from '../pages/staff/InsightsRoute';
import { StaffConnectorsPage } from '../pages/staff/StaffConnectorsPage';
import { StaffLayout } from '../pages/staff/StaffLayout';
import { StaffReviewsPage } from '../pages/staff/StaffReviewsPage';
import { ModerationCasePage } from '../pages/staff/moderation/ModerationCasePage';
import { ModerationQueuePage } from '../pages/staff/moderation/ModerationQueuePage';
import { RootLayout } from './RootLayout';

// The server answers every unknown path with index.html, so unknown paths land on `*` here.
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <WhyCityPage /> },
      { path: 'join', element: <JoinPage /> },
      { path: 'welcome', element: <WelcomePage /> },
      { path: 'onboarding', element: <OnboardingPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'account/profile', element: <EditProfilePage /> },
      { path: 'account/reports', element: <MyReportsPage /> },
      { path: 'm/:handle', element: <MemberPage /> },
      { path: 'network', element: <NetworkPage /> },
      { path: 'introductions', element: <IntroductionsPage /> },
      { path: 'messages', element: <MessagesPage /> },
      { path: 'messages/:conversationId', element: <ConversationPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/new', element: <NewOrganizationPage /> },
      { path: 'o/:slug', element: <OrganizationPage /> },
      { path: 'o/:slug/edit', element: <EditOrganizationPage /> },
      { path: 'invitations', element: <InvitationsPage /> },
      { path: 'opportunities', element: <OpportunitiesPage /> },
      { path: 'opportunities/new', element: <NewOpportunityPage /> },
      { path: 'opportunities/mine', element: <MyOpportunitiesPage /> },
      { path: 'opportunities/:id', element: <OpportunityPage /> },
      { path: 'opportunities/:id/edit', element: <EditOpportunityPage /> },
      { path: 'for-you', element: <ForYouPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'connectors/apply', element: <ConnectorApplicationPage /> },
      { path: 'open-data', element: <OpenDataPage /> },
      {
        path: 'staff',
        element: <StaffLayout />,
        children: [
          { index: true, element: <Navigate to="queue" replace /> },
          { path: 'queue', element: <ModerationQueuePage /> },
          { path: 'queue/:caseId', element: <ModerationCasePage /> },
          { path: 'reviews', element: <StaffReviewsPage /> },
          { path: 'connectors', element: <StaffConnectorsPage /> },
          { path: 'audit', element: <AuditLogPage /> },
          { path: 'insights', element: <InsightsRoute /> },
          // Mistyped sections say so inside the console.
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
