import type { TFunction } from 'i18next';
import type { City } from '../city/hooks/useCity';

/** A neighborhood's name from its slug, or the slug when the city does not list it. */
export function neighborhoodName(city: City | undefined, slug: string): string {
  return city?.neighborhoods.find((candidate) => candidate.slug === slug)?.name ?? slug;
}

/** A sector's name from its NAICS code, or "NAICS 54" when the city does not list it. */
export function sectorName(t: TFunction, city: City | undefined, code: string): string {
  return (
    city?.sectors.find((candidate) => candidate.code === code)?.name ?? t('sectors.naics', { code })
  );
}

/** Where an opportunity is: citywide, in some neighborhoods, and/or remote. */
export function opportunityPlace(
  t: TFunction,
  city: City | undefined,
  opportunity: { citywide: boolean; remote: boolean; neighborhoods: readonly string[] },
): string | undefined {
  const places: string[] = [];
  if (opportunity.citywide) places.push(t('search.citywide'));
  else places.push(...opportunity.neighborhoods.map((slug) => neighborhoodName(city, slug)));
  if (opportunity.remote) places.push(t('search.remote'));
  return places.length > 0 ? places.join(', ') : undefined;
}
