import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpdateNotificationSettingsDocument } from '../../../generated/graphql';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity } from '../../../test/cityFixtures';
import { blockedMembersMock } from '../../../test/networkFixtures';
import { notificationSettingsMock } from '../../../test/notificationFixtures';
import { renderApp } from '../../../test/renderApp';
import { viewer } from '../../../test/sessionFixtures';

const TYPES = [
  'CONNECTION_REQUESTED',
  'CONNECTION_ACCEPTED',
  'INTRODUCTION_PROPOSED',
  'INTRODUCTION_COMPLETED',
  'INTRODUCTION_REQUESTED',
  'INTRODUCTION_REQUEST_ANSWERED',
  'MESSAGE_RECEIVED',
  'ORGANIZATION_INVITATION',
  'OPPORTUNITY_INTEREST',
  'MATCH_DIGEST',
] as const;

describe('Notification settings (/account)', () => {
  it('saves a channel per type, the weekly match digest and the daily digest', async () => {
    const saved = notificationSettingsMock(
      { MESSAGE_RECEIVED: 'EMAIL', CONNECTION_ACCEPTED: 'OFF', MATCH_DIGEST: 'EMAIL' },
      false,
    );
    const { user } = renderApp({
      path: '/account',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        blockedMembersMock([]),
        notificationSettingsMock({ CONNECTION_ACCEPTED: 'OFF' }),
        {
          request: {
            query: UpdateNotificationSettingsDocument,
            variables: {
              input: {
                preferences: TYPES.map((type) => ({
                  type,
                  channel:
                    type === 'MESSAGE_RECEIVED' || type === 'MATCH_DIGEST'
                      ? 'EMAIL'
                      : type === 'CONNECTION_ACCEPTED'
                        ? 'OFF'
                        : 'IN_APP',
                })),
                dailyDigest: false,
              },
            },
          },
          result: {
            data: {
              updateNotificationSettings: (
                saved.result as { data: { notificationSettings: unknown } }
              ).data.notificationSettings,
            },
          },
        },
      ],
    });

    const section = await screen.findByRole('region', { name: 'Notifications' });
    const messages = await within(section).findByRole('combobox', { name: 'New messages' });
    expect(messages).toHaveValue('IN_APP');
    expect(
      within(section).getByRole('combobox', { name: 'Someone accepts your request' }),
    ).toHaveValue('OFF');
    const digest = within(section).getByRole('switch', { name: /^Daily email digest/ });
    expect(digest).toBeChecked();
    // The weekly match digest is opt-in: a switch, off until the member turns it on.
    expect(within(section).queryByRole('combobox', { name: /best matches/ })).toBeNull();
    const matchDigest = within(section).getByRole('switch', {
      name: /^Weekly email of my best matches/,
    });
    expect(matchDigest).not.toBeChecked();
    await user.click(matchDigest);

    await user.selectOptions(messages, 'Email');
    await user.click(digest);
    await user.click(within(section).getByRole('button', { name: 'Save notification settings' }));

    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Your notification settings are saved.',
    );
    expect(messages).toHaveValue('EMAIL');
    expect(digest).not.toBeChecked();
    expect(matchDigest).toBeChecked();
    expect(await axeViolations()).toEqual([]);
  });
});
