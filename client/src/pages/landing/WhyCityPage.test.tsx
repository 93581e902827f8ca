import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../app/i18n';
import { CityDocument } from '../../generated/graphql';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';

describe('WhyCityPage', () => {
  it('renders the city pitch, sectors and neighborhoods from the API', async () => {
    renderApp({ mocks: [cityMock('en', englishCity)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Why Boston' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Where ideas become companies.')).toBeVisible();
    const hero = screen.getByRole('region', { name: 'Why Boston' });
    expect(within(hero).getByRole('link', { name: 'Join GrowHere' })).toHaveAttribute(
      'href',
      '/join',
    );
    expect(within(hero).getByRole('link', { name: 'Explore sectors' })).toHaveAttribute(
      'href',
      '#sectors',
    );
    const callout = screen.getByRole('region', { name: 'Grow here with us' });
    expect(within(callout).getByRole('link', { name: 'Join GrowHere' })).toHaveAttribute(
      'href',
      '/join',
    );

    const talent = screen.getByRole('article', { name: 'Deep talent' });
    expect(within(talent).getByText('One of the most educated workforces in the country.'));
    expect(within(talent).getByText('52%')).toBeVisible();
    expect(within(talent).getByText('Adults with a bachelor’s degree')).toBeVisible();
    const source = within(talent).getByRole('link', { name: /US Census ACS/ });
    expect(source).toHaveAttribute('href', 'https://data.census.gov/');
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('article', { name: 'Capital nearby' })).toHaveTextContent('$9B');

    const sectors = screen.getByRole('region', { name: 'Sectors' });
    const leading = within(sectors).getByRole('heading', { name: 'Leading industries' });
    expect(leading).toBeVisible();
    expect(within(sectors).getByText('Professional services')).toBeVisible();
    expect(within(sectors).getByText('NAICS 54')).toBeVisible();
    expect(within(sectors).getByText('Retail trade')).toBeVisible();

    const neighborhoods = screen.getByRole('region', { name: 'Neighborhoods' });
    expect(
      within(neighborhoods)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Seaport', 'Roxbury']);

    expect(screen.getByRole('banner')).toHaveTextContent('Boston');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('GrowHere — open source');
    await waitFor(() => expect(document.title).toBe('Why Boston · GrowHere'));
  });

  it('shows a loading state until the city arrives', async () => {
    renderApp({ mocks: [{ ...cityMock('en', englishCity), delay: 50 }] });

    expect(screen.getByRole('status')).toHaveTextContent('Loading the city profile…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Why Boston' })).toBeVisible();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('switches to Spanish: UI strings, city texts in locale "es", <html lang> and the saved choice', async () => {
    const spanishResult = vi.fn(() => ({ data: { city: spanishCity } }));
    const { user } = renderApp({
      mocks: [
        cityMock('en', englishCity),
        { request: { query: CityDocument, variables: { locale: 'es' } }, result: spanishResult },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Why Boston' });

    const switcher = screen.getByRole('radiogroup', { name: 'Language' });
    expect(within(switcher).getByRole('radio', { name: 'English' })).toBeChecked();
    await user.click(within(switcher).getByRole('radio', { name: 'Español' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: '¿Por qué Boston?' }),
    ).toBeVisible();
    expect(await screen.findByText('Donde las ideas se convierten en empresas.')).toBeVisible();
    expect(spanishResult).toHaveBeenCalledTimes(1);
    expect(spanishResult).toHaveBeenCalledWith({ locale: 'es' });

    expect(screen.getByRole('article', { name: 'Talento profundo' })).toHaveTextContent('52 %');
    expect(screen.getAllByRole('link', { name: 'Únete a GrowHere' })).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Sectores' })).toHaveTextContent(
      'Servicios profesionales',
    );
    expect(screen.getByRole('radiogroup', { name: 'Idioma' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Español' })).toBeChecked();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('GrowHere — código abierto');
    expect(screen.queryByText('Join GrowHere')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
  });

  it('starts in the language saved from an earlier visit', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'es');
    renderApp({ mocks: [cityMock('es', spanishCity)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: '¿Por qué Boston?' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('es');
  });

  it('shows an error with a retry that loads the city when the server is unreachable', async () => {
    const { user } = renderApp({
      mocks: [
        {
          request: { query: CityDocument, variables: { locale: 'en' } },
          error: new Error('Failed to fetch'),
        },
        cityMock('en', englishCity),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server could not be reached.');
    expect(
      screen.getByRole('heading', { level: 1, name: "We couldn't load the city profile" }),
    ).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Why Boston' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a server-side GraphQL error apart from a network failure', async () => {
    renderApp({
      mocks: [
        {
          request: { query: CityDocument, variables: { locale: 'en' } },
          result: {
            errors: [
              new GraphQLError('City not configured', { extensions: { code: 'NOT_FOUND' } }),
            ],
          },
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
