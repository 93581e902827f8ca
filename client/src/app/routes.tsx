import type { RouteObject } from 'react-router';
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
