import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessStage, OpportunityKind } from '../../../generated/graphql';
import { STAGES } from '../../members/profileDraft';
import { useCityNames } from '../hooks/useCityNames';
import type { OpportunityFacets } from '../hooks/useOpportunitySearch';
import { OPPORTUNITY_KINDS } from '../options';

export interface FilterValues {
  kinds: OpportunityKind[];
  sectors: string[];
  stages: BusinessStage[];
  neighborhoods: string[];
}

interface OpportunityFiltersProps {
  values: FilterValues;
  facets: OpportunityFacets | undefined;
  onChange: (values: FilterValues) => void;
}

interface Option {
  value: string;
  label: string;
  count: number;
}

/**
 * The browse page's filters, each option with how many results have it. Kinds and stages list
 * every value; sectors and neighborhoods (dozens of them) only those found, and those chosen.
 */
export function OpportunityFilters({ values, facets, onChange }: OpportunityFiltersProps) {
  const { t } = useTranslation();
  const { sectorName, neighborhoodName } = useCityNames();
  const atLeast = facets?.countsAreLowerBounds ?? false;
  const counts = (list: readonly { value: string; count: number }[] | undefined) =>
    new Map((list ?? []).map(({ value, count }) => [value, count]));

  const kindCounts = counts(facets?.kinds);
  const stageCounts = counts(facets?.stages);
  const found = (
    list: readonly { value: string; count: number }[] | undefined,
    chosen: readonly string[],
    name: (value: string) => string,
  ): Option[] => {
    const byValue = counts(list);
    const shown = new Set([
      ...(list ?? []).filter(({ count }) => count > 0).map(({ value }) => value),
      ...chosen,
    ]);
    return [...shown]
      .map((value) => ({ value, label: name(value), count: byValue.get(value) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };

  return (
    <Stack gap="lg">
      <FacetGroup
        atLeast={atLeast}
        label={t('opportunities.filterKind')}
        options={OPPORTUNITY_KINDS.map((value) => ({
          value,
          label: t(`opportunityKinds.${value}`),
          count: kindCounts.get(value) ?? 0,
        }))}
        value={values.kinds}
        onChange={(kinds) =>
          onChange({ ...values, kinds: OPPORTUNITY_KINDS.filter((kind) => kinds.includes(kind)) })
        }
      />
      <FacetGroup
        atLeast={atLeast}
        label={t('opportunities.filterSector')}
        options={found(facets?.sectors, values.sectors, sectorName)}
        value={values.sectors}
        onChange={(sectors) => onChange({ ...values, sectors })}
      />
      <FacetGroup
        atLeast={atLeast}
        label={t('opportunities.filterStage')}
        options={STAGES.map((value) => ({
          value,
          label: t(`stages.${value}`),
          count: stageCounts.get(value) ?? 0,
        }))}
        value={values.stages}
        onChange={(stages) =>
          onChange({ ...values, stages: STAGES.filter((stage) => stages.includes(stage)) })
        }
      />
      <FacetGroup
        atLeast={atLeast}
        label={t('opportunities.filterNeighborhood')}
        description={t('opportunities.filterNeighborhoodHint')}
        options={found(facets?.neighborhoods, values.neighborhoods, neighborhoodName)}
        value={values.neighborhoods}
        onChange={(neighborhoods) => onChange({ ...values, neighborhoods })}
      />
    </Stack>
  );
}

function FacetGroup({
  label,
  description,
  options,
  value,
  onChange,
  atLeast,
}: {
  label: string;
  description?: string;
  /** The counts are lower bounds (a broad search counted up to its cap). */
  atLeast: boolean;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} description={description} value={value} onChange={onChange}>
      <Stack gap={8} mt="xs">
        {options.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('opportunities.filterNone')}
          </Text>
        )}
        {options.map((option) => (
          <Checkbox
            key={option.value}
            value={option.value}
            label={t(
              atLeast && option.count > 0
                ? 'opportunities.facetOptionAtLeast'
                : 'opportunities.facetOption',
              { label: option.label, count: option.count },
            )}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
