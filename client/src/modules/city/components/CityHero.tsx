import { Box, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { City } from '../hooks/useCity';
import { SECTORS_SECTION_ID } from './SectorsSection';

export function CityHero({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <Box
      component="section"
      aria-labelledby="city-hero-title"
      py={{ base: 48, sm: 80 }}
      style={{
        background:
          'linear-gradient(160deg, var(--mantine-color-grow-0) 0%, var(--mantine-color-white) 70%)',
      }}
    >
      <Container size="lg">
        <Stack gap="lg" maw={720}>
          <Text fw={700} c="grow.8" tt="uppercase" fz="sm" style={{ letterSpacing: '0.06em' }}>
            {t('hero.eyebrow', { city: city.name })}
          </Text>
          <Title id="city-hero-title" order={1} fz={{ base: 40, sm: 56 }} lh={1.1}>
            {t('hero.title', { city: city.name })}
          </Title>
          <Text fz={{ base: 'lg', sm: 'xl' }} fw={500}>
            {city.tagline}
          </Text>
          <Text c="dimmed">{t('hero.lead')}</Text>
          <Group gap="sm">
            <Button component={Link} to="/join" size="md">
              {t('hero.join')}
            </Button>
            <Button component="a" href={`#${SECTORS_SECTION_ID}`} size="md" variant="default">
              {t('hero.explore')}
            </Button>
          </Group>
        </Stack>
      </Container>
    </Box>
  );
}
