import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity } from '../../../test/cityFixtures';
import { anaProfile, memberMock } from '../../../test/memberFixtures';
import {
  ana,
  bo,
  conversation,
  conversationMock,
  markReadMock,
  message,
  messagesMock,
} from '../../../test/messageFixtures';
import { report, reportContentMock } from '../../../test/moderationFixtures';
import { interestsMock, opportunity, opportunityMock } from '../../../test/opportunityFixtures';
import { harborKitchen, organizationMock } from '../../../test/organizationFixtures';
import { renderApp } from '../../../test/renderApp';
import { viewer } from '../../../test/sessionFixtures';

/** Picks "Spam" and sends; the dialog then says it was sent. */
async function reportAsSpam(user: ReturnType<typeof renderApp>['user'], dialogName: string) {
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  await user.click(within(dialog).getByRole('radio', { name: /^Spam/ }));
  await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
  expect(await within(dialog).findByRole('status')).toHaveTextContent(
    'Thank you. Your report was sent to city staff.',
  );
}

describe('Reporting what members see', () => {
  it('reports an organization the viewer does not belong to', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', harborKitchen),
        reportContentMock(
          { targetType: 'ORGANIZATION', targetId: 'org-1', reason: 'SPAM' },
          report('report-1', { targetType: 'ORGANIZATION', targetId: 'org-1' }),
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Report Harbor Kitchen' }));
    await reportAsSpam(user, 'Report Harbor Kitchen');
  }, 30_000);

  it('does not offer its own people to report an organization', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', { ...harborKitchen, viewerRole: 'MEMBER' }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Report/ })).not.toBeInTheDocument();
  }, 30_000);

  it('reports an opportunity, but not one the viewer posted', async () => {
    const { user, unmount } = renderApp({
      path: '/opportunities/opp-loans',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-loans', opportunity('opp-loans')),
        memberMock('ana-lopez', anaProfile),
        reportContentMock(
          { targetType: 'OPPORTUNITY', targetId: 'opp-loans', reason: 'SPAM' },
          report('report-1', { targetType: 'OPPORTUNITY', targetId: 'opp-loans' }),
        ),
      ],
    });
    await user.click(
      await screen.findByRole('button', { name: 'Report opportunity: Small-business loans' }),
    );
    await reportAsSpam(user, 'Report “Small-business loans”');
    unmount();

    renderApp({
      path: '/opportunities/opp-mine',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-mine', opportunity('opp-mine', { viewerCanEdit: true })),
        interestsMock('opp-mine', []),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Small-business loans' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Report/ })).not.toBeInTheDocument();
  }, 30_000);

  it('reports a message from someone else, not the viewer’s own', async () => {
    const theirs = message(
      'msg-2',
      'conv-bo',
      bo,
      'Send me your bank details.',
      '2026-03-01T09:05:00.000Z',
    );
    const mine = message('msg-3', 'conv-bo', ana, 'No, thank you.', '2026-03-01T09:10:00.000Z');
    const { user } = renderApp({
      path: '/messages/conv-bo',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        conversationMock('conv-bo', conversation('conv-bo', [bo])),
        messagesMock('conv-bo', [mine, theirs]),
        markReadMock('conv-bo'),
        reportContentMock(
          { targetType: 'MESSAGE', targetId: 'msg-2', reason: 'SPAM' },
          report('report-1', { targetType: 'MESSAGE', targetId: 'msg-2' }),
        ),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Messages' });
    await within(list).findByText('No, thank you.');
    const [theirItem, myItem] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(myItem).queryByRole('button', { name: /^Report/ })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await user.click(
      within(theirItem).getByRole('button', { name: 'Report message from Bo Chen' }),
    );
    await reportAsSpam(user, 'Report a message from Bo Chen');
  }, 30_000);
});
