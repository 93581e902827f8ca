import type { RouteObject } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage';
import { ForgotPasswordPage } from '../pages/account/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/account/ResetPasswordPage';
import { SignInPage } from '../pages/account/SignInPage';
import { VerifyEmailPage } from '../pages/account/VerifyEmailPage';
import { WelcomePage } from '../pages/account/WelcomePage';
import { JoinPage } from '../pages/join/JoinPage';
import { WhyCityPage } from '../pages/landing/WhyCityPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RootLayout } from './RootLayout';

// The server answers every unknown path with index.html, so unknown paths land on `*` here.
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <WhyCityPage /> },
      { path: 'join', element: <JoinPage /> },
      { path: 'welcome', element: <WelcomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
