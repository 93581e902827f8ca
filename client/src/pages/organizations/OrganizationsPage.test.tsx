import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { organizationsMock, summary } from '../../test/organizationFixtures';
import { renderApp } from '../../test/renderApp';

describe('OrganizationsPage (/organizations)', () => {
  it('lists organizations with their badge and loads the next page after the cursor', async () => {
    const { user } = renderApp({
      path: '/organizations',
      mocks: [
        cityMock('en', englishCity),
        organizationsMock(
          { filter: {}, first: 20 },
          [summary('Harbor Kitchen', { verified: true }), summary('Roxbury Makers')],
          'cursor-page-1',
          true,
        ),
        organizationsMock(
          { filter: {}, first: 20, after: 'cursor-page-1' },
          [summary('Seaport Labs', { neighborhood: 'seaport', type: 'STARTUP' })],
          'cursor-page-2',
          false,
        ),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
    const results = screen.getByRole('region', { name: 'Organizations found' });
    const harbor = await within(results).findByRole('link', { name: 'Harbor Kitchen' });
    expect(harbor).toHaveAttribute('href', '/o/harbor-kitchen');
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Verified');
    expect(items[0]).toHaveTextContent('Small business · Roxbury');
    expect(items[1]).not.toHaveTextContent('Verified');
    expect(screen.getByRole('link', { name: 'Organizations' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await within(results).findByRole('link', { name: 'Seaport Labs' })).toHaveAttribute(
      'href',
      '/o/seaport-labs',
    );
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('link').textContent),
    ).toEqual(['Harbor Kitchen', 'Roxbury Makers', 'Seaport Labs']);
    expect(within(results).getAllByRole('listitem')[2]).toHaveTextContent('Startup · Seaport');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('sends the chosen filters', async () => {
    const { user } = renderApp({
      path: '/organizations',
      mocks: [
        cityMock('en', englishCity),
        organizationsMock({ filter: {}, first: 20 }, [summary('Harbor Kitchen')], null, false),
        organizationsMock({ filter: { verifiedOnly: true }, first: 20 }, [], null, false),
      ],
    });

    await screen.findByRole('link', { name: 'Harbor Kitchen' });
    await user.click(screen.getByRole('checkbox', { name: 'Verified only' }));

    expect(await screen.findByText('No organizations match these filters.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Harbor Kitchen' })).not.toBeInTheDocument();
  });
});
