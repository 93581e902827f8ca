import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import {
  ana,
  bo,
  conversation,
  conversationMock,
  cy,
  markReadMock,
  message,
  LiveMessagesLink,
  messagesMock,
  sendMessageMock,
  unreadCountMock,
} from '../../test/messageFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

const withBo = conversation('conv-bo', [bo], { unreadCount: 1 });
const hello = message('msg-1', 'conv-bo', ana, 'Hello Bo!', '2026-03-01T09:00:00.000Z');
const reply = message(
  'msg-2',
  'conv-bo',
  bo,
  'Hi Ana, good to hear from you.',
  '2026-03-01T09:05:00.000Z',
);
const question = message(
  'msg-3',
  'conv-bo',
  bo,
  'Are you free on Thursday?',
  '2026-03-03T15:00:00.000Z',
);
const answer = message('msg-4', 'conv-bo', ana, 'Yes, after 2 pm.', '2026-03-03T15:10:00.000Z');

function thread() {
  return screen.getByRole('list', { name: 'Messages' });
}

function bodies() {
  return within(thread())
    .getAllByRole('listitem')
    .map((item) => item.lastElementChild?.textContent);
}

/** Waits for the opening page of the thread (its newest message) to be shown. */
async function newestShown() {
  await within(await screen.findByRole('list', { name: 'Messages' })).findByText(
    'Yes, after 2 pm.',
  );
}

function composer() {
  return screen.getByRole('textbox', { name: 'Message to Bo Chen' });
}

/** The thread of Ana and Bo, opened with its two latest messages (one page of more before). */
function openThread(
  extraMocks: Parameters<typeof renderApp>[0]['mocks'] = [],
  options: { markReadDelay?: number; subscriptions?: LiveMessagesLink } = {},
) {
  return renderApp({
    path: '/messages/conv-bo',
    session: viewer,
    subscriptions: options.subscriptions,
    mocks: [
      cityMock('en', englishCity),
      unreadCountMock(1),
      conversationMock('conv-bo', withBo),
      messagesMock('conv-bo', [answer, question], { endCursor: 'cursor-2', hasNextPage: true }),
      markReadMock('conv-bo', { delay: options.markReadDelay }),
      ...extraMocks,
    ],
  });
}

describe('ConversationPage (/messages/:conversationId)', () => {
  it('shows the thread oldest first, pages back, and marks it read', async () => {
    const { user } = openThread([messagesMock('conv-bo', [reply, hello], { before: 'cursor-2' })], {
      markReadDelay: 300,
    });

    // The header counts what waits, until opening the thread marks it read (below).
    const header = screen.getByRole('banner');
    await within(header).findByRole('link', { name: 'Messages (unread: 1)' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Chen' })).toBeVisible();
    await newestShown();
    expect(bodies()).toEqual(['Are you free on Thursday?', 'Yes, after 2 pm.']);
    const [theirs, mine] = within(thread()).getAllByRole('listitem');
    expect(within(theirs!).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(within(theirs!).getByRole('time')).toHaveAttribute(
      'datetime',
      '2026-03-03T15:00:00.000Z',
    );
    expect(within(mine!).getByText('You')).toBeVisible();
    expect(within(mine!).queryByRole('link')).not.toBeInTheDocument();
    // Opening it marked it read: the header's count is read again, and nothing waits any more.
    expect(await within(header).findByRole('link', { name: 'Messages' })).toHaveAttribute(
      'href',
      '/messages',
    );
    expect(screen.getByRole('link', { name: 'All messages' })).toHaveAttribute('href', '/messages');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Load earlier messages' }));

    await within(thread()).findByText('Hello Bo!');
    expect(bodies()).toEqual([
      'Hello Bo!',
      'Hi Ana, good to hear from you.',
      'Are you free on Thursday?',
      'Yes, after 2 pm.',
    ]);
    // No earlier page: the button is gone, and reading goes on from the oldest message.
    expect(screen.queryByRole('button', { name: 'Load earlier messages' })).not.toBeInTheDocument();
    expect(within(thread()).getAllByRole('listitem')[0]).toHaveFocus();
  });

  it('sends with Enter, keeps Shift+Enter for new lines, and says it was sent', async () => {
    const sent = message(
      'msg-5',
      'conv-bo',
      ana,
      'See you then.\nBring the plans.',
      '2026-03-03T15:20:00.000Z',
    );
    const { user } = openThread([
      sendMessageMock({ conversationId: 'conv-bo', body: 'See you then.\nBring the plans.' }, sent),
    ]);

    await newestShown();
    expect(composer()).toHaveAccessibleDescription('Enter sends; Shift+Enter starts a new line.');
    await user.type(composer(), 'See you then.{Shift>}{Enter}{/Shift}Bring the plans.');
    expect(composer()).toHaveValue('See you then.\nBring the plans.');
    await user.keyboard('{Enter}');

    expect(await within(thread()).findByText(/Bring the plans\./)).toBeVisible();
    expect(bodies().at(-1)).toBe('See you then.\nBring the plans.');
    // The composer clears and the status speaks once the send has settled.
    await waitFor(() => expect(composer()).toHaveValue(''));
    expect(composer()).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Message sent.'));
  });

  it('shows why a message was refused and keeps what was written', async () => {
    const { user } = openThread([
      sendMessageMock(
        { conversationId: 'conv-bo', body: 'Are you there?' },
        serverError('You cannot send messages to this member', {
          code: 'FORBIDDEN',
          reason: 'MESSAGING_NOT_ALLOWED',
          field: 'conversationId',
        }),
      ),
    ]);

    await newestShown();
    await user.type(composer(), 'Are you there?');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You cannot send messages to this member.',
    );
    expect(composer()).toHaveValue('Are you there?');
    expect(bodies()).toHaveLength(2);
  });

  it('counts down near the limit and stops a message that is too long', async () => {
    const { user } = openThread();

    await newestShown();
    await user.click(composer());
    await user.paste('a'.repeat(4600));
    expect(composer()).toHaveAccessibleDescription(
      'Enter sends; Shift+Enter starts a new line. 400 characters left.',
    );
    await user.paste('b'.repeat(401));
    expect(composer()).toHaveAttribute('aria-invalid', 'true');
    expect(composer()).toHaveAccessibleDescription(
      expect.stringContaining('1 character too many: keep it to 5,000.'),
    );
    // Enter sends nothing (no mock answers it) while it is too long.
    await user.keyboard('{Enter}');
    expect(composer()).toHaveValue('a'.repeat(4600) + 'b'.repeat(401));
  });

  it('shows a message arriving live, announces it politely and marks it read', async () => {
    const live = new LiveMessagesLink();
    openThread([markReadMock('conv-bo', { delay: 300 })], {
      markReadDelay: 300,
      subscriptions: live,
    });

    const header = screen.getByRole('banner');
    await within(header).findByRole('link', { name: 'Messages (unread: 1)' });
    await newestShown();
    await waitFor(() => expect(live.listensTo('conv-bo')).toBe(true));
    // Read once opened.
    await within(header).findByRole('link', { name: 'Messages' });

    await act(() =>
      live.deliver(
        message('msg-6', 'conv-bo', bo, 'Running 5 minutes late.', '2026-03-03T15:30:00.000Z'),
      ),
    );

    await within(thread()).findByText('Running 5 minutes late.');
    expect(bodies().at(-1)).toBe('Running 5 minutes late.');
    expect(screen.getByRole('status')).toHaveTextContent(
      'New message from Bo Chen: Running 5 minutes late.',
    );
    expect(within(header).getByRole('link', { name: 'Messages (unread: 1)' })).toBeVisible();
    // Read as it arrived, since the thread is open: nothing waits any more.
    expect(await within(header).findByRole('link', { name: 'Messages' })).toBeVisible();
  });

  it('explains why nothing can be sent when the conversation is closed to the viewer', async () => {
    renderApp({
      path: '/messages/conv-bo',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        conversationMock('conv-bo', { ...withBo, canSend: false }),
        messagesMock('conv-bo', [answer, question]),
        markReadMock('conv-bo'),
      ],
    });

    await newestShown();
    expect(composer()).toBeDisabled();
    expect(composer()).toHaveAccessibleDescription("You can't send messages in this conversation.");
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('labels an introduction and links to each person in it, in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/messages/conv-intro',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        conversationMock(
          'conv-intro',
          conversation('conv-intro', [bo, cy], { kind: 'INTRODUCTION', introductionId: 'intro-1' }),
        ),
        messagesMock('conv-intro', [
          message('msg-7', 'conv-intro', cy, 'Bo, te presento a Ana.', '2026-03-01T09:00:00.000Z'),
        ]),
        markReadMock('conv-intro'),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bo Chen y Cy Díaz' }),
    ).toBeVisible();
    expect(screen.getByText('Presentación')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Perfil de Cy Díaz' })).toHaveAttribute(
      'href',
      '/m/cy-diaz',
    );
    expect(await screen.findByText('Bo, te presento a Ana.')).toBeVisible();
    expect(
      screen.getByRole('textbox', { name: 'Mensaje para Bo Chen y Cy Díaz' }),
    ).toHaveAccessibleDescription('Intro envía; Mayús+Intro añade una línea nueva.');
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when the conversation is not the viewer’s', async () => {
    renderApp({
      path: '/messages/conv-other',
      session: viewer,
      mocks: [cityMock('en', englishCity), conversationMock('conv-other', null)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Conversation not found' }),
    ).toBeVisible();
  });
});
