import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { openDataCatalog, openDataCatalogEs } from '../../test/staffFixtures';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('OpenDataPage (/open-data)', () => {
  it('documents each dataset and field, with its files, for anyone', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(openDataCatalog));
    const { user } = renderApp({ path: '/open-data', mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
    const organizations = await screen.findByRole('region', { name: 'Organizations' });
    expect(
      within(organizations).getByText('Verified organizations, public fields only.'),
    ).toBeVisible();
    expect(
      within(organizations)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Organizations as CSV', '/open-data/organizations.csv'],
      ['Organizations as JSON', '/open-data/organizations.json'],
    ]);
    const fields = within(organizations).getByRole('table', { name: 'Fields of Organizations' });
    expect(
      within(fields)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'FieldTypeDescription',
      'slugstringThe address of its page: /o/{slug}.',
      'namestringIts name.',
      'sectorsstring[]NAICS 2-digit sector codes.',
    ]);
    const stats = screen.getByRole('region', { name: 'Statistics' });
    expect(within(stats).getByRole('link', { name: 'Statistics as JSON' })).toHaveAttribute(
      'href',
      '/open-data/stats.json',
    );

    const [path, init] = fetchSpy.mock.calls[0]!;
    expect(path).toBe('/open-data/fields.json?locale=en');
    expect(new Headers(init?.headers).get('accept-language')).toBe('en');
    expect(await axeViolations()).toEqual([]);

    // The downloads are reachable by keyboard, in reading order.
    within(organizations).getByRole('link', { name: 'Organizations as CSV' }).focus();
    await user.tab();
    expect(
      within(organizations).getByRole('link', { name: 'Organizations as JSON' }),
    ).toHaveFocus();
  }, 30_000);

  it('is linked from every page footer', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(openDataCatalog));
    const { user, router } = renderApp({ path: '/', mocks: [cityMock('en', englishCity)] });
    const footer = screen.getByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'Open data' }));
    expect(router.state.location.pathname).toBe('/open-data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
  }, 30_000);

  it('reads the documentation again in Spanish', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input: RequestInfo | URL) =>
        Promise.resolve(
          json(
            (input instanceof Request ? input.url : input.toString()).endsWith('locale=es')
              ? openDataCatalogEs
              : openDataCatalog,
          ),
        ),
      );
    const { i18n } = renderApp({
      path: '/open-data',
      mocks: [cityMock('en', englishCity), cityMock('es', spanishCity)],
    });
    await screen.findByRole('region', { name: 'Organizations' });

    await i18n.changeLanguage('es');
    expect(await screen.findByRole('region', { name: 'Organizaciones' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Datos abiertos' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Organizaciones en CSV' })).toHaveAttribute(
      'href',
      '/open-data/organizations.csv',
    );
    expect(fetchSpy.mock.calls.map(([path]) => path)).toEqual([
      '/open-data/fields.json?locale=en',
      '/open-data/fields.json?locale=es',
    ]);
  }, 30_000);

  it('says when the documentation could not be read, and tries again', async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(json({ datasets: [{ name: 'Broken' }] }))
      .mockResolvedValueOnce(json(openDataCatalog));
    const { user } = renderApp({ path: '/open-data', mocks: [cityMock('en', englishCity)] });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't load the list of datasets.",
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Organizations' })).toBeVisible(),
    );
  }, 30_000);
});
