import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dayEnd, dayStart } from '../../modules/staff/dates';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';
import { countsMock, insights, insightsMock, staffViewer } from '../../test/staffFixtures';
import { EcosystemInsightsDocument } from '../../generated/graphql';

/**
 * jsdom lays nothing out, so every box measures 0 × 0 and a responsive chart draws nothing. The
 * charts' containers are given the size a browser would give them.
 */
function giveChartsRoom() {
  // jsdom measures every element as an empty box at the origin.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('recharts-responsive-container')
      ? new DOMRect(0, 0, 600, 260)
      : new DOMRect(0, 0, 0, 0);
  });
}

describe('InsightsPage (/staff/insights)', () => {
  it('shows each figure with its definition, and each series as a chart with its numbers', async () => {
    giveChartsRoom();
    const { user } = renderApp({
      path: '/staff/insights',
      session: staffViewer,
      mocks: [cityMock('en', englishCity), countsMock(), insightsMock(insights)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ecosystem insights' }),
    ).toBeVisible();
    const figures = await screen.findByRole('region', { name: 'Key figures' });
    const cards = within(figures).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual([
      'Members1,234Members with a confirmed email, not suspended.',
      'Connected members42.5%Share of members with at least one connection.',
      'Time to a first connection6 daysMedian days from sign-up to a first accepted connection.',
      'Introduction timeNot enough dataMedian days from an introduction to both answers.',
    ]);
    expect(screen.getByText(/^Figures as of March 9, 2026/)).toBeVisible();

    const members = screen.getByRole('figure', { name: 'New members by month' });
    expect(within(members).getByText('Members who joined each month.')).toBeVisible();
    const chart = within(members).getByRole('img', {
      name: 'Chart: New members by month. The numbers are in the table below.',
    });
    // A real chart is drawn (a line over three months), not an empty box.
    expect(chart.querySelector('svg .recharts-line')).not.toBeNull();
    const unmet = screen.getByRole('figure', { name: 'Unmet needs by sector' });
    expect(
      within(unmet)
        .getByRole('img', { name: /^Chart: Unmet needs by sector/ })
        .querySelectorAll('.recharts-bar-rectangle'),
    ).toHaveLength(2);

    // The numbers, for screen readers and anyone who prefers a table.
    const table = within(members).getByRole('table', { name: 'New members by month' });
    expect(table).not.toBeVisible();
    await user.click(within(members).getByText('Show the numbers'));
    expect(table).toBeVisible();
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['LabelValue', '2026-0140', '2026-0255', '2026-0361']);
    expect(await axeViolations()).toEqual([]);
  }, 40_000);

  it('downloads a chart as CSV made from its points, quoted safely', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:chart';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const { user } = renderApp({
      path: '/staff/insights',
      session: staffViewer,
      mocks: [cityMock('en', englishCity), countsMock(), insightsMock(insights)],
    });

    const download = await screen.findByRole('button', {
      name: 'Download CSV: Unmet needs by sector',
    });
    download.focus();
    await user.keyboard('{Enter}');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(/^unmet_needs_by_sector-\d{4}-\d\d-\d\d\.csv$/);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    // A UTF-8 byte-order mark, then the rows; a formula is defused, quotes doubled.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'label,value\r\n"Food, ""fresh"" & local",12\r\n"\'=HYPERLINK(""x"")",3\r\n',
    );
    expect(
      within(screen.getByRole('figure', { name: 'Unmet needs by sector' })).getByRole('status'),
    ).toHaveTextContent(/^Downloaded as unmet_needs_by_sector-/);
  }, 30_000);

  it('filters by days, sector and neighborhood, kept in the address', async () => {
    const filtered = {
      ...insights,
      figures: [{ ...insights.figures[0]!, value: 87 }],
      series: [],
    };
    const { user, router } = renderApp({
      path: '/staff/insights',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        insightsMock(insights),
        insightsMock(filtered, {
          filter: {
            from: dayStart('2026-01-01'),
            to: dayEnd('2026-02-28'),
            sector: '62',
            neighborhood: 'roxbury',
          },
        }),
      ],
    });
    await screen.findByRole('region', { name: 'Key figures' });
    const form = screen.getByRole('search', { name: 'Filter the insights' });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(form).getByLabelText('To'), { target: { value: '2026-02-28' } });
    await user.click(within(form).getByRole('combobox', { name: 'Sector' }));
    await user.click(await screen.findByRole('option', { name: 'Health care' }));
    await user.click(within(form).getByRole('combobox', { name: 'Neighborhood' }));
    await user.click(await screen.findByRole('option', { name: 'Roxbury' }));
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('87')).toBeVisible();
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      from: '2026-01-01',
      to: '2026-02-28',
      sector: '62',
      neighborhood: 'roxbury',
    });
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  }, 40_000);

  it('asks for the texts in Spanish and writes the numbers the Spanish way', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/staff/insights',
      session: staffViewer,
      mocks: [cityMock('es', spanishCity), countsMock(), insightsMock(insights, { locale: 'es' })],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Indicadores del ecosistema' }),
    ).toBeVisible();
    const figures = await screen.findByRole('region', { name: 'Cifras clave' });
    expect(figures).toHaveTextContent('42,5 %');
    expect(figures).toHaveTextContent('6 días');
    expect(figures).toHaveTextContent('Datos insuficientes');
    expect(
      screen.getByRole('button', { name: 'Descargar CSV: Unmet needs by sector' }),
    ).toBeVisible();
  }, 30_000);

  it('says when the insights could not be read, and tries again', async () => {
    const { user } = renderApp({
      path: '/staff/insights',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        {
          request: { query: EcosystemInsightsDocument, variables: { locale: 'en' } },
          error: new Error('Failed to fetch'),
        },
        insightsMock(insights),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't load the insights.");
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Key figures' })).toBeVisible());
  }, 30_000);
});
