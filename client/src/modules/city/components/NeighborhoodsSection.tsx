import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TagList } from '../../ui/TagList';
import type { City } from '../hooks/useCity';

export function NeighborhoodsSection({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <Container component="section" aria-labelledby="neighborhoods-title" size="lg" py="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title id="neighborhoods-title" order={2}>
            {t('neighborhoods.heading')}
          </Title>
          <Text c="dimmed">{t('neighborhoods.intro', { city: city.name })}</Text>
        </Stack>
        <TagList
          tags={city.neighborhoods.map(({ slug, name }) => ({ key: slug, label: name }))}
          variant="light"
          c="grow.9"
          radius="xl"
          fw={600}
        />
      </Stack>
    </Container>
  );
}
