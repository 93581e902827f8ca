import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveOpportunityDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import { card, facets, kitchenCard, searchMock, shownDate } from '../../test/opportunityFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const loans = card('opp-loans');
const grants = card('opp-grants', {
  subkind: 'GRANT',
  title: 'Storefront grants',
  amountMin: null,
  amountMax: 25000,
  neighborhoods: ['roxbury', 'seaport'],
});

const allFacets = facets({
  kinds: { FUNDING: 2, SPACE: 1 },
  sectors: { '62': 2, '44-45': 1 },
  stages: { GROWTH: 2 },
  neighborhoods: { roxbury: 2, seaport: 1 },
});

function results() {
  return screen.getByRole('region', { name: 'Results' });
}

function filters() {
  return screen.getByRole('region', { name: 'Filters' });
}

describe('OpportunitiesPage (/opportunities)', () => {
  it('lists published opportunities as cards, with facet counts, and loads the next page', async () => {
    const { user } = renderApp({
      path: '/opportunities',
      mocks: [
        cityMock('en', englishCity),
        searchMock({}, [loans, grants], {
          facets: allFacets,
          totalCount: 3,
          endCursor: 'page-1',
          hasNextPage: true,
        }),
        searchMock({ after: 'page-1' }, [kitchenCard], { facets: allFacets, totalCount: 3 }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
    expect(await within(results()).findByText('3 opportunities')).toHaveAttribute('role', 'status');
    const items = within(results()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(
      within(first).getByRole('heading', { level: 3, name: 'Small-business loans' }),
    ).toBeVisible();
    expect(within(first).getByRole('link', { name: 'Small-business loans' })).toHaveAttribute(
      'href',
      '/opportunities/opp-loans',
    );
    expect(first).toHaveTextContent('Funding · Loan');
    expect(first).toHaveTextContent('By Roxbury Community Fund');
    expect(first).toHaveTextContent('Roxbury · $10,000 – $50,000');
    expect(first).toHaveTextContent(`Closes ${shownDate(loans.deadline as string)} (in 5 days)`);
    // Signed out: nothing to save with.
    expect(within(first).queryByRole('button')).not.toBeInTheDocument();
    expect(second).toHaveTextContent('Funding · Grant');
    expect(second).toHaveTextContent('Roxbury, Seaport · Up to $25,000');

    // The filters, each option with its count; on a phone they open on demand.
    await user.click(screen.getByRole('button', { name: 'Show filters' }));
    const kind = await within(filters()).findByRole('group', { name: 'Kind' });
    expect(await within(kind).findByRole('checkbox', { name: 'Funding (2)' })).not.toBeChecked();
    expect(within(kind).getByRole('checkbox', { name: 'Space (1)' })).toBeVisible();
    expect(within(kind).getByRole('checkbox', { name: 'Job (0)' })).toBeVisible();
    const sector = await within(filters()).findByRole('group', { name: 'Sector' });
    // Sector names come with the city's answer, which may land after the results.
    expect(await within(sector).findByRole('checkbox', { name: 'Health care (2)' })).toBeVisible();
    expect(within(sector).getByRole('checkbox', { name: 'Retail trade (1)' })).toBeVisible();
    expect(
      within(sector).queryByRole('checkbox', { name: /Professional services/ }),
    ).not.toBeInTheDocument();
    expect(within(filters()).getByRole('checkbox', { name: 'Roxbury (2)' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Opportunities' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      await within(results()).findByRole('link', { name: 'Shared kitchen hours' }),
    ).toBeVisible();
    const third = within(results()).getAllByRole('listitem')[2];
    expect(third).toHaveTextContent('Space · Kitchen');
    expect(third).toHaveTextContent('By Ana López');
    expect(third).toHaveTextContent('Citywide · 1,200 sq ft');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  }, 20_000);

  it('keeps filters and the text in the address: a change searches again, Back undoes it', async () => {
    const { user, router } = renderApp({
      path: '/opportunities',
      mocks: [
        cityMock('en', englishCity),
        searchMock({}, [loans, kitchenCard], { facets: allFacets }),
        searchMock({ filter: { kinds: ['SPACE'] } }, [kitchenCard], {
          facets: facets({ kinds: { FUNDING: 2, SPACE: 1 } }),
        }),
        searchMock({ query: 'kitchen', filter: { kinds: ['SPACE'] } }, [], {
          facets: facets({}),
        }),
      ],
    });

    await within(results()).findByRole('link', { name: 'Small-business loans' });
    await user.click(screen.getByRole('button', { name: 'Show filters' }));
    await user.click(await within(filters()).findByRole('checkbox', { name: 'Space (1)' }));

    await waitFor(() =>
      expect(within(results()).queryByRole('link', { name: 'Small-business loans' })).toBeNull(),
    );
    expect(within(results()).getByRole('link', { name: 'Shared kitchen hours' })).toBeVisible();
    expect(router.state.location.search).toBe('?kind=SPACE');
    // The facets come with the refetched results: wait for them, not only for the list.
    await waitFor(() =>
      expect(within(filters()).getByRole('checkbox', { name: 'Space (1)' })).toBeChecked(),
    );
    expect(within(filters()).getByRole('button', { name: 'Clear 1 filter' })).toBeVisible();

    await user.type(screen.getByRole('searchbox', { name: 'Search opportunities' }), 'kitchen');
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Search' }));
    expect(await within(results()).findByText(/No opportunities match/)).toBeVisible();
    expect(router.state.location.search).toBe('?q=kitchen&kind=SPACE');

    // Back: the previous view, from the cache.
    await router.navigate(-1);
    expect(
      await within(results()).findByRole('link', { name: 'Shared kitchen hours' }),
    ).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search opportunities' })).toHaveValue('');
    await router.navigate(-1);
    expect(
      await within(results()).findByRole('link', { name: 'Small-business loans' }),
    ).toBeVisible();
    expect(within(filters()).getByRole('checkbox', { name: 'Space (1)' })).not.toBeChecked();
  }, 20_000);

  it('opens a shared address with its filters, and lets a member save from a card', async () => {
    const { user } = renderApp({
      path: '/opportunities?kind=FUNDING&neighborhood=roxbury&stage=GROWTH',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        searchMock(
          { filter: { kinds: ['FUNDING'], stages: ['GROWTH'], neighborhoods: ['roxbury'] } },
          [loans],
          { facets: allFacets },
        ),
        inputMock(
          SaveOpportunityDocument,
          { opportunityId: 'opp-loans' },
          { saveOpportunity: { __typename: 'Opportunity', id: 'opp-loans', viewerSaved: true } },
        ),
      ],
    });

    const item = await within(results()).findByRole('listitem');
    expect(screen.getByRole('link', { name: 'Post an opportunity' })).toHaveAttribute(
      'href',
      '/opportunities/new',
    );
    expect(screen.getByRole('link', { name: 'My opportunities' })).toHaveAttribute(
      'href',
      '/opportunities/mine',
    );
    expect(screen.getByRole('button', { name: 'Show filters (3 chosen)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    await user.click(within(item).getByRole('button', { name: 'Save: Small-business loans' }));
    expect(
      await within(item).findByRole('button', { name: 'Unsave: Small-business loans' }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  }, 20_000);

  it('speaks Spanish', async () => {
    const { user, i18n } = renderApp({
      path: '/opportunities',
      mocks: [
        cityMock('en', englishCity),
        cityMock('es', spanishCity),
        searchMock({}, [loans], { facets: allFacets }),
      ],
    });
    await within(results()).findByRole('link', { name: 'Small-business loans' });
    await i18n.changeLanguage('es');

    expect(await screen.findByRole('heading', { level: 1, name: 'Oportunidades' })).toBeVisible();
    const item = within(screen.getByRole('region', { name: 'Resultados' })).getByRole('listitem');
    expect(item).toHaveTextContent('Financiación · Préstamo');
    expect(item).toHaveTextContent('(en 5 días)');
    await user.click(screen.getByRole('button', { name: 'Mostrar filtros' }));
    expect(await screen.findByRole('checkbox', { name: 'Atención médica (2)' })).toBeVisible();
  }, 20_000);
});
