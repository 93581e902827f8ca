import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { useCity } from '../../city/hooks/useCity';
import { INSIGHTS_FILTER_KEYS, NO_INSIGHTS_FILTER, type InsightsFilterValues } from '../filters';

interface InsightsFiltersProps {
  values: InsightsFilterValues;
  onApply: (values: InsightsFilterValues) => void;
}

/** A range of days, a sector and a neighborhood of the city; applied together when sent. */
export function InsightsFilters({ values, onApply }: InsightsFiltersProps) {
  const { t } = useTranslation();
  const { city } = useCity();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [draft, setDraft] = useState(values);
  const [rangeError, setRangeError] = useState<string>();
  // Filters changed from elsewhere (the address, going back) replace what the form shows.
  const [shown, setShown] = useState(values);
  if (INSIGHTS_FILTER_KEYS.some((key) => shown[key] !== values[key])) {
    setShown(values);
    setDraft(values);
    setRangeError(undefined);
  }

  function change(patch: Partial<InsightsFilterValues>) {
    setDraft((current) => ({ ...current, ...patch }));
    setRangeError(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setRangeError(t('insights.rangeBackwards'));
      focusFirstInvalid();
      return;
    }
    onApply(draft);
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      role="search"
      aria-label={t('insights.filtersLabel')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput
            type="date"
            label={t('insights.from')}
            value={draft.from}
            onChange={(event) => change({ from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('insights.to')}
            value={draft.to}
            error={rangeError}
            onChange={(event) => change({ to: event.currentTarget.value })}
          />
          <Select
            label={t('insights.sector')}
            placeholder={t('insights.anySector')}
            data={(city?.sectors ?? []).map((sector) => ({
              value: sector.code,
              label: sector.name,
            }))}
            value={draft.sector || null}
            onChange={(value) => change({ sector: value ?? '' })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('insights.clearSector') }}
          />
          <Select
            label={t('insights.neighborhood')}
            placeholder={t('insights.anyNeighborhood')}
            data={(city?.neighborhoods ?? []).map((place) => ({
              value: place.slug,
              label: place.name,
            }))}
            value={draft.neighborhood || null}
            onChange={(value) => change({ neighborhood: value ?? '' })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('insights.clearNeighborhood') }}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">{t('insights.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(NO_INSIGHTS_FILTER);
              setRangeError(undefined);
              onApply(NO_INSIGHTS_FILTER);
            }}
          >
            {t('insights.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
