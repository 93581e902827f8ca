import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ApplyAsConnectorDocument,
  WithdrawConnectorApplicationDocument,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import { blockedMembersMock } from '../../test/networkFixtures';
import { notificationSettingsMock } from '../../test/notificationFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';
import { connectorApplication, motivation, myApplicationMock } from '../../test/staffFixtures';

type User = ReturnType<typeof renderApp>['user'];

async function choose(user: User, label: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

const input = {
  motivation,
  sectors: ['44-45'],
  communities: ['Roxbury merchants', 'Cape Verdean families'],
  languages: ['pt'],
};

describe('ConnectorApplicationPage (/connectors/apply)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({
      path: '/connectors/apply',
      mocks: [cityMock('en', englishCity)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  }, 20_000);

  it('is linked from the account page', async () => {
    renderApp({
      path: '/account',
      session: viewer,
      mocks: [cityMock('en', englishCity), blockedMembersMock([]), notificationSettingsMock()],
    });
    const section = await screen.findByRole('region', { name: 'Connector programme' });
    expect(
      within(section).getByRole('link', { name: 'Apply to become a connector' }),
    ).toHaveAttribute('href', '/connectors/apply');
  }, 20_000);

  it('checks the application as the server does, sends it, then shows where it stands', async () => {
    const applied = connectorApplication('application-1', { ...input, languages: ['pt'] });
    const { user } = renderApp({
      path: '/connectors/apply',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        myApplicationMock(null),
        inputMock(ApplyAsConnectorDocument, input, { applyAsConnector: applied }),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Become a connector' }),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: 'Apply' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    // Everything missing: each field says so, and focus goes to the first.
    await user.click(screen.getByRole('button', { name: 'Send application' }));
    const why = screen.getByRole('textbox', { name: /^Why you want to be a connector/ });
    expect(await screen.findByText('Write at least 50 characters.')).toBeVisible();
    expect(screen.getByText('Choose at least one sector.')).toBeVisible();
    expect(screen.getByText('Name at least one community.')).toBeVisible();
    expect(screen.getByText('Choose at least one language.')).toBeVisible();
    await waitFor(() => expect(why).toHaveFocus());

    // The counter follows the text.
    await user.click(why);
    await user.paste(motivation);
    expect(
      screen.getByText(`${motivation.length} characters (at least 50, at most 2000)`),
    ).toBeVisible();
    expect(screen.queryByText('Write at least 50 characters.')).not.toBeInTheDocument();

    await choose(user, /^Sectors you know/, 'Retail trade');
    const communities = screen.getByRole('combobox', { name: /^Communities you serve/ });
    await user.click(communities);
    await user.keyboard('Roxbury merchants{Enter}Cape Verdean families,');
    // The languages picker by keyboard alone: type, pick the first match.
    const languages = screen.getByRole('combobox', { name: /^Languages you can introduce/ });
    languages.focus();
    await user.keyboard('Portug');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Send application' }));

    const status = await screen.findByRole('region', { name: 'Your application' });
    expect(within(status).getByText('Waiting')).toBeVisible();
    expect(status).toHaveTextContent('Sent on March 4, 2026');
    expect(status).toHaveTextContent('CommunitiesRoxbury merchants, Cape Verdean families');
    expect(status).toHaveTextContent('LanguagesPortuguese');
    expect(status).toHaveTextContent('SectorsRetail trade');
    expect(
      await screen.findByText('Application sent. City staff will read it and let you know.'),
    ).toHaveAttribute('role', 'status');
    await waitFor(() =>
      expect(within(status).getByRole('heading', { name: 'Your application' })).toHaveFocus(),
    );
    // Waiting: no second form.
    expect(screen.queryByRole('button', { name: 'Send application' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  it('shows a refusal on the field the server names, and a conflict above the form', async () => {
    const { user } = renderApp({
      path: '/connectors/apply',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        myApplicationMock(null),
        {
          request: { query: ApplyAsConnectorDocument, variables: { input } },
          result: {
            errors: [
              serverError('communities.1 is too long', {
                code: 'BAD_USER_INPUT',
                field: 'input.communities.1',
              }),
            ],
          },
        },
        {
          request: { query: ApplyAsConnectorDocument, variables: { input } },
          result: {
            errors: [serverError('You already have a pending application', { code: 'CONFLICT' })],
          },
        },
      ],
    });
    await user.click(
      await screen.findByRole('textbox', { name: /^Why you want to be a connector/ }),
    );
    await user.paste(motivation);
    await choose(user, /^Sectors you know/, 'Retail trade');
    await user.click(screen.getByRole('combobox', { name: /^Communities you serve/ }));
    await user.keyboard('Roxbury merchants{Enter}Cape Verdean families{Enter}');
    await choose(user, /^Languages you can introduce/, 'Portuguese');

    await user.click(screen.getByRole('button', { name: 'Send application' }));
    expect(await screen.findByText('communities.1 is too long')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Communities you serve/ })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Send application' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You already have a pending application',
    );
  }, 60_000);

  it('withdraws a waiting application after asking, then offers to apply again', async () => {
    const pending = connectorApplication('application-1');
    const { user } = renderApp({
      path: '/connectors/apply',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        myApplicationMock(pending),
        {
          request: { query: WithdrawConnectorApplicationDocument },
          result: {
            data: {
              withdrawConnectorApplication: {
                ...pending,
                status: 'WITHDRAWN',
                decidedAt: '2026-03-06T15:00:00.000Z',
              },
            },
          },
        },
      ],
    });

    const status = await screen.findByRole('region', { name: 'Your application' });
    expect(within(status).getByText('Waiting')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Apply again' })).not.toBeInTheDocument();

    await user.click(within(status).getByRole('button', { name: 'Withdraw application' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw your application?' });
    // Focus starts on the button that changes nothing.
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    expect(await screen.findByText('Your application was withdrawn.')).toBeVisible();
    expect(within(status).getByText('Withdrawn')).toBeVisible();
    const again = await screen.findByRole('heading', { level: 2, name: 'Apply again' });
    await waitFor(() => expect(again).toHaveFocus());
  }, 30_000);

  it("shows staff's note on a declined application, with the form to apply again", async () => {
    renderApp({
      path: '/connectors/apply',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        myApplicationMock(
          connectorApplication('application-1', {
            status: 'DECLINED',
            decisionNote: 'Tell us more about the people you know.',
            decidedAt: '2026-03-08T15:00:00.000Z',
          }),
        ),
      ],
    });
    const status = await screen.findByRole('region', { name: 'Your application' });
    expect(within(status).getByText('Declined')).toBeVisible();
    expect(status).toHaveTextContent('Sent on March 4, 2026, decided on March 8, 2026');
    expect(status).toHaveTextContent(
      'Note from city staff: Tell us more about the people you know.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Apply again' })).toBeVisible();
    expect(within(status).queryByRole('button', { name: 'Withdraw application' })).toBeNull();
  }, 20_000);

  it('tells a connector they already are one, in Spanish too', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/connectors/apply',
      session: { ...viewer, roles: ['MEMBER', 'CONNECTOR'] },
      mocks: [
        cityMock('es', englishCity),
        myApplicationMock(
          connectorApplication('application-1', {
            status: 'APPROVED',
            decidedAt: '2026-03-08T15:00:00.000Z',
          }),
        ),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hazte conector' })).toBeVisible();
    expect(screen.getByText('Eres conector')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ir a tus presentaciones' })).toHaveAttribute(
      'href',
      '/introductions',
    );
    const status = await screen.findByRole('region', { name: 'Tu solicitud' });
    expect(within(status).getByText('Aprobada')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enviar solicitud' })).not.toBeInTheDocument();
  }, 20_000);
});
