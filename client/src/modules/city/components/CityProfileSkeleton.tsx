import { Container, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stands in for the landing page while the city loads; announced once as a status. */
export function CityProfileSkeleton() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py={{ base: 48, sm: 80 }} aria-busy="true">
      {/* The page's one h1 while loading, announced as a status. */}
      <div role="status">
        <VisuallyHidden component="h1">{t('status.loading')}</VisuallyHidden>
      </div>
      <Stack gap="lg" aria-hidden="true">
        <Skeleton height={14} width={220} />
        <Skeleton height={52} width="70%" />
        <Skeleton height={20} width="90%" />
        <Skeleton height={20} width="60%" />
        <Skeleton height={42} width={300} maw="100%" />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" mt="xl">
          {[0, 1, 2].map((card) => (
            <Skeleton key={card} height={220} radius="lg" />
          ))}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
