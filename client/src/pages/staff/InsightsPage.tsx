import {
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { FigureCards } from '../../modules/insights/components/FigureCards';
import { InsightsFilters } from '../../modules/insights/components/InsightsFilters';
import { SeriesChart } from '../../modules/insights/components/SeriesChart';
import { insightsFilterFromParams, insightsFilterParams } from '../../modules/insights/filters';
import { useEcosystemInsights } from '../../modules/insights/hooks/useEcosystemInsights';

/**
 * `/staff/insights`: the ecosystem from the network's own data: figures with their definitions,
 * and every series as a chart with its numbers and a CSV. Filters live in the address.
 */
export function InsightsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const values = insightsFilterFromParams(params);
  const { insights, error, retry } = useEcosystemInsights(values);
  const asOf = insights
    ? new Intl.DateTimeFormat(currentLanguage(i18n), {
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date(String(insights.generatedAt)))
    : undefined;

  return (
    <Stack gap="xl">
      <title>{t('insights.documentTitle')}</title>
      <Stack gap="xs">
        <Title order={1}>{t('insights.title')}</Title>
        <Text c="dimmed">{t('insights.intro')}</Text>
      </Stack>
      <InsightsFilters
        values={values}
        onApply={(next) => setParams(insightsFilterParams(next), { replace: true })}
      />
      {!insights && error && (
        <Group gap="sm" role="alert">
          <Text>{t('insights.loadError')}</Text>
          <Button variant="default" size="compact-sm" onClick={retry}>
            {t('status.retry')}
          </Button>
        </Group>
      )}
      {!insights && !error && (
        <Group justify="center" py="lg" role="status">
          <Loader size="sm" aria-hidden="true" />
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        </Group>
      )}
      {insights && (
        <>
          <Text size="sm" c="dimmed">
            {t('insights.asOf', { date: asOf })}
          </Text>
          <Stack component="section" aria-labelledby="insight-figures" gap="md">
            <Title id="insight-figures" order={2}>
              {t('insights.figuresHeading')}
            </Title>
            {insights.figures.length > 0 ? (
              <FigureCards figures={insights.figures} />
            ) : (
              <Text c="dimmed">{t('insights.noFigures')}</Text>
            )}
          </Stack>
          <Stack component="section" aria-labelledby="insight-charts" gap="md">
            <Title id="insight-charts" order={2}>
              {t('insights.chartsHeading')}
            </Title>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {insights.series.map((series) => (
                <SeriesChart key={series.key} series={series} />
              ))}
            </SimpleGrid>
          </Stack>
        </>
      )}
    </Stack>
  );
}
