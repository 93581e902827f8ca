import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../../test/cityFixtures';
import { harborKitchen, organizationMock } from '../../../test/organizationFixtures';
import { renderApp } from '../../../test/renderApp';
import {
  eveLoanOfficer,
  facets,
  harborLender,
  loanProgramme,
  quickSearchMock,
  searchMock,
} from '../../../test/searchFixtures';

const loanTargets = [eveLoanOfficer, harborLender, loanProgramme];

function searchBox() {
  return screen.getByRole('combobox', { name: 'Search GrowHere' });
}

function optionNames() {
  return screen.getAllByRole('option').map((option) => option.textContent);
}

describe('GlobalSearch (the header search box)', { timeout: 15_000 }, () => {
  it('shows instant results grouped by type, chosen with the arrow keys and opened with Enter', async () => {
    const { user, router } = renderApp({
      mocks: [cityMock('en', englishCity), quickSearchMock('loan', loanTargets)],
    });

    const box = searchBox();
    expect(screen.getByRole('search', { name: 'Site search' })).toContainElement(box);
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');

    await user.click(box);
    await user.paste('loan');
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', listbox.id);
    await within(listbox).findByRole('option', { name: /Eve Park/ });

    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby'))).toHaveLength(3);
    expect(within(listbox).getByRole('group', { name: 'People' })).toHaveTextContent(
      'Eve ParkLoan officer at Harbor Lender',
    );
    expect(within(listbox).getByRole('group', { name: 'Organizations' })).toHaveTextContent(
      'Harbor LenderLender · Seaport',
    );
    expect(within(listbox).getByRole('group', { name: 'Opportunities' })).toHaveTextContent(
      'Small-business loans up to $50kHarbor Lender · Citywide · Deadline: April 15, 2026',
    );
    expect(optionNames().at(-1)).toBe('See all results for “loan”');
    expect(await screen.findByText(/^3 suggestions\./)).toHaveAttribute('aria-live', 'polite');
    expect(await axeViolations()).toEqual([]);

    // Down goes through the options, Up comes back; the box keeps the focus throughout.
    await user.keyboard('{ArrowDown}');
    const eve = screen.getByRole('option', { name: /Eve Park/ });
    expect(eve).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', eve.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const loan = screen.getByRole('option', { name: /Small-business loans/ });
    expect(loan).toHaveAttribute('aria-selected', 'true');
    expect(eve).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // Past "See all" it wraps to the first.
    expect(eve).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { name: /See all results/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{ArrowUp}');
    expect(loan).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/opportunities/opp-1'));
    expect(searchBox()).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens every result for the query with Enter, or with "See all results"', async () => {
    const { user, router } = renderApp({
      mocks: [
        cityMock('en', englishCity),
        quickSearchMock('loan', loanTargets),
        searchMock({ query: 'loan' }, { nodes: [], facets: facets() }),
      ],
    });

    await user.click(searchBox());
    await user.paste('loan');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=loan');

    await user.click(searchBox());
    await user.paste('loan');
    await user.click(await screen.findByRole('option', { name: 'See all results for “loan”' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=loan'));
  });

  it('opens a result with the mouse', async () => {
    const { user, router } = renderApp({
      mocks: [
        cityMock('en', englishCity),
        quickSearchMock('loan', loanTargets),
        organizationMock('harbor-lender', {
          ...harborKitchen,
          id: harborLender.id,
          slug: 'harbor-lender',
          name: 'Harbor Lender',
        }),
      ],
    });

    await user.click(searchBox());
    await user.paste('loan');
    await user.click(await screen.findByRole('option', { name: /^Harbor Lender\s*Lender/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/o/harbor-lender'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbor Lender' })).toBeVisible();
  });

  it('closes with Escape, then clears the box with a second Escape', async () => {
    const { user } = renderApp({
      mocks: [cityMock('en', englishCity), quickSearchMock('loan', loanTargets)],
    });

    await user.click(searchBox());
    await user.paste('loan');
    await screen.findByRole('option', { name: /Eve Park/ });
    await user.keyboard('{ArrowDown}');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(searchBox()).toHaveAttribute('aria-expanded', 'false');
    expect(searchBox()).not.toHaveAttribute('aria-activedescendant');
    expect(searchBox()).toHaveValue('loan');

    // Down opens it again.
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox')).toBeVisible();

    await user.keyboard('{Escape}{Escape}');
    expect(searchBox()).toHaveValue('');
    expect(searchBox()).toHaveFocus();
  });

  it('says when nothing matches, still offering the results page', async () => {
    const { user } = renderApp({
      mocks: [cityMock('en', englishCity), quickSearchMock('zzxq', [])],
    });

    await user.click(searchBox());
    await user.paste('zzxq');
    expect(
      await screen.findByText('No quick matches for “zzxq”.', { selector: 'p' }),
    ).toBeVisible();
    expect(optionNames()).toEqual(['See all results for “zzxq”']);
    expect(await axeViolations()).toEqual([]);
  });

  it('folds behind a button on a small screen, and Escape folds it again', async () => {
    const { user } = renderApp({ mocks: [cityMock('en', englishCity)] });

    const toggle = screen.getByRole('button', { name: 'Search' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute(
      'aria-controls',
      screen.getByRole('search', { name: 'Site search' }).id,
    );

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(searchBox()).toHaveFocus());

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('speaks Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    const { user } = renderApp({
      mocks: [cityMock('es', spanishCity), quickSearchMock('préstamo', loanTargets)],
    });

    const box = screen.getByRole('combobox', { name: 'Buscar en GrowHere' });
    await user.click(box);
    await user.paste('préstamo');
    const listbox = await screen.findByRole('listbox', { name: 'Sugerencias' });
    expect(await within(listbox).findByRole('group', { name: 'Personas' })).toBeVisible();
    expect(within(listbox).getByRole('group', { name: 'Oportunidades' })).toHaveTextContent(
      'Harbor Lender · Toda la ciudad · Plazo: 15 de abril de 2026',
    );
    expect(optionNames().at(-1)).toBe('Ver todos los resultados de «préstamo»');
    expect(await axeViolations()).toEqual([]);
  });
});
