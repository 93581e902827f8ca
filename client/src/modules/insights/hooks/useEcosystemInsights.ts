import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { EcosystemInsightsDocument, type EcosystemInsightsQuery } from '../../../generated/graphql';
import { toInsightsFilter, type InsightsFilterValues } from '../filters';

export type Insights = EcosystemInsightsQuery['ecosystemInsights'];
export type InsightFigure = Insights['figures'][number];
export type InsightSeries = Insights['series'][number];

/** The dashboard for the filters, titled and defined in the UI language. */
export function useEcosystemInsights(values: InsightsFilterValues) {
  const { i18n } = useTranslation();
  const filter = toInsightsFilter(values);
  const { data, loading, error, refetch } = useQuery(EcosystemInsightsDocument, {
    variables: { locale: currentLanguage(i18n), ...(filter ? { filter } : {}) },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    insights: data?.ecosystemInsights,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
