import type { MockLink } from '@apollo/client/testing';
import { CityDocument, type CityQuery, type CityQueryVariables } from '../generated/graphql';

type City = CityQuery['city'];

function source(name: string, url: string) {
  return { __typename: 'Source' as const, name, url };
}

export const englishCity: City = {
  __typename: 'City',
  name: 'Boston',
  slug: 'boston',
  tagline: 'Where ideas become companies.',
  locale: 'en',
  defaultLocale: 'en',
  languages: [
    { __typename: 'Language', code: 'en', name: 'English' },
    { __typename: 'Language', code: 'es', name: 'Español' },
  ],
  neighborhoods: [
    { __typename: 'Neighborhood', slug: 'seaport', name: 'Seaport' },
    { __typename: 'Neighborhood', slug: 'roxbury', name: 'Roxbury' },
  ],
  sectors: [
    { __typename: 'Sector', code: '54', name: 'Professional services', featured: true },
    { __typename: 'Sector', code: '62', name: 'Health care', featured: true },
    { __typename: 'Sector', code: '44-45', name: 'Retail trade', featured: false },
  ],
  pitch: [
    {
      __typename: 'PitchSection',
      key: 'TALENT',
      title: 'Deep talent',
      summary: 'One of the most educated workforces in the country.',
      facts: [
        {
          __typename: 'PitchFact',
          label: 'Adults with a bachelor’s degree',
          value: '52%',
          source: source('US Census ACS', 'https://data.census.gov/'),
        },
      ],
    },
    {
      __typename: 'PitchSection',
      key: 'CAPITAL',
      title: 'Capital nearby',
      summary: 'Investors a short walk away.',
      facts: [
        {
          __typename: 'PitchFact',
          label: 'Venture funding last year',
          value: '$9B',
          source: source('PitchBook', 'https://pitchbook.com/'),
        },
      ],
    },
  ],
};

export const spanishCity: City = {
  ...englishCity,
  tagline: 'Donde las ideas se convierten en empresas.',
  locale: 'es',
  sectors: [
    { __typename: 'Sector', code: '54', name: 'Servicios profesionales', featured: true },
    { __typename: 'Sector', code: '62', name: 'Atención médica', featured: true },
    { __typename: 'Sector', code: '44-45', name: 'Comercio minorista', featured: false },
  ],
  pitch: [
    {
      __typename: 'PitchSection',
      key: 'TALENT',
      title: 'Talento profundo',
      summary: 'Una de las fuerzas laborales más preparadas del país.',
      facts: [
        {
          __typename: 'PitchFact',
          label: 'Adultos con título universitario',
          value: '52 %',
          source: source('Censo de EE. UU. ACS', 'https://data.census.gov/'),
        },
      ],
    },
  ],
};

export type CityMock = MockLink.MockedResponse<CityQuery, CityQueryVariables>;

/** The city query for `locale` answered with `city`. */
export function cityMock(locale: string, city: City): CityMock {
  return {
    request: { query: CityDocument, variables: { locale } },
    result: { data: { city } },
  };
}
