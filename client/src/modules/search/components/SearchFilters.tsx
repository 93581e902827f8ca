import { Box, Button, Checkbox, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCity } from '../../city/hooks/useCity';
import { ORGANIZATION_TYPES } from '../../organizations/options';
import type { SearchFacets } from '../hooks/useSearch';
import { neighborhoodName, sectorName } from '../labels';
import {
  BUSINESS_STAGES,
  OPPORTUNITY_KINDS,
  RESULT_TYPES,
  activeFilterCount,
  emptyFilters,
  type ListFilter,
  type SearchState,
} from '../searchParams';
import classes from './SearchFilters.module.css';

/** How many values of a facet show before "Show all". */
const VALUES_SHOWN = 6;

interface SearchFiltersProps {
  state: SearchState;
  /** Undefined until the first answer. */
  facets: SearchFacets | undefined;
  signedIn: boolean;
  onChange: (state: SearchState) => void;
}

/**
 * The filters, each value with how many results it has. Values come from the facets the server
 * counted, plus any chosen one it did not count (so it can still be unticked).
 */
export function SearchFilters({ state, facets, signedIn, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const { city } = useCity();

  function toggle(filter: ListFilter, value: string, checked: boolean) {
    const current: readonly string[] = state[filter];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...state, [filter]: next });
  }

  const known =
    (values: readonly string[], label: (value: string) => string) =>
    (value: string): string | undefined =>
      values.includes(value) ? label(value) : undefined;

  const groups: { filter: ListFilter; label: (value: string) => string | undefined }[] = [
    {
      filter: 'types',
      label: known(RESULT_TYPES, (v) => t(`search.types.${v as (typeof RESULT_TYPES)[number]}`)),
    },
    {
      filter: 'kinds',
      label: known(OPPORTUNITY_KINDS, (v) =>
        t(`search.opportunityKinds.${v as (typeof OPPORTUNITY_KINDS)[number]}`),
      ),
    },
    { filter: 'sectors', label: (v) => sectorName(t, city, v) },
    { filter: 'neighborhoods', label: (v) => neighborhoodName(city, v) },
    {
      filter: 'stages',
      label: known(BUSINESS_STAGES, (v) => t(`stages.${v as (typeof BUSINESS_STAGES)[number]}`)),
    },
    {
      filter: 'organizationTypes',
      label: known(ORGANIZATION_TYPES, (v) =>
        t(`orgTypes.${v as (typeof ORGANIZATION_TYPES)[number]}`),
      ),
    },
  ];

  const networkCount = facets?.inMyNetwork;
  const atLeast = facets?.countsAreLowerBounds ?? false;
  return (
    <Stack gap="lg">
      {groups.map(({ filter, label }) => (
        <FacetGroup
          key={filter}
          legend={t(`searchPage.facets.${filter}`)}
          counts={facets?.[FACET_FIELD[filter]] ?? []}
          selected={state[filter]}
          label={label}
          atLeast={atLeast}
          onToggle={(value, checked) => toggle(filter, value, checked)}
        />
      ))}
      <Box component="fieldset" className={classes.fieldset}>
        <Text component="legend" fw={700} size="sm" className={classes.legend}>
          {t('searchPage.facets.more')}
        </Text>
        <Stack gap={8}>
          <Checkbox
            label={withCount(t, t('searchPage.verifiedOnly'), facets?.verified, atLeast)}
            checked={state.verifiedOnly}
            onChange={(event) => onChange({ ...state, verifiedOnly: event.currentTarget.checked })}
          />
          {signedIn && networkCount !== null && networkCount !== undefined && (
            <Checkbox
              label={withCount(t, t('searchPage.inMyNetwork'), networkCount, atLeast)}
              checked={state.inMyNetwork}
              onChange={(event) => onChange({ ...state, inMyNetwork: event.currentTarget.checked })}
            />
          )}
        </Stack>
      </Box>
      {activeFilterCount(state) > 0 && (
        <Button
          variant="default"
          onClick={() => onChange({ query: state.query, ...emptyFilters() })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('searchPage.clearFilters')}
        </Button>
      )}
    </Stack>
  );
}

const FACET_FIELD = {
  types: 'types',
  kinds: 'kinds',
  sectors: 'sectors',
  neighborhoods: 'neighborhoods',
  stages: 'stages',
  organizationTypes: 'organizationTypes',
} as const satisfies Record<ListFilter, keyof SearchFacets>;

/** "Label (12)", or "Label (12+)" when a broad search counted only up to its cap. */
function withCount(
  t: TFunction,
  label: string,
  count: number | undefined,
  atLeast: boolean,
): string {
  if (count === undefined) return label;
  return t(atLeast && count > 0 ? 'searchPage.withCountAtLeast' : 'searchPage.withCount', {
    label,
    count,
  });
}

interface FacetGroupProps {
  legend: string;
  counts: readonly { value: string; count: number }[];
  selected: readonly string[];
  /** The value's name, or undefined for a value this client cannot filter by. */
  label: (value: string) => string | undefined;
  /** The counts are lower bounds (a broad search counted up to its cap). */
  atLeast: boolean;
  onToggle: (value: string, checked: boolean) => void;
}

function FacetGroup({ legend, counts, selected, label, atLeast, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const values = [
    ...counts,
    ...selected
      .filter((value) => !counts.some((facet) => facet.value === value))
      .map((value) => ({ value, count: 0 })),
  ].flatMap(({ value, count }) => {
    const name = label(value);
    return name === undefined ? [] : [{ value, count, name }];
  });
  if (values.length === 0) return null;
  const shown = expanded
    ? values
    : values.filter((facet, index) => index < VALUES_SHOWN || selected.includes(facet.value));

  return (
    <Box component="fieldset" className={classes.fieldset}>
      <Text component="legend" fw={700} size="sm" className={classes.legend}>
        {legend}
      </Text>
      <Stack gap={8}>
        {shown.map((facet) => (
          <Checkbox
            key={facet.value}
            label={withCount(t, facet.name, facet.count, atLeast)}
            checked={selected.includes(facet.value)}
            onChange={(event) => onToggle(facet.value, event.currentTarget.checked)}
          />
        ))}
        {values.length > VALUES_SHOWN && (
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            aria-label={
              expanded
                ? t('searchPage.showFewerNamed', { facet: legend })
                : t('searchPage.showAllNamed', { facet: legend, count: values.length })
            }
            onClick={() => setExpanded(!expanded)}
          >
            {expanded
              ? t('searchPage.showFewer')
              : t('searchPage.showAll', { count: values.length })}
          </Button>
        )}
      </Stack>
    </Box>
  );
}
