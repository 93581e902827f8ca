import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../../test/cityFixtures';
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
import { interestsMock, opportunity, opportunityMock } from '../../../test/opportunityFixtures';
import { harborKitchen, organizationMock } from '../../../test/organizationFixtures';
import { renderApp } from '../../../test/renderApp';
import { viewer } from '../../../test/sessionFixtures';

const standing = {
  __typename: 'ModerationStanding' as const,
  hidden: false,
  suspendedUntil: null,
  suspendedIndefinitely: false,
  restricted: false,
};

describe('What moderation tells owners', () => {
  it('tells a member their profile is hidden and their account restricted', async () => {
    renderApp({
      path: '/m/ana-lopez',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('ana-lopez', {
          ...anaProfile,
          moderation: { ...standing, hidden: true, restricted: true },
        }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana López' })).toBeVisible();
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent('Under review by city staff');
    const items = within(notice).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      "Your profile is hidden while city staff review reports. Other members can't see it for now.",
      "Your account is restricted: you can't post or send messages for now. What you have already posted stays up.",
    ]);
    expect(await axeViolations()).toEqual([]);
  }, 30_000);

  it('says nothing to a member in good standing', async () => {
    renderApp({
      path: '/m/ana-lopez',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('ana-lopez', anaProfile)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana López' })).toBeVisible();
    expect(screen.queryByText('Under review by city staff')).not.toBeInTheDocument();
  }, 30_000);

  it('tells an organization’s people it is hidden, in Spanish too', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('es', spanishCity),
        organizationMock('harbor-kitchen', { ...harborKitchen, viewerRole: 'OWNER', hidden: true }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' })).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent('En revisión por el personal de la ciudad');
    expect(
      screen.getByText(
        'Oculta mientras el personal de la ciudad revisa unas denuncias. Por ahora solo las personas de la organización y el personal de la ciudad ven esta página.',
      ),
    ).toBeVisible();
  }, 30_000);

  it('tells an opportunity’s poster it is hidden', async () => {
    renderApp({
      path: '/opportunities/opp-mine',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-mine', opportunity('opp-mine', { viewerCanEdit: true, hidden: true })),
        interestsMock('opp-mine', []),
      ],
    });
    expect(
      await screen.findByText(
        "Hidden while city staff review reports. Only its poster, its organization's admins and city staff can see it for now.",
      ),
    ).toBeVisible();
  }, 30_000);

  it('shows a hidden message to its sender with a note, and to others as hidden', async () => {
    const theirs = {
      ...message('msg-2', 'conv-bo', bo, '', '2026-03-01T09:05:00.000Z'),
      hidden: true,
    };
    const mine = {
      ...message('msg-3', 'conv-bo', ana, 'Buy cheap loans!', '2026-03-01T09:10:00.000Z'),
      hidden: true,
    };
    renderApp({
      path: '/messages/conv-bo',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        conversationMock('conv-bo', conversation('conv-bo', [bo])),
        messagesMock('conv-bo', [mine, theirs]),
        markReadMock('conv-bo'),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Messages' });
    await within(list).findByText('Buy cheap loans!');
    const [theirItem, myItem] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(theirItem).toHaveTextContent('This message is hidden while city staff review it.');
    expect(within(theirItem).queryByRole('button', { name: /^Report/ })).not.toBeInTheDocument();
    expect(myItem).toHaveTextContent(
      'Hidden while city staff review reports: only you can see this message.',
    );
  }, 30_000);
});
