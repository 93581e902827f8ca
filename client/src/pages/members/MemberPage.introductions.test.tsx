import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestIntroductionDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock, introductionRequest } from '../../test/introductionFixtures';
import { boAsMember, memberMock } from '../../test/memberFixtures';
import {
  anaInLists,
  bo,
  cy,
  introductionPathMock,
  mutualConnectionsMock,
} from '../../test/networkFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

const reason = 'I need a supplier for my café.';

function askMock(result: 'ok' | 'refused') {
  const input = { introducerId: cy.id, targetId: bo.id, reason };
  return result === 'ok'
    ? inputMock(RequestIntroductionDocument, input, {
        requestIntroduction: introductionRequest('req-1', { reason }),
      })
    : {
        request: { query: RequestIntroductionDocument, variables: { input } },
        result: {
          errors: [serverError('Not connected', { code: 'FORBIDDEN', reason: 'NOT_CONNECTED' })],
        },
      };
}

function profileMocks(...extra: ReturnType<typeof askMock>[]) {
  return [
    cityMock('en', englishCity),
    memberMock('bo-chen', boAsMember()),
    mutualConnectionsMock(bo.id, [cy]),
    introductionPathMock(bo.id, [anaInLists, cy, bo]),
    ...extra,
  ];
}

describe('MemberPage: ask for an introduction', () => {
  it('asks the person in the middle, with a reason', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: profileMocks(askMock('ok')),
    });

    await user.click(
      await screen.findByRole('button', { name: 'Ask Cy Diaz for an introduction' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask Cy Diaz to introduce you to Bo Chen',
    });
    const field = within(dialog).getByRole('textbox', { name: /Why do you want to meet Bo Chen/ });
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription('500 of 500 characters left');
    expect(await axeViolations()).toEqual([]);

    // A reason is needed.
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(within(dialog).getByText('Say why you want to meet, in a few words.')).toBeVisible();

    await user.type(field, reason);
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      "Your request went to Cy Diaz. You'll find the answer under Introductions.",
    );
  });

  it('shows the server refusing the request in the dialog', async () => {
    const { user } = renderApp({
      path: '/m/bo-chen',
      session: viewer,
      mocks: profileMocks(askMock('refused')),
    });

    await user.click(
      await screen.findByRole('button', { name: 'Ask Cy Diaz for an introduction' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask Cy Diaz to introduce you to Bo Chen',
    });
    await user.type(within(dialog).getByRole('textbox'), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You are no longer connected with this member.',
    );
  });
});
