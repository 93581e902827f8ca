import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../modules/ui/PageStatus';

// The charts library is loaded only when a staff member opens the dashboard.
const InsightsPage = lazy(() =>
  import('./InsightsPage').then(({ InsightsPage: page }) => ({ default: page })),
);

/** `/staff/insights`, fetched on first visit; the console stays in place meanwhile. */
export function InsightsRoute() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageLoading label={t('insights.title')} />}>
      <InsightsPage />
    </Suspense>
  );
}
