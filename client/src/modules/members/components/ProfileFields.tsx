import { MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { BusinessStage, FieldVisibility } from '../../../generated/graphql';
import type { City } from '../../city/hooks/useCity';
import {
  allCountryCodes,
  countryName,
  languageName,
  PROFILE_LANGUAGES,
} from '../../ui/displayNames';
import { ELSEWHERE, MAX_LANGUAGES, MAX_SECTORS, STAGES, VISIBILITIES } from '../profileDraft';

interface SectorsFieldProps {
  city: City | undefined;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  label?: string;
  /** How many may be picked: a profile's five unless another form takes more. */
  max?: number;
}

/** The city's NAICS sectors, at most five (or `max`). */
export function SectorsField({
  city,
  value,
  onChange,
  error,
  label,
  max = MAX_SECTORS,
}: SectorsFieldProps) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={label ?? t('profileForm.sectors')}
      description={t('profileForm.sectorsHint', { max })}
      data={(city?.sectors ?? []).map((sector) => ({ value: sector.code, label: sector.name }))}
      value={value}
      onChange={onChange}
      maxValues={max}
      searchable
      hidePickedOptions
      error={error}
    />
  );
}

interface StageFieldProps {
  value: BusinessStage | null;
  onChange: (value: BusinessStage | null) => void;
  error?: string;
}

export function StageField({ value, onChange, error }: StageFieldProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('profileForm.stage')}
      placeholder={t('profileForm.noStage')}
      data={STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
      value={value}
      onChange={(next) => onChange(STAGES.find((stage) => stage === next) ?? null)}
      clearable
      clearButtonProps={{ 'aria-label': t('common.remove') }}
      error={error}
    />
  );
}

interface LanguagesFieldProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  label?: string;
  max?: number;
}

export function LanguagesField({
  value,
  onChange,
  error,
  label,
  max = MAX_LANGUAGES,
}: LanguagesFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const data = useMemo(() => {
    const codes = [...new Set([...PROFILE_LANGUAGES, ...value])];
    return codes.map((code) => ({ value: code, label: languageName(locale, code) }));
  }, [locale, value]);
  return (
    <MultiSelect
      label={label ?? t('profileForm.languages')}
      data={data}
      value={value}
      onChange={onChange}
      maxValues={max}
      searchable
      hidePickedOptions
      error={error}
    />
  );
}

interface LocationFieldsProps {
  city: City | undefined;
  neighborhood: string | null;
  homeCity: string;
  homeCountry: string | null;
  onChange: (change: {
    neighborhood?: string | null;
    homeCity?: string;
    homeCountry?: string | null;
  }) => void;
  errors?: Partial<Record<'neighborhood' | 'homeCity' | 'homeCountry', string>>;
}

/** A neighborhood of the city, or "I'm elsewhere" revealing city and country. */
export function LocationFields({
  city,
  neighborhood,
  homeCity,
  homeCountry,
  onChange,
  errors = {},
}: LocationFieldsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const countries = useMemo(
    () =>
      allCountryCodes()
        .map((code) => ({ value: code, label: countryName(locale, code) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [locale],
  );
  return (
    <Stack gap="sm">
      <Select
        label={t('profileForm.neighborhood')}
        placeholder={t('profileForm.noStage')}
        data={[
          ...(city?.neighborhoods ?? []).map(({ slug, name }) => ({ value: slug, label: name })),
          { value: ELSEWHERE, label: t('profileForm.elsewhere') },
        ]}
        value={neighborhood}
        onChange={(value) => onChange({ neighborhood: value })}
        clearable
        clearButtonProps={{ 'aria-label': t('common.remove') }}
        searchable
        error={errors.neighborhood}
      />
      {neighborhood === ELSEWHERE && (
        <>
          <TextInput
            label={t('profileForm.homeCity')}
            autoComplete="address-level2"
            maxLength={100}
            value={homeCity}
            error={errors.homeCity}
            onChange={(event) => onChange({ homeCity: event.currentTarget.value })}
          />
          <Select
            label={t('profileForm.homeCountry')}
            data={countries}
            value={homeCountry}
            onChange={(value) => onChange({ homeCountry: value })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.remove') }}
            error={errors.homeCountry}
          />
        </>
      )}
    </Stack>
  );
}

interface VisibilitySelectProps {
  label: string;
  value: FieldVisibility;
  onChange: (value: FieldVisibility) => void;
  error?: string;
}

/** Who sees one field; sits next to the field it governs. */
export function VisibilitySelect({ label, value, onChange, error }: VisibilitySelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={VISIBILITIES.map((visibility) => ({
        value: visibility,
        label: t(`visibility.${visibility}`),
      }))}
      value={value}
      allowDeselect={false}
      onChange={(next) => {
        const found = VISIBILITIES.find((visibility) => visibility === next);
        if (found) onChange(found);
      }}
      error={error}
      w={{ base: '100%', sm: 200 }}
    />
  );
}
