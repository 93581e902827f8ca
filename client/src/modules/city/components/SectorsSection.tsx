import { Card, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TagList } from '../../ui/TagList';
import type { City } from '../hooks/useCity';

/** The in-page target of the hero's "Explore sectors" link. */
export const SECTORS_SECTION_ID = 'sectors';

export function SectorsSection({ city }: { city: City }) {
  const { t } = useTranslation();
  const featured = city.sectors.filter((sector) => sector.featured);
  const others = city.sectors.filter((sector) => !sector.featured);
  return (
    <Container
      component="section"
      id={SECTORS_SECTION_ID}
      aria-labelledby="sectors-title"
      size="lg"
      py="xl"
      style={{ scrollMarginTop: 'var(--mantine-spacing-md)' }}
    >
      <Stack gap="lg">
        <Stack gap="xs">
          <Title id="sectors-title" order={2}>
            {t('sectors.heading')}
          </Title>
          <Text c="dimmed">{t('sectors.intro', { city: city.name })}</Text>
        </Stack>

        {featured.length > 0 && (
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('sectors.featuredHeading')}
            </Title>
            <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" p={0} m={0}>
              {featured.map((sector) => (
                <Card
                  component="li"
                  key={sector.code}
                  padding="md"
                  radius="md"
                  bg="grow.0"
                  style={{ listStyle: 'none', borderLeft: '4px solid var(--mantine-color-grow-7)' }}
                >
                  <Text fw={700}>{sector.name}</Text>
                  <Text size="sm" c="dimmed">
                    {t('sectors.naics', { code: sector.code })}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        )}

        {others.length > 0 && (
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('sectors.otherHeading')}
            </Title>
            <TagList
              tags={others.map((sector) => ({
                key: sector.code,
                label: sector.name,
                title: t('sectors.naics', { code: sector.code }),
              }))}
              variant="outline"
              color="gray.7"
              c="dark.7"
              radius="sm"
              fw={500}
            />
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
