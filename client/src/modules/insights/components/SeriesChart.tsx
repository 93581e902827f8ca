import {
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { currentLanguage } from '../../../app/i18n';
import { saveBlob, today } from '../../staff/download';
import { pointsCsv } from '../csv';
import { formatInsightValue, isTimeSeries } from '../format';
import type { InsightSeries } from '../hooks/useEcosystemInsights';

/** The grow palette's dark shade: strong enough against white for bars and lines. */
const INK = 'var(--mantine-color-grow-8)';
const ROW_HEIGHT = 34;

/**
 * One series: its title and definition, a chart (lines over time, horizontal bars otherwise,
 * whose long labels fit a phone), the same numbers as a table for screen readers and anyone who
 * prefers them, and its points as a CSV file made here.
 */
export function SeriesChart({ series }: { series: InsightSeries }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const titleId = useId();
  const [saved, setSaved] = useState('');
  const format = (value: number) => formatInsightValue(t, locale, series.unit, value);
  const data = series.points.map((point) => ({ label: point.label, value: point.value }));
  const overTime = isTimeSeries(series.key);
  const height = overTime ? 260 : Math.max(140, data.length * ROW_HEIGHT + 40);

  function download() {
    const file = `${series.key}-${today()}.csv`;
    saveBlob(file, new Blob([pointsCsv(series.points)], { type: 'text/csv;charset=utf-8' }));
    setSaved(t('insights.downloaded', { file }));
  }

  return (
    <Paper component="figure" withBorder p="md" radius="md" m={0} aria-labelledby={titleId}>
      <Stack gap="sm">
        <Box component="figcaption">
          <Title id={titleId} order={3} fz="h4">
            {series.title}
          </Title>
          <Text size="sm" c="dimmed">
            {series.definition}
          </Text>
        </Box>
        {data.length === 0 ? (
          <Text>{t('insights.noPoints')}</Text>
        ) : (
          // A picture of the table below, named as such; its parts are not read one by one.
          <Box role="img" aria-label={t('insights.chartLabel', { title: series.title })}>
            <ResponsiveContainer
              width="100%"
              height={height}
              initialDimension={{ width: 320, height }}
            >
              {overTime ? (
                <LineChart data={data} accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                  <YAxis tickFormatter={format} tick={{ fontSize: 12 }} width={64} />
                  <Tooltip formatter={(value) => format(Number(value))} />
                  <Line
                    type="monotone"
                    dataKey="value"
                    name={series.title}
                    stroke={INK}
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                </LineChart>
              ) : (
                <BarChart
                  data={data}
                  layout="vertical"
                  accessibilityLayer={false}
                  margin={{ left: 8, right: 24 }}
                >
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" tickFormatter={format} tick={{ fontSize: 12 }} />
                  <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(value) => format(Number(value))} />
                  <Bar dataKey="value" name={series.title} fill={INK} isAnimationActive={false} />
                </BarChart>
              )}
            </ResponsiveContainer>
          </Box>
        )}
        <details>
          <summary>{t('insights.showTable')}</summary>
          <Table mt="xs" striped>
            <Table.Caption ta="start" style={{ captionSide: 'top' }}>
              {series.title}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('insights.labelColumn')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('insights.valueColumn')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.points.map((point, index) => (
                <Table.Tr key={`${point.label}-${index}`}>
                  <Table.Th scope="row" fw={400}>
                    {point.label}
                  </Table.Th>
                  <Table.Td ta="end">{format(point.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
        <Group gap="sm">
          <Button
            variant="default"
            size="compact-sm"
            onClick={download}
            disabled={data.length === 0}
          >
            {t('insights.downloadCsv')}
            <VisuallyHidden>: {series.title}</VisuallyHidden>
          </Button>
          <Text role="status" size="sm">
            {saved}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
