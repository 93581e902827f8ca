import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CityHero } from '../../modules/city/components/CityHero';
import { CityLoadError } from '../../modules/city/components/CityLoadError';
import { CityProfileSkeleton } from '../../modules/city/components/CityProfileSkeleton';
import { JoinCallout } from '../../modules/city/components/JoinCallout';
import { NeighborhoodsSection } from '../../modules/city/components/NeighborhoodsSection';
import { PitchSections } from '../../modules/city/components/PitchSections';
import { SectorsSection } from '../../modules/city/components/SectorsSection';
import { useCity } from '../../modules/city/hooks/useCity';

/** `/`: the city's pitch to businesses, in the UI language. */
export function WhyCityPage() {
  const { t } = useTranslation();
  const { city, loading, error, retry } = useCity();

  if (error && !loading) {
    return (
      <>
        <title>{t('app.documentTitleFallback')}</title>
        <CityLoadError error={error} onRetry={retry} />
      </>
    );
  }
  if (!city) {
    return (
      <>
        <title>{t('app.documentTitleFallback')}</title>
        <CityProfileSkeleton />
      </>
    );
  }

  return (
    // Busy while the texts of a newly chosen language load over the previous ones.
    <Box aria-busy={loading}>
      <title>{t('app.documentTitle', { city: city.name })}</title>
      <CityHero city={city} />
      <PitchSections city={city} />
      <SectorsSection city={city} />
      <NeighborhoodsSection city={city} />
      <JoinCallout cityName={city.name} />
    </Box>
  );
}
