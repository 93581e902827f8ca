import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { formatInsightValue } from '../format';
import type { InsightFigure } from '../hooks/useEcosystemInsights';

/** Each figure on a card: its title, its value in its unit, and its plain definition beside it. */
export function FigureCards({ figures }: { figures: InsightFigure[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p={0} m={0}>
      {figures.map((figure) => (
        <Paper
          component="li"
          key={figure.key}
          withBorder
          p="md"
          radius="md"
          style={{ listStyle: 'none' }}
        >
          <Title order={3} fz="h5">
            {figure.title}
          </Title>
          <Text fz={32} fw={800} c="grow.9" lh={1.3}>
            {formatInsightValue(t, locale, figure.unit, figure.value ?? null)}
          </Text>
          <Text size="sm" c="dimmed">
            {figure.definition}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
