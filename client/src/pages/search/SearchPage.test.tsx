import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import {
  eveLoanOfficer,
  facets,
  harborLender,
  hit,
  kitchenSpace,
  loanProgramme,
  searchMember,
  searchMock,
} from '../../test/searchFixtures';
import { viewer } from '../../test/sessionFixtures';

const loanFacets = facets({
  types: { OPPORTUNITY: 2, ORGANIZATION: 1, MEMBER: 1 },
  kinds: { FUNDING: 1, SPACE: 1 },
  sectors: { '54': 1 },
  neighborhoods: { seaport: 1, roxbury: 1 },
  stages: { EARLY_REVENUE: 1 },
  organizationTypes: { LENDER: 1 },
  verified: 1,
});

const loanHits = [
  hit(loanProgramme, 'Low-interest [loans] for Boston small businesses'),
  hit(harborLender, 'Community [lender] since 1984'),
  hit(eveLoanOfficer, '[Loan] officer at Harbor Lender'),
  hit(kitchenSpace, 'Kitchen hours, no [loan] needed'),
];

function filters() {
  return screen.getByRole('region', { name: 'Filters' });
}

function results() {
  return screen.getByRole('region', { name: 'Results' });
}

describe('SearchPage (/search)', { timeout: 15_000 }, () => {
  it('shows every result with its highlighted snippet, the total and the facet counts', async () => {
    renderApp({
      path: '/search?q=loan',
      mocks: [
        cityMock('en', englishCity),
        searchMock({ query: 'loan' }, { nodes: loanHits, totalCount: 4, facets: loanFacets }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(
      within(screen.getByRole('search', { name: 'Search the directory' })).getByRole('searchbox', {
        name: 'Search for',
      }),
    ).toHaveValue('loan');
    expect(await within(results()).findByText('4 results for “loan”')).toHaveAttribute(
      'role',
      'status',
    );

    const loan = within(results()).getByRole('article', {
      name: 'Small-business loans up to $50k',
    });
    expect(within(loan).getByRole('link')).toHaveAttribute('href', '/opportunities/opp-1');
    expect(loan).toHaveTextContent('Opportunity');
    expect(loan).toHaveTextContent('Funding');
    expect(loan).toHaveTextContent('Harbor Lender · Citywide · Deadline: April 15, 2026');
    expect(within(loan).getByText('loans', { selector: 'mark' })).toBeVisible();
    expect(loan).toHaveTextContent('Low-interest loans for Boston small businesses');

    const lender = within(results()).getByRole('article', { name: 'Harbor Lender' });
    expect(within(lender).getByRole('link')).toHaveAttribute('href', '/o/harbor-lender');
    expect(lender).toHaveTextContent('Verified');
    expect(lender).toHaveTextContent('Lender · Seaport');
    expect(within(lender).getByText('lender', { selector: 'mark' })).toBeVisible();

    const eve = within(results()).getByRole('article', { name: 'Eve Park' });
    expect(within(eve).getByRole('link')).toHaveAttribute('href', '/m/eve-park');
    expect(eve).toHaveTextContent('Person');
    expect(eve).toHaveTextContent('2nd-degree connection');

    const kitchen = within(results()).getByRole('article', {
      name: 'Shared kitchen for food startups',
    });
    expect(kitchen).toHaveTextContent('Space');
    expect(kitchen).toHaveTextContent('Roxbury');

    const types = within(filters()).getByRole('group', { name: 'Type' });
    for (const box of within(types).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(within(types).getByRole('checkbox', { name: 'Opportunities (2)' })).not.toBeChecked();
    expect(within(types).getByRole('checkbox', { name: 'Organizations (1)' })).toBeVisible();
    expect(within(types).getByRole('checkbox', { name: 'People (1)' })).toBeVisible();
    expect(within(filters()).getByRole('group', { name: 'Kind of opportunity' })).toHaveTextContent(
      'Funding (1)Space (1)',
    );
    expect(
      within(filters()).getByRole('checkbox', { name: 'Professional services (1)' }),
    ).toBeVisible();
    expect(within(filters()).getByRole('checkbox', { name: 'Seaport (1)' })).toBeVisible();
    expect(within(filters()).getByRole('checkbox', { name: 'Early revenue (1)' })).toBeVisible();
    expect(within(filters()).getByRole('checkbox', { name: 'Lender (1)' })).toBeVisible();
    expect(
      within(filters()).getByRole('checkbox', { name: 'Verified organizations (1)' }),
    ).toBeVisible();
    // "In my network" means nothing to a visitor who is not signed in.
    expect(within(filters()).queryByRole('checkbox', { name: /In my network/i })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('filters by a facet value, keeps the filters in the URL, and the back button undoes them', async () => {
    const { user, router } = renderApp({
      path: '/search?q=loan',
      mocks: [
        cityMock('en', englishCity),
        searchMock({ query: 'loan' }, { nodes: loanHits, totalCount: 4, facets: loanFacets }),
        searchMock(
          { query: 'loan', filter: { types: ['OPPORTUNITY'] } },
          {
            nodes: [loanHits[0]!, loanHits[3]!],
            facets: facets({ types: { OPPORTUNITY: 2 }, kinds: { FUNDING: 1, SPACE: 1 } }),
          },
        ),
        searchMock(
          { query: 'loan', filter: { types: ['OPPORTUNITY'], kinds: ['FUNDING'] } },
          {
            nodes: [loanHits[0]!],
            facets: facets({ types: { OPPORTUNITY: 1 }, kinds: { FUNDING: 1 } }),
          },
        ),
      ],
    });

    await user.click(await screen.findByRole('checkbox', { name: 'Opportunities (2)' }));
    expect(router.state.location.search).toBe('?q=loan&type=opportunity');
    await waitFor(() =>
      expect(within(results()).getByRole('status')).toHaveTextContent('2 results for “loan”'),
    );
    expect(within(results()).getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: 'Opportunities (2)' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Funding (1)' }));
    expect(router.state.location.search).toBe('?q=loan&type=opportunity&kind=funding');
    await waitFor(() =>
      expect(within(results()).getByRole('status')).toHaveTextContent('1 result for “loan”'),
    );
    expect(screen.getByRole('checkbox', { name: 'Funding (1)' })).toBeChecked();
    expect(
      within(results()).getByRole('article', { name: 'Small-business loans up to $50k' }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    // Back: one filter fewer.
    await router.navigate(-1);
    await waitFor(() =>
      expect(within(results()).getByRole('status')).toHaveTextContent('2 results for “loan”'),
    );
    expect(screen.getByRole('checkbox', { name: 'Opportunities (2)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Funding (1)' })).not.toBeChecked();

    // Clearing every filter keeps the query.
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('?q=loan');
    await waitFor(() =>
      expect(within(results()).getByRole('status')).toHaveTextContent('4 results for “loan”'),
    );
  });

  it('opens a shared view with its filters, and searches for a new query', async () => {
    const { user, router } = renderApp({
      path: '/search?q=loan&neighborhood=roxbury&verified=1&stage=growth&kind=bogus',
      mocks: [
        cityMock('en', englishCity),
        searchMock(
          {
            query: 'loan',
            // An unknown kind in the URL is dropped, never sent.
            filter: { neighborhoods: ['roxbury'], stages: ['GROWTH'], verifiedOnly: true },
          },
          { nodes: [loanHits[3]!], facets: facets({ neighborhoods: { roxbury: 1 }, verified: 0 }) },
        ),
        searchMock(
          {
            query: 'kitchen',
            filter: { neighborhoods: ['roxbury'], stages: ['GROWTH'], verifiedOnly: true },
          },
          { nodes: [loanHits[3]!], facets: facets({ neighborhoods: { roxbury: 1 } }) },
        ),
      ],
    });

    expect(await screen.findByRole('checkbox', { name: 'Roxbury (1)' })).toBeChecked();
    // Chosen, though the server counted nothing for it: it can still be unticked.
    expect(screen.getByRole('checkbox', { name: 'Growth (0)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Verified organizations (0)' })).toBeChecked();
    // On a small screen the filters fold behind this button.
    const toggle = screen.getByRole('button', { name: 'Filters (3 on)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const field = screen.getByRole('searchbox', { name: 'Search for' });
    await user.clear(field);
    await user.type(field, 'kitchen{Enter}');
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?q=kitchen&neighborhood=roxbury&stage=growth&verified=1',
      ),
    );
    expect(await within(results()).findByText('1 result for “kitchen”')).toBeVisible();
  });

  it('loads more results after the cursor, and moves the focus to the first new one', async () => {
    const first = Array.from({ length: 20 }, (_, index) =>
      hit(searchMember(`member-${index + 10}`, `Baker ${index + 1}`), '[Baker] in Roxbury'),
    );
    const { user } = renderApp({
      path: '/search?q=baker',
      mocks: [
        cityMock('en', englishCity),
        searchMock(
          { query: 'baker' },
          { nodes: first, totalCount: 22, endCursor: 'cursor-20', hasNextPage: true },
        ),
        searchMock(
          { query: 'baker', after: 'cursor-20' },
          {
            nodes: [
              hit(searchMember('member-40', 'Baker 21'), '[Baker] in Seaport'),
              hit(searchMember('member-41', 'Baker 22'), '[Baker] in Seaport'),
            ],
            totalCount: 22,
            endCursor: 'cursor-22',
            hasNextPage: false,
          },
        ),
      ],
    });

    expect(await within(results()).findByText('22 results for “baker”')).toBeVisible();
    expect(within(results()).getAllByRole('article')).toHaveLength(20);

    await user.click(screen.getByRole('button', { name: 'Load more results' }));
    const next = await within(results()).findByRole('article', { name: 'Baker 21' });
    expect(within(results()).getAllByRole('article')).toHaveLength(22);
    await waitFor(() => expect(within(next).getByRole('link', { name: 'Baker 21' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Load more results' })).not.toBeInTheDocument();
  });

  it('says what to try when nothing matches, and clears the filters', async () => {
    const { user, router } = renderApp({
      path: '/search?q=zzxq&type=member',
      mocks: [
        cityMock('en', englishCity),
        searchMock({ query: 'zzxq', filter: { types: ['MEMBER'] } }, { nodes: [] }),
        searchMock({ query: 'zzxq' }, { nodes: [] }),
      ],
    });

    expect(await screen.findByText('No results for “zzxq”')).toBeVisible();
    expect(
      screen.getByText('Check the spelling, try fewer or broader words, or remove a filter.'),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    await user.click(within(results()).getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('?q=zzxq');
  });

  it('shows the first values of a long facet, and all of them on request', async () => {
    const slugs = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8'];
    const { user } = renderApp({
      path: '/search?q=cafe',
      mocks: [
        cityMock('en', englishCity),
        searchMock(
          { query: 'cafe' },
          {
            nodes: loanHits,
            facets: facets({
              neighborhoods: Object.fromEntries(slugs.map((slug, index) => [slug, 9 - index])),
            }),
          },
        ),
      ],
    });

    const group = await screen.findByRole('group', { name: 'Neighborhood' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(6);
    await user.click(within(group).getByRole('button', { name: 'Neighborhood: show all 8' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(group).getByRole('checkbox', { name: 'n8 (2)' })).toBeVisible();
    await user.click(within(group).getByRole('button', { name: 'Neighborhood: show fewer' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(6);
  });

  it('says "at least" when a broad search counted up to its cap', async () => {
    renderApp({
      path: '/search?q=fund',
      mocks: [
        cityMock('en', englishCity),
        searchMock(
          { query: 'fund' },
          {
            nodes: loanHits,
            totalCount: 900,
            totalCountIsLowerBound: true,
            facets: facets({ types: { OPPORTUNITY: 300 }, countsAreLowerBounds: true }),
          },
        ),
      ],
    });

    expect(await within(results()).findByText('900+ results for “fund”')).toBeVisible();
    const type = await screen.findByRole('group', { name: 'Type' });
    expect(within(type).getByRole('checkbox', { name: 'Opportunities (300+)' })).toBeVisible();
  });

  it('asks for a query before searching', async () => {
    renderApp({ path: '/search', mocks: [cityMock('en', englishCity)] });

    expect(
      await screen.findByText(/^Type what you are looking for: a name, a need such as/),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('offers "in my network" to a signed-in member', async () => {
    const { user, router } = renderApp({
      path: '/search?q=loan',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        searchMock(
          { query: 'loan' },
          { nodes: loanHits, facets: facets({ types: { MEMBER: 1 }, inMyNetwork: 1 }) },
        ),
        searchMock(
          { query: 'loan', filter: { inMyNetwork: true } },
          { nodes: [loanHits[2]!], facets: facets({ types: { MEMBER: 1 }, inMyNetwork: 1 }) },
        ),
      ],
    });

    await user.click(
      await screen.findByRole('checkbox', { name: 'People in my network (within two hops) (1)' }),
    );
    expect(router.state.location.search).toBe('?q=loan&network=1');
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    expect(within(results()).getByRole('article', { name: 'Eve Park' })).toBeVisible();
  });

  it('speaks Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/search?q=loan',
      mocks: [
        cityMock('es', spanishCity),
        searchMock({ query: 'loan' }, { nodes: loanHits, totalCount: 4, facets: loanFacets }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Buscar' })).toBeVisible();
    expect(await screen.findByText('4 resultados para «loan»')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Oportunidades (2)' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Financiación (1)' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Servicios profesionales (1)' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Entidad de crédito (1)' })).toBeVisible();
    expect(
      screen.getByRole('article', { name: 'Small-business loans up to $50k' }),
    ).toHaveTextContent('Harbor Lender · Toda la ciudad · Plazo: 15 de abril de 2026');
    expect(await axeViolations()).toEqual([]);
  });
});
