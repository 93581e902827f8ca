import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemberProfileFieldsFragment } from '../../../generated/graphql';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity } from '../../../test/cityFixtures';
import { boAsVisitor, memberMock } from '../../../test/memberFixtures';
import {
  ana,
  bo,
  conversation,
  conversationMock,
  markReadMock,
  message,
  messagesMock,
  sendMessageMock,
} from '../../../test/messageFixtures';
import { renderApp } from '../../../test/renderApp';
import { serverError, viewer } from '../../../test/sessionFixtures';

function boAs(state: 'CONNECTED' | 'NONE'): MemberProfileFieldsFragment {
  return {
    ...boAsVisitor,
    degree: state === 'CONNECTED' ? 1 : 2,
    mutualConnectionCount: 0,
    viewerConnection: {
      __typename: 'ViewerConnection',
      state,
      requestId: null,
      canRequest: state === 'NONE',
      blocked: false,
    },
  };
}

describe('"Message" on a profile', () => {
  it('writes to a connection, then opens the thread the message landed in', async () => {
    const first = message('msg-1', 'conv-bo', ana, 'Hello Bo!', '2026-03-03T15:00:00.000Z');
    const { user, router } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAs('CONNECTED')),
        sendMessageMock({ recipientId: 'member-2', body: 'Hello Bo!' }, first),
        conversationMock('conv-bo', conversation('conv-bo', [bo], { lastMessage: first })),
        messagesMock('conv-bo', [first]),
        markReadMock('conv-bo'),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Message Bo Chen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Message Bo Chen' });
    const field = within(dialog).getByRole('textbox', { name: 'Your message' });
    expect(field).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    await user.type(field, 'Hello Bo!');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('link', { name: 'All messages' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/messages/conv-bo');
    expect(screen.getByRole('heading', { level: 1, name: 'Bo Chen' })).toBeVisible();
    expect(
      await within(await screen.findByRole('list', { name: 'Messages' })).findByText('Hello Bo!'),
    ).toBeVisible();
  });

  it('keeps the dialog open with the reason when the message is refused', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('bo-chen', boAs('CONNECTED')),
        sendMessageMock(
          { recipientId: 'member-2', body: 'Hello?' },
          serverError('You cannot send messages to this member', {
            code: 'FORBIDDEN',
            reason: 'MESSAGING_NOT_ALLOWED',
            field: 'recipientId',
          }),
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Message Bo Chen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Message Bo Chen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Your message' }), 'Hello?{Enter}');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You cannot send messages to this member.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Your message' })).toHaveValue('Hello?');
  });

  it('is not offered to a member the viewer is not connected to', async () => {
    renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('bo-chen', boAs('NONE'))],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Chen' })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Connect' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Message Bo Chen' })).not.toBeInTheDocument();
  });
});
