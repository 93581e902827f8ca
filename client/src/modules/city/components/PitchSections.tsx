import { Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { City } from '../hooks/useCity';
import { PitchCard } from './PitchCard';

export function PitchSections({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <Container component="section" aria-labelledby="pitch-title" size="lg" py="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title id="pitch-title" order={2}>
            {t('pitch.heading', { city: city.name })}
          </Title>
          <Text c="dimmed">{t('pitch.intro', { city: city.name })}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          {city.pitch.map((section) => (
            <PitchCard key={section.key} section={section} />
          ))}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
