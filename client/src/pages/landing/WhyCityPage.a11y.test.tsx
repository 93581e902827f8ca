import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CityDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { renderApp } from '../../test/renderApp';

describe('WhyCityPage accessibility (axe-core)', () => {
  it('has no violations once loaded', async () => {
    renderApp({ mocks: [cityMock('en', englishCity)] });
    await screen.findByRole('heading', { level: 1, name: 'Why Boston' });

    expect(await axeViolations()).toEqual([]);
  });

  it('has no violations in Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({ mocks: [cityMock('es', spanishCity)] });
    await screen.findByRole('heading', { level: 1, name: '¿Por qué Boston?' });

    expect(await axeViolations()).toEqual([]);
  });

  it('has no violations while loading or on error', async () => {
    renderApp({
      mocks: [
        {
          request: { query: CityDocument, variables: { locale: 'en' } },
          error: new Error('Failed to fetch'),
          delay: 30,
        },
      ],
    });
    expect(await axeViolations()).toEqual([]);

    await screen.findByRole('alert');
    expect(await axeViolations()).toEqual([]);
  });
});
