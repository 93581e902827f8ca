import { useTranslation } from 'react-i18next';
import { useCity } from '../../city/hooks/useCity';

/** Sector and neighborhood names from the city profile, in the UI language, as profiles show them. */
export function useCityNames() {
  const { t } = useTranslation();
  const { city } = useCity();
  return {
    city,
    sectorName: (code: string) =>
      city?.sectors.find((sector) => sector.code === code)?.name ?? t('sectors.naics', { code }),
    neighborhoodName: (slug: string) =>
      city?.neighborhoods.find((neighborhood) => neighborhood.slug === slug)?.name ?? slug,
  };
}
