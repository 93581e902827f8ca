import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestIntroductionDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { inputMock, introductionRequest } from '../../test/introductionFixtures';
import {
  allMatches,
  deeMatch,
  dismissMatchMock,
  incubatorMatch,
  loanMatch,
  recommendationsMock,
  undismissMatchMock,
} from '../../test/matchFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

function card(name: string) {
  return screen.getByRole('article', { name });
}

function reasons(article: HTMLElement, label: string) {
  return within(within(article).getByRole('list', { name: label }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

// Each test renders the whole app and most run axe: room for a busy machine.
describe('ForYouPage (/for-you)', { timeout: 15_000 }, () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({ path: '/for-you', mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'For you' })).not.toBeInTheDocument();
  });

  it('shows each match with its picture, name, line, link and reasons in plain English', async () => {
    renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [cityMock('en', englishCity), recommendationsMock(null, allMatches)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'For you' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'For you' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('tab', { name: 'All', selected: true })).toBeVisible();

    const loan = await screen.findByRole('article', { name: 'Small-business loans up to $50k' });
    expect(
      within(loan).getByRole('link', { name: 'Small-business loans up to $50k' }),
    ).toHaveAttribute('href', '/opportunities/opp-1');
    expect(loan).toHaveTextContent('Funding');
    expect(loan).toHaveTextContent('Harbor Lender · Citywide · Deadline: April 15, 2026');
    expect(reasons(loan, 'Why this match')).toEqual([
      'You need funding; it offers “Small-business loans up to $50k”',
      'Deadline soon: April 15, 2026',
      'Meant for businesses at your stage: Early revenue',
    ]);
    // No one to introduce you to an opportunity.
    expect(within(loan).queryByRole('list', { name: 'Who could introduce you' })).toBeNull();

    const dee = card('Dee Díaz');
    expect(within(dee).getByRole('link', { name: 'Dee Díaz' })).toHaveAttribute(
      'href',
      '/m/dee-diaz',
    );
    expect(dee).toHaveTextContent('Bakery owner');
    expect(dee).toHaveTextContent('2nd-degree connection');
    expect(reasons(dee, 'Why this match')).toEqual([
      'They need mentorship, which you offer',
      'Also in Health care',
      'Also in Roxbury',
      '2 mutual connections',
      'Bo Chen and 1 other person can introduce you',
      'You both speak Spanish',
      'You both spoke at Startup Week',
    ]);
    const introducers = within(dee).getByRole('list', { name: 'Who could introduce you' });
    expect(within(introducers).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(
      within(introducers).getByRole('button', { name: 'Ask Bo Chen for an introduction' }),
    ).toBeVisible();
    expect(
      within(introducers).getByRole('button', { name: 'Ask Carla Ruiz for an introduction' }),
    ).toBeVisible();

    const incubator = card('Roxbury Innovation Center');
    expect(
      within(incubator).getByRole('link', { name: 'Roxbury Innovation Center' }),
    ).toHaveAttribute('href', '/o/roxbury-innovation-center');
    expect(incubator).toHaveTextContent('Verified');
    expect(incubator).toHaveTextContent('Incubator or accelerator · Roxbury');
    expect(reasons(incubator, 'Why this match')).toEqual([
      'You need space, which they offer',
      'Also in Roxbury',
    ]);
    expect(
      within(incubator).getByRole('button', { name: 'Dismiss Roxbury Innovation Center' }),
    ).toBeVisible();

    expect(await axeViolations()).toEqual([]);
  });

  it('writes the reasons in Spanish for a Spanish reader', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [cityMock('es', spanishCity), recommendationsMock(null, allMatches)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Para ti' })).toBeVisible();
    const loan = await screen.findByRole('article', { name: 'Small-business loans up to $50k' });
    expect(loan).toHaveTextContent('Harbor Lender · Toda la ciudad · Plazo: 15 de abril de 2026');
    expect(reasons(loan, 'Por qué te lo sugerimos')).toEqual([
      'Necesitas financiación; ofrece «Small-business loans up to $50k»',
      'El plazo cierra pronto: 15 de abril de 2026',
      'Pensada para negocios en tu etapa: Primeros ingresos',
    ]);
    const dee = card('Dee Díaz');
    expect(reasons(dee, 'Por qué te lo sugerimos')).toEqual([
      'Necesitan mentoría, y tú lo ofreces',
      'También en Atención médica',
      'También en Roxbury',
      '2 conexiones en común',
      'Bo Chen y 1 persona más pueden presentarte',
      'Los dos hablan español',
      'You both spoke at Startup Week',
    ]);
    expect(
      within(dee).getByRole('button', { name: 'Pedir a Bo Chen una presentación' }),
    ).toBeVisible();
    expect(reasons(card('Roxbury Innovation Center'), 'Por qué te lo sugerimos')).toEqual([
      'Necesitas espacio, y lo ofrecen',
      'También en Roxbury',
    ]);
    expect(
      within(card('Roxbury Innovation Center')).getByRole('button', {
        name: 'Descartar: Roxbury Innovation Center',
      }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('shows one kind of match per tab, and keeps the tab in the URL', async () => {
    const { user, router } = renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        recommendationsMock(null, allMatches),
        recommendationsMock('MEMBER', [deeMatch]),
        recommendationsMock('ORGANIZATION', [incubatorMatch]),
        recommendationsMock('OPPORTUNITY', [loanMatch]),
      ],
    });

    await screen.findByRole('article', { name: 'Dee Díaz' });
    await user.click(screen.getByRole('tab', { name: 'People' }));
    expect(screen.getByRole('tab', { name: 'People', selected: true })).toBeVisible();
    expect(router.state.location.search).toBe('?show=people');
    const panel = screen.getByRole('tabpanel', { name: 'People' });
    expect(await within(panel).findByRole('article', { name: 'Dee Díaz' })).toBeVisible();
    expect(within(panel).getAllByRole('article')).toHaveLength(1);

    // The arrow keys move between tabs.
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Opportunities', selected: true })).toHaveFocus();
    const opportunities = screen.getByRole('tabpanel', { name: 'Opportunities' });
    expect(
      await within(opportunities).findByRole('article', {
        name: 'Small-business loans up to $50k',
      }),
    ).toBeVisible();
    expect(within(opportunities).queryByRole('article', { name: 'Dee Díaz' })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('dismisses a match at once with a reason, and brings it back with "Undo"', async () => {
    const { user } = renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        recommendationsMock(null, allMatches),
        dismissMatchMock('member-4', 'ALREADY_KNOW'),
        undismissMatchMock('member-4'),
      ],
    });

    // By keyboard: the menu opens on the first reason, the arrows go through them.
    (await screen.findByRole('button', { name: 'Dismiss Dee Díaz' })).focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Dismiss Dee Díaz' });
    expect(menu).toHaveTextContent('Why? (optional)');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Not relevant',
      'Already know them',
      'Not now',
      'Other reason',
      'Dismiss without a reason',
    ]);
    expect(await axeViolations()).toEqual([]);
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'Not relevant' })).toHaveFocus(),
    );
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Already know them' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('article', { name: 'Dee Díaz' })).not.toBeInTheDocument();
    const notice = (await screen.findByText(/^Dismissed: Dee Díaz/)).closest('[role="status"]');
    expect(notice).toHaveTextContent("Dismissed: Dee Díaz. You won't see this match again.");
    await waitFor(() => expect(notice).toHaveFocus());
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo dismissing Dee Díaz' }));
    const dee = await screen.findByRole('article', { name: 'Dee Díaz' });
    // Back where it was, between the loan and the incubator, with the focus on it.
    expect(
      screen.getAllByRole('article').map((article) => article.getAttribute('aria-labelledby')),
    ).toEqual(['match-opp-1', 'match-member-4', 'match-org-roxbury-innovation-center']);
    await waitFor(() => expect(within(dee).getByRole('link', { name: 'Dee Díaz' })).toHaveFocus());
    expect(screen.queryByText(/Dismissed: Dee Díaz/)).not.toBeInTheDocument();
  });

  it('dismisses without a reason too', async () => {
    const { user } = renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        recommendationsMock(null, allMatches),
        dismissMatchMock('opp-1', null),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Dismiss Small-business loans up to $50k' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Dismiss without a reason' }));
    expect(
      screen.queryByRole('article', { name: 'Small-business loans up to $50k' }),
    ).not.toBeInTheDocument();
    expect(await screen.findByText(/Dismissed: Small-business loans up to \$50k/)).toBeVisible();
  });

  it('puts the card back and says why when the server refuses the dismissal', async () => {
    const { user } = renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        recommendationsMock(null, allMatches),
        dismissMatchMock(
          'org-roxbury-innovation-center',
          'NOT_NOW',
          serverError('Something broke', { code: 'INTERNAL_SERVER_ERROR' }),
        ),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Dismiss Roxbury Innovation Center' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Not now' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side');
    expect(await screen.findByRole('article', { name: 'Roxbury Innovation Center' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });

  it('asks a connector for an introduction from a person match', async () => {
    const reason = 'I would like Dee to mentor our bakery.';
    const { user } = renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        recommendationsMock(null, allMatches),
        inputMock(
          RequestIntroductionDocument,
          { introducerId: 'member-2', targetId: 'member-4', reason },
          { requestIntroduction: introductionRequest('req-1', { reason }) },
        ),
      ],
    });

    const dee = await screen.findByRole('article', { name: 'Dee Díaz' });
    await user.click(within(dee).getByRole('button', { name: 'Ask Bo Chen for an introduction' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask Bo Chen to introduce you to Dee Díaz',
    });
    const field = within(dialog).getByRole('textbox', { name: /Why do you want to meet Dee Díaz/ });
    expect(field).toHaveFocus();
    expect(await axeViolations()).toEqual([]);

    await user.type(field, reason);
    await user.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(await within(dee).findByRole('status')).toHaveTextContent(
      "Your request went to Bo Chen. You'll find the answer under Introductions.",
    );
    // Carla can still be asked.
    expect(
      within(dee).getByRole('button', { name: 'Ask Carla Ruiz for an introduction' }),
    ).toBeVisible();
  });

  it('tells a member with no matches to add needs and offers to their profile', async () => {
    renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [cityMock('en', englishCity), recommendationsMock(null, [])],
    });

    expect(await screen.findByText('No matches yet')).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Add needs and offers to your profile' }),
    ).toHaveAttribute('href', '/account/profile');
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when matches cannot be loaded, and tries again', async () => {
    const { user } = renderApp({
      path: '/for-you',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        {
          request: {
            query: recommendationsMock(null, []).request.query,
            variables: { kinds: null, first: 20 },
          },
          error: new Error('offline'),
        },
        recommendationsMock(null, [incubatorMatch]),
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't load your matches.");
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Roxbury Innovation Center' })).toBeVisible();
  });
});
