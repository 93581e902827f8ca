import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationFilter, OrganizationType } from '../../generated/graphql';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useCity } from '../../modules/city/hooks/useCity';
import { OrganizationLogo } from '../../modules/organizations/components/OrganizationLogo';
import { VerifiedBadge } from '../../modules/organizations/components/VerifiedBadge';
import {
  useOrganizations,
  type OrganizationSummary,
} from '../../modules/organizations/hooks/useOrganizations';
import { ORGANIZATION_TYPES } from '../../modules/organizations/options';

/** `/organizations`: the directory, filtered by type, sector, neighborhood and the badge. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const { city } = useCity();
  const [type, setType] = useState<OrganizationType | null>(null);
  const [sector, setSector] = useState<string | null>(null);
  const [neighborhood, setNeighborhood] = useState<string | null>(null);
  const [verifiedOnly, setVerifiedOnly] = useState(false);

  const filter: OrganizationFilter = {
    ...(type ? { type } : {}),
    ...(sector ? { sector } : {}),
    ...(neighborhood ? { neighborhood } : {}),
    ...(verifiedOnly ? { verifiedOnly } : {}),
  };
  const { organizations, hasNextPage, loading, loadingMore, error, loadMore } =
    useOrganizations(filter);
  const any = t('organizations.any');

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('organizations.documentTitle')}</title>
      <Stack gap="xl">
        <Group justify="space-between" align="flex-end" gap="md">
          <Stack gap="xs" maw={640}>
            <Title order={1}>{t('organizations.title')}</Title>
            <Text c="dimmed">{t('organizations.intro')}</Text>
          </Stack>
          {status === 'signedIn' && (
            <Button component={Link} to="/organizations/new">
              {t('organizations.create')}
            </Button>
          )}
        </Group>

        <Stack component="section" aria-labelledby="organization-filters" gap="sm">
          <Title id="organization-filters" order={2} fz="h4">
            {t('organizations.filtersHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" verticalSpacing="sm">
            <Select
              label={t('organizations.type')}
              placeholder={any}
              data={ORGANIZATION_TYPES.map((value) => ({ value, label: t(`orgTypes.${value}`) }))}
              value={type}
              onChange={(value) => setType(ORGANIZATION_TYPES.find((v) => v === value) ?? null)}
              clearable
              clearButtonProps={{ 'aria-label': t('common.remove') }}
            />
            <Select
              label={t('organizations.sector')}
              placeholder={any}
              data={(city?.sectors ?? []).map(({ code, name }) => ({ value: code, label: name }))}
              value={sector}
              onChange={setSector}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.remove') }}
            />
            <Select
              label={t('organizations.neighborhood')}
              placeholder={any}
              data={(city?.neighborhoods ?? []).map(({ slug, name }) => ({
                value: slug,
                label: name,
              }))}
              value={neighborhood}
              onChange={setNeighborhood}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.remove') }}
            />
            <Checkbox
              label={t('organizations.verifiedOnly')}
              checked={verifiedOnly}
              onChange={(event) => setVerifiedOnly(event.currentTarget.checked)}
              mt={{ base: 0, md: 32 }}
            />
          </SimpleGrid>
        </Stack>

        <Stack
          component="section"
          aria-label={t('organizations.resultsLabel')}
          aria-busy={loading}
          gap="md"
        >
          {error && !organizations && (
            <Alert color="red" variant="light" role="alert">
              {t('status.errorServer')}
            </Alert>
          )}
          {organizations && organizations.length === 0 && (
            <Text role="status">{t('organizations.empty')}</Text>
          )}
          {organizations && organizations.length > 0 && (
            <>
              <Text role="status" size="sm" c="dimmed">
                {t('organizations.count', { count: organizations.length })}
              </Text>
              <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" p={0} m={0}>
                {organizations.map((organization) => (
                  <OrganizationCard key={organization.id} organization={organization} />
                ))}
              </SimpleGrid>
            </>
          )}
          {hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('organizations.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      </Stack>
    </Container>
  );
}

function OrganizationCard({ organization }: { organization: OrganizationSummary }) {
  const { t } = useTranslation();
  const { city } = useCity();
  const neighborhood = city?.neighborhoods.find((n) => n.slug === organization.neighborhood)?.name;
  const sectors = organization.sectors
    .map((code) => city?.sectors.find((sector) => sector.code === code)?.name ?? code)
    .join(', ');
  return (
    <Card component="li" withBorder radius="md" padding="md" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group gap="sm" wrap="nowrap" align="center">
          <OrganizationLogo organization={organization} size={44} />
          <Group gap="xs" wrap="wrap" miw={0}>
            <Anchor component={Link} to={`/o/${organization.slug}`} fw={700} fz="lg">
              {organization.name}
            </Anchor>
            {organization.verified && <VerifiedBadge size="sm" />}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {[t(`orgTypes.${organization.type}`), neighborhood].filter(Boolean).join(' · ')}
        </Text>
        {sectors && <Text size="sm">{sectors}</Text>}
        {organization.description && (
          <Text size="sm" lineClamp={3}>
            {organization.description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
