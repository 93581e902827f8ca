import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import {
  bo,
  conversation,
  conversationsMock,
  cy,
  message,
  LiveMessagesLink,
  ana,
  unreadCountMock,
} from '../../test/messageFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const withBo = conversation('conv-bo', [bo], {
  lastMessage: message(
    'msg-1',
    'conv-bo',
    bo,
    'Are you free on Thursday?',
    '2026-03-03T15:00:00.000Z',
  ),
  lastActivityAt: '2026-03-03T15:00:00.000Z',
  unreadCount: 2,
});
const introduction = conversation('conv-intro', [bo, cy], {
  kind: 'INTRODUCTION',
  introductionId: 'intro-1',
  lastMessage: message(
    'msg-2',
    'conv-intro',
    ana,
    'Glad to meet you both.',
    '2026-03-02T10:00:00.000Z',
  ),
  lastActivityAt: '2026-03-02T10:00:00.000Z',
});
const withCy = conversation('conv-cy', [cy], {
  lastMessage: message('msg-3', 'conv-cy', cy, 'Thanks for the lead!', '2026-02-20T10:00:00.000Z'),
  lastActivityAt: '2026-02-20T10:00:00.000Z',
});

function conversationList() {
  return screen.getByRole('list', { name: 'Conversations' });
}

function rows() {
  return within(conversationList()).getAllByRole('listitem');
}

describe('MessagesPage (/messages)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/messages', mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('lists conversations, newest activity first, with what waits to be read', async () => {
    const { user } = renderApp({
      path: '/messages',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        unreadCountMock(2),
        conversationsMock([withBo, introduction], { endCursor: 'page-1', hasNextPage: true }),
        conversationsMock([withCy], { after: 'page-1' }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
    const header = screen.getByRole('banner');
    expect(
      await within(header).findByRole('link', { name: 'Messages (unread: 2)' }),
    ).toHaveAttribute('href', '/messages');

    const [first, second] = rows();
    expect(
      within(first!).getByRole('link', { name: 'Bo Chen, 2 unread messages' }),
    ).toHaveAttribute('href', '/messages/conv-bo');
    expect(first).toHaveTextContent('Are you free on Thursday?');
    expect(within(first!).getByText('2')).toBeVisible();
    expect(within(first!).getByRole('time')).toHaveAttribute(
      'datetime',
      '2026-03-03T15:00:00.000Z',
    );

    // An introduction shows the others in it, labelled so; the viewer's own words start "You:".
    expect(within(second!).getByRole('link', { name: 'Bo Chen and Cy Díaz' })).toHaveAttribute(
      'href',
      '/messages/conv-intro',
    );
    expect(within(second!).getByText('Introduction')).toBeVisible();
    expect(second).toHaveTextContent('You: Glad to meet you both.');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    const added = await within(conversationList()).findByRole('link', { name: 'Cy Díaz' });
    expect(rows()).toHaveLength(3);
    expect(added).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('moves a conversation to the top as a message arrives, and counts it unread', async () => {
    const live = new LiveMessagesLink();
    renderApp({
      path: '/messages',
      session: viewer,
      subscriptions: live,
      mocks: [
        cityMock('en', englishCity),
        unreadCountMock(2),
        conversationsMock([withBo, introduction]),
      ],
    });

    const header = screen.getByRole('banner');
    await within(header).findByRole('link', { name: 'Messages (unread: 2)' });
    await screen.findByRole('link', { name: 'Bo Chen, 2 unread messages' });
    expect(rows()[0]).toHaveTextContent('Bo Chen');
    await waitFor(() => expect(live.listensTo(undefined)).toBe(true));

    await act(() =>
      live.deliver(
        message(
          'msg-9',
          'conv-intro',
          cy,
          'Shall we meet at the library?',
          '2026-03-04T09:00:00.000Z',
        ),
      ),
    );

    const moved = await within(conversationList()).findByRole('link', {
      name: 'Bo Chen and Cy Díaz, 1 unread message',
    });
    const [first, second] = rows();
    expect(first).toContainElement(moved);
    expect(first).toHaveTextContent('Cy Díaz: Shall we meet at the library?');
    expect(second).toHaveTextContent('Bo Chen');
    expect(within(header).getByRole('link', { name: 'Messages (unread: 3)' })).toBeVisible();
  });

  it('reads the list again when a message starts a new conversation', async () => {
    const fromCy = message('msg-9', 'conv-cy', cy, 'Hello from Cy', '2026-03-04T09:00:00.000Z');
    const live = new LiveMessagesLink();
    renderApp({
      path: '/messages',
      session: viewer,
      subscriptions: live,
      mocks: [
        cityMock('en', englishCity),
        conversationsMock([withBo]),
        conversationsMock([{ ...withCy, lastMessage: fromCy, unreadCount: 1 }, withBo]),
      ],
    });

    await screen.findByRole('link', { name: 'Bo Chen, 2 unread messages' });
    await waitFor(() => expect(live.listensTo(undefined)).toBe(true));

    await act(() => live.deliver(fromCy));

    expect(
      await within(conversationList()).findByRole('link', { name: 'Cy Díaz, 1 unread message' }),
    ).toBeVisible();
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toHaveTextContent('Hello from Cy');
  });

  it('says how to start when there are no conversations, in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/messages',
      session: viewer,
      mocks: [cityMock('es', spanishCity), conversationsMock([])],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mensajes' })).toBeVisible();
    expect(await screen.findByText(/Aún no tienes conversaciones/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'tu red' })).toHaveAttribute('href', '/network');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Mensajes' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(await axeViolations()).toEqual([]);
  });
});
