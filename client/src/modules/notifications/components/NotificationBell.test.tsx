import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity } from '../../../test/cityFixtures';
import {
  LiveNotificationsLink,
  markNotificationsReadMock,
  notification,
  notificationsMock,
  unreadNotificationCountMock,
} from '../../../test/notificationFixtures';
import { renderApp } from '../../../test/renderApp';
import { viewer } from '../../../test/sessionFixtures';

const fromBo = notification('n-1', 'CONNECTION_REQUESTED', {
  id: 'member-2',
  displayName: 'Bo Chen',
});
const fromCarla = notification(
  'n-2',
  'INTRODUCTION_PROPOSED',
  { id: 'member-6', displayName: 'Carla Ruiz' },
  { path: '/introductions' },
);
const messages = notification(
  'n-3',
  'MESSAGE_RECEIVED',
  { id: 'member-3', displayName: 'Cy Díaz' },
  { path: '/messages/conv-cy', messageCount: 3, readAt: '2026-03-03T16:00:00.000Z' },
);

describe('NotificationBell', () => {
  it('is not shown to anonymous visitors', async () => {
    renderApp({ mocks: [cityMock('en', englishCity)] });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Notifications/ })).not.toBeInTheDocument();
  });

  it('lists notifications as sentences linking to their page, and marks all as read', async () => {
    const { user } = renderApp({
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        unreadNotificationCountMock(2),
        notificationsMock([fromBo, fromCarla, messages]),
        markNotificationsReadMock(undefined, 0),
      ],
    });

    const bell = await screen.findByRole('button', { name: 'Notifications (2 unread)' });
    await user.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const list = await within(dialog).findByRole('list', { name: 'Notifications' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Unread: Bo Chen wants to connect',
      'Unread: Carla Ruiz wants to introduce you to someone',
      '3 new messages from Cy Díaz',
    ]);
    expect(links[1]).toHaveAttribute('href', '/introductions');
    expect(links[2]).toHaveAttribute('href', '/messages/conv-cy');
    expect(await axeViolations()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([
        'Bo Chen wants to connect',
        'Carla Ruiz wants to introduce you to someone',
        '3 new messages from Cy Díaz',
      ]),
    );
    expect(within(dialog).queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('counts a notification as it arrives, and adds it to the list', async () => {
    const live = new LiveNotificationsLink();
    const { user } = renderApp({
      session: viewer,
      subscriptions: live,
      mocks: [
        cityMock('en', englishCity),
        unreadNotificationCountMock(1),
        // Read when the bell first opens, after Carla's arrived.
        notificationsMock([fromCarla, fromBo]),
      ],
    });

    await screen.findByRole('button', { name: 'Notifications (1 unread)' });
    await waitFor(() => expect(live.listening).toBe(true));

    await act(() => live.notify(fromCarla));
    const bell = await screen.findByRole('button', { name: 'Notifications (2 unread)' });

    await user.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(await within(dialog).findByRole('link', { name: /Carla Ruiz/ })).toBeVisible();

    await act(() =>
      live.notify(
        notification(
          'n-4',
          'ORGANIZATION_INVITATION',
          { id: 'member-7', displayName: 'Dee Díaz' },
          { organizationName: 'Harbor Kitchen', path: '/invitations' },
        ),
      ),
    );
    expect(await screen.findByRole('button', { name: 'Notifications (3 unread)' })).toBeVisible();
    expect(
      within(dialog)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Unread: Dee Díaz invited you to join Harbor Kitchen',
      'Unread: Carla Ruiz wants to introduce you to someone',
      'Unread: Bo Chen wants to connect',
    ]);
  });
});
