import {
  Alert,
  Button,
  Collapse,
  Container,
  Grid,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../modules/auth/hooks/useSession';
import { STAGES } from '../../modules/members/profileDraft';
import { OpportunityCard } from '../../modules/opportunities/components/OpportunityCard';
import {
  OpportunityFilters,
  type FilterValues,
} from '../../modules/opportunities/components/OpportunityFilters';
import { useOpportunitySearch } from '../../modules/opportunities/hooks/useOpportunitySearch';
import { isOpportunityKind } from '../../modules/opportunities/options';

const FILTERS_ID = 'opportunity-filters-panel';

/** The filters as the address keeps them: `?q=…&kind=FUNDING&kind=SPACE&sector=54…`. */
function readParams(params: URLSearchParams): { query: string; filters: FilterValues } {
  return {
    query: params.get('q') ?? '',
    filters: {
      kinds: params.getAll('kind').filter(isOpportunityKind),
      sectors: params.getAll('sector'),
      stages: STAGES.filter((stage) => params.getAll('stage').includes(stage)),
      neighborhoods: params.getAll('neighborhood'),
    },
  };
}

function writeParams(query: string, filters: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const kind of filters.kinds) params.append('kind', kind);
  for (const sector of filters.sectors) params.append('sector', sector);
  for (const stage of filters.stages) params.append('stage', stage);
  for (const neighborhood of filters.neighborhoods) params.append('neighborhood', neighborhood);
  return params;
}

const NO_FILTERS: FilterValues = { kinds: [], sectors: [], stages: [], neighborhoods: [] };

/**
 * `/opportunities`: published opportunities, searched and filtered, with the count of each filter's
 * values. Filters live in the address, so a filtered view can be shared and Back undoes a change.
 */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const [params, setParams] = useSearchParams();
  const { query, filters } = readParams(params);
  const results = useOpportunitySearch({ query, ...filters });
  // Read at once (not after a first render) so that wide screens never flash closed filters.
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpened, setFiltersOpened] = useState(false);
  const active =
    filters.kinds.length +
    filters.sectors.length +
    filters.stages.length +
    filters.neighborhoods.length;

  const show = (nextQuery: string, nextFilters: FilterValues) =>
    setParams(writeParams(nextQuery, nextFilters));

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('opportunities.documentTitle')}</title>
      <Stack gap="xl">
        <Group justify="space-between" align="flex-end" gap="md">
          <Stack gap="xs" maw={640}>
            <Title order={1}>{t('opportunities.title')}</Title>
            <Text c="dimmed">{t('opportunities.intro')}</Text>
          </Stack>
          {status === 'signedIn' && (
            <Group gap="sm">
              <Button component={Link} to="/opportunities/mine" variant="default">
                {t('opportunities.mineLink')}
              </Button>
              <Button component={Link} to="/opportunities/new">
                {t('opportunities.post')}
              </Button>
            </Group>
          )}
        </Group>

        <SearchForm key={query} query={query} onSearch={(next) => show(next, filters)} />

        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <Stack component="section" aria-labelledby="opportunity-filters" gap="sm">
              <Group justify="space-between" gap="sm">
                <Title id="opportunity-filters" order={2} fz="h4">
                  {t('opportunities.filtersHeading')}
                </Title>
                {active > 0 && (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => show(query, NO_FILTERS)}
                  >
                    {t('opportunities.clearFilters', { count: active })}
                  </Button>
                )}
              </Group>
              <Button
                hiddenFrom="md"
                variant="default"
                aria-expanded={filtersOpened}
                aria-controls={FILTERS_ID}
                onClick={() => setFiltersOpened((opened) => !opened)}
              >
                {filtersOpened
                  ? t('opportunities.hideFilters')
                  : active > 0
                    ? t('opportunities.showActiveFilters', { count: active })
                    : t('opportunities.showFilters')}
              </Button>
              <Collapse expanded={filtersOpened || wide} id={FILTERS_ID}>
                <OpportunityFilters
                  values={filters}
                  facets={results.facets}
                  onChange={(next) => show(query, next)}
                />
              </Collapse>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            <Stack
              component="section"
              aria-labelledby="opportunity-results"
              aria-busy={results.loading}
              gap="md"
            >
              <VisuallyHidden>
                <Title id="opportunity-results" order={2}>
                  {t('opportunities.resultsHeading')}
                </Title>
              </VisuallyHidden>
              {results.error && !results.opportunities && (
                <Alert color="red" variant="light" role="alert">
                  {t('status.errorServer')}
                </Alert>
              )}
              {!results.error && !results.opportunities && (
                <Group justify="center" py="lg" role="status">
                  <Loader size="sm" aria-hidden="true" />
                  <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
                </Group>
              )}
              {results.opportunities && (
                <Text role="status" size="sm" c="dimmed">
                  {results.opportunities.length === 0
                    ? t('opportunities.empty')
                    : t(
                        results.totalCountIsLowerBound
                          ? 'opportunities.countAtLeast'
                          : 'opportunities.count',
                        { count: results.totalCount ?? 0 },
                      )}
                </Text>
              )}
              {results.opportunities && results.opportunities.length > 0 && (
                <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" p={0} m={0}>
                  {results.opportunities.map((opportunity) => (
                    <OpportunityCard key={opportunity.id} opportunity={opportunity} />
                  ))}
                </SimpleGrid>
              )}
              {results.hasNextPage && (
                <Group justify="center">
                  <Button
                    variant="default"
                    loading={results.loadingMore}
                    onClick={() => void results.loadMore()}
                  >
                    {t('opportunities.loadMore')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

/** The text to search for; remounted (by its key) when the address changes it. */
function SearchForm({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text);
  }
  return (
    <form role="search" aria-label={t('opportunities.searchLabel')} onSubmit={submit}>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('opportunities.searchLabel')}
          placeholder={t('opportunities.searchPlaceholder')}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1 }}
          miw={0}
        />
        <Button type="submit">{t('opportunities.searchSubmit')}</Button>
      </Group>
    </form>
  );
}
