import {
  Alert,
  Box,
  Button,
  Container,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../modules/auth/hooks/useSession';
import { SearchFilters } from '../../modules/search/components/SearchFilters';
import { SearchIcon } from '../../modules/search/components/SearchIcon';
import { SearchResultRow } from '../../modules/search/components/SearchResultRow';
import { useSearch } from '../../modules/search/hooks/useSearch';
import {
  activeFilterCount,
  emptyFilters,
  paramsFromSearchState,
  searchFilter,
  searchStateFromParams,
  type SearchState,
} from '../../modules/search/searchParams';
import classes from './SearchPage.module.css';

/**
 * `/search?q=…`: every result for a query, with filters and how many results each value has.
 * The query and the filters live in the URL, so a view can be shared and the back button
 * steps back through the changes.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const signedIn = status === 'signedIn';
  const [searchParams, setSearchParams] = useSearchParams();
  const state = searchStateFromParams(searchParams);
  const filterCount = activeFilterCount(state);
  const idle = state.query.trim() === '' && filterCount === 0;
  const { results, loading, loadingMore, error, loadMore, retry } = useSearch(
    state.query.trim(),
    searchFilter(state, signedIn),
    idle || status === 'loading',
  );
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [firstNew, setFirstNew] = useState<number>();
  const filtersId = useId();

  function change(next: SearchState) {
    setFirstNew(undefined);
    setSearchParams(paramsFromSearchState(next));
  }

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>
        {state.query
          ? t('searchPage.documentTitleQuery', { query: state.query })
          : t('searchPage.documentTitle')}
      </title>
      <Stack gap="xl">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('searchPage.title')}</Title>
          <Text c="dimmed">{t('searchPage.intro')}</Text>
        </Stack>
        <QueryForm
          // A new query in the URL (the back button, the header's box) starts the field afresh.
          key={state.query}
          query={state.query}
          onSearch={(query) => change({ ...state, query })}
        />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack component="section" aria-labelledby={`${filtersId}-heading`} gap="sm">
              <Title id={`${filtersId}-heading`} order={2} fz="h4">
                {t('searchPage.filtersHeading')}
              </Title>
              <Button
                className={classes.toggle}
                variant="default"
                aria-expanded={filtersOpen}
                aria-controls={filtersId}
                onClick={() => setFiltersOpen(!filtersOpen)}
                style={{ alignSelf: 'flex-start' }}
              >
                {filterCount > 0
                  ? t('searchPage.filtersToggleCount', { count: filterCount })
                  : t('searchPage.filtersToggle')}
              </Button>
              <Box id={filtersId} className={classes.filters} data-open={filtersOpen || undefined}>
                <SearchFilters
                  state={state}
                  facets={results?.facets}
                  signedIn={signedIn}
                  onChange={change}
                />
              </Box>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack
              component="section"
              aria-labelledby={`${filtersId}-results`}
              aria-busy={loading}
              gap="md"
            >
              <Title id={`${filtersId}-results`} order={2} fz="h4">
                {t('searchPage.resultsHeading')}
              </Title>
              <Results
                state={state}
                idle={idle}
                results={results}
                loading={loading}
                loadingMore={loadingMore}
                failed={error !== undefined}
                firstNew={firstNew}
                onRetry={retry}
                onClearFilters={() => change({ query: state.query, ...emptyFilters() })}
                onLoadMore={() => {
                  setFirstNew(results?.nodes.length);
                  void loadMore();
                }}
              />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

function QueryForm({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(query);
  return (
    <form
      role="search"
      aria-label={t('searchPage.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim());
      }}
    >
      <Group gap="sm" align="flex-end" wrap="nowrap" maw={720}>
        <TextInput
          type="search"
          label={t('searchPage.queryLabel')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          leftSection={<SearchIcon size={16} />}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit">{t('searchPage.submit')}</Button>
      </Group>
    </form>
  );
}

interface ResultsProps {
  state: SearchState;
  idle: boolean;
  results: ReturnType<typeof useSearch>['results'];
  loading: boolean;
  loadingMore: boolean;
  failed: boolean;
  firstNew: number | undefined;
  onRetry: () => void;
  onClearFilters: () => void;
  onLoadMore: () => void;
}

function Results({
  state,
  idle,
  results,
  loading,
  loadingMore,
  failed,
  firstNew,
  onRetry,
  onClearFilters,
  onLoadMore,
}: ResultsProps) {
  const { t } = useTranslation();
  const query = state.query.trim();
  if (idle) return <Text c="dimmed">{t('searchPage.prompt')}</Text>;
  if (!results && failed) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('searchPage.loadError')}</Text>
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('status.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (!results) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('searchPage.loading')}
        </Text>
      </Group>
    );
  }
  return (
    <>
      <Text role="status" size="sm" fw={600}>
        {/* While a new query or filter is answered, the previous results stay, uncounted. */}
        {loading
          ? t('searchPage.loading')
          : query
            ? t(results.totalCountIsLowerBound ? 'searchPage.countAtLeast' : 'searchPage.count', {
                count: results.totalCount,
                query,
              })
            : t(
                results.totalCountIsLowerBound
                  ? 'searchPage.countNoQueryAtLeast'
                  : 'searchPage.countNoQuery',
                { count: results.totalCount },
              )}
      </Text>
      {results.nodes.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>
            {query ? t('searchPage.emptyTitle', { query }) : t('searchPage.emptyTitleNoQuery')}
          </Text>
          <Text c="dimmed">{t('searchPage.emptyHelp')}</Text>
          {activeFilterCount(state) > 0 && (
            <>
              <Text c="dimmed">{t('searchPage.emptyFiltersHelp')}</Text>
              <Button variant="default" onClick={onClearFilters}>
                {t('searchPage.clearFilters')}
              </Button>
            </>
          )}
        </Stack>
      ) : (
        <Box component="ul" p={0} m={0}>
          {results.nodes.map((hit, index) => (
            <SearchResultRow
              key={`${hit.target.__typename}-${hit.target.id}`}
              hit={hit}
              focus={index === firstNew}
            />
          ))}
        </Box>
      )}
      {results.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={loadingMore} onClick={onLoadMore}>
            {t('searchPage.loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
