import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateOrganizationInput,
  OrganizationType,
  SizeBand,
} from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import type { City } from '../../city/hooks/useCity';
import { toStatementInputs, toStatementRows, type StatementRow } from '../../statements/categories';
import { StatementRowsField } from '../../statements/components/StatementRowsField';
import { formProblems } from '../../ui/formProblems';
import type { OrganizationDetails } from '../hooks/useOrganization';
import {
  MAX_ORGANIZATION_SECTORS,
  ORGANIZATION_TYPES,
  SIZE_BANDS,
  SLUG_PATTERN,
  slugFromName,
} from '../options';

const SHOWN =
  /^(name|slug|type|sectors|sizeBand|neighborhood|address|website|foundedYear|description|(needs|offers)\.\d+(\.\w+)?)$/;

export type OrganizationValues = Omit<CreateOrganizationInput, 'slug'> & { slug: string };

interface OrganizationFormProps {
  /** The organization being edited; a new one when absent (and then the slug can be chosen). */
  organization?: OrganizationDetails;
  city: City | undefined;
  submitLabel: string;
  loading: boolean;
  onSubmit: (values: OrganizationValues) => Promise<void>;
}

/** Create or edit an organization; server errors land on the control they name. */
export function OrganizationForm({
  organization,
  city,
  submitLabel,
  loading,
  onSubmit,
}: OrganizationFormProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const creating = !organization;
  const [name, setName] = useState(organization?.name ?? '');
  const [slug, setSlug] = useState(organization?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(!creating);
  const [type, setType] = useState<OrganizationType | null>(organization?.type ?? null);
  const [sectors, setSectors] = useState<string[]>(organization?.sectors ?? []);
  const [sizeBand, setSizeBand] = useState<SizeBand | null>(organization?.sizeBand ?? null);
  const [neighborhood, setNeighborhood] = useState<string | null>(
    organization?.neighborhood ?? null,
  );
  const [address, setAddress] = useState(organization?.address ?? '');
  const [website, setWebsite] = useState(organization?.website ?? '');
  const [foundedYear, setFoundedYear] = useState<number | string>(organization?.foundedYear ?? '');
  const [description, setDescription] = useState(organization?.description ?? '');
  const [needs, setNeeds] = useState<StatementRow[]>(() =>
    toStatementRows(organization?.needs ?? []),
  );
  const [offers, setOffers] = useState<StatementRow[]>(() =>
    toStatementRows(organization?.offers ?? []),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();

  const shownSlug = slugTouched ? slug : slugFromName(name);

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (name.trim().length < 2) found.name = t('profileForm.required');
    if (creating && !(SLUG_PATTERN.test(shownSlug) && shownSlug.length >= 3))
      found.slug = t('organizationForm.slugHint', { slug: shownSlug || 'harbor-kitchen' });
    if (!type) found.type = t('profileForm.required');
    if (website.trim() && !/^https?:\/\/\S+\.\S+/.test(website.trim()))
      found.website = t('profileForm.urlInvalid');
    for (const [kind, rows] of [
      ['needs', needs],
      ['offers', offers],
    ] as const) {
      rows.forEach((row, index) => {
        if (row.category === null && !row.text.trim()) return;
        if (row.category === null) found[`${kind}.${index}.category`] = t('profileForm.required');
        if (!row.text.trim()) found[`${kind}.${index}.text`] = t('statements.textRequired');
      });
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !type) {
      focusFirstInvalid();
      return;
    }
    const year = typeof foundedYear === 'number' ? foundedYear : null;
    try {
      await onSubmit({
        name: name.trim(),
        slug: shownSlug,
        type,
        sectors,
        sizeBand,
        neighborhood,
        address: address.trim() || null,
        website: website.trim() || null,
        foundedYear: year,
        description: description.trim(),
        needs: toStatementInputs(needs),
        offers: toStatementInputs(offers),
      });
    } catch (error) {
      const problems = formProblems(t, error, (path) => SHOWN.test(path));
      setErrors(problems.fields);
      setFormError(problems.form);
      focusFirstInvalid();
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {formError && <FormAlert>{formError}</FormAlert>}
        <TextInput
          label={t('organizationForm.name')}
          required
          maxLength={120}
          autoComplete="organization"
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <TextInput
          label={t('organizationForm.slug')}
          description={
            creating
              ? t('organizationForm.slugHint', { slug: shownSlug || '…' })
              : t('organizationForm.slugFixed')
          }
          required={creating}
          readOnly={!creating}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
          value={shownSlug}
          error={errors.slug}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.currentTarget.value.toLowerCase());
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Select
            label={t('organizationForm.type')}
            required
            data={ORGANIZATION_TYPES.map((value) => ({ value, label: t(`orgTypes.${value}`) }))}
            value={type}
            allowDeselect={false}
            error={errors.type}
            onChange={(value) => setType(ORGANIZATION_TYPES.find((v) => v === value) ?? null)}
          />
          <Select
            label={t('organizationForm.sizeBand')}
            placeholder={t('organizationForm.noValue')}
            data={SIZE_BANDS.map((value) => ({ value, label: t(`sizeBands.${value}`) }))}
            value={sizeBand}
            clearable
            clearButtonProps={{ 'aria-label': t('common.remove') }}
            error={errors.sizeBand}
            onChange={(value) => setSizeBand(SIZE_BANDS.find((v) => v === value) ?? null)}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('organizationForm.sectors')}
          description={t('profileForm.sectorsHint', { max: MAX_ORGANIZATION_SECTORS })}
          data={(city?.sectors ?? []).map(({ code, name: label }) => ({ value: code, label }))}
          value={sectors}
          onChange={setSectors}
          maxValues={MAX_ORGANIZATION_SECTORS}
          searchable
          hidePickedOptions
          error={errors.sectors}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Select
            label={t('organizationForm.neighborhood')}
            placeholder={t('organizationForm.noValue')}
            data={(city?.neighborhoods ?? []).map(({ slug: value, name: label }) => ({
              value,
              label,
            }))}
            value={neighborhood}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.remove') }}
            error={errors.neighborhood}
            onChange={setNeighborhood}
          />
          <TextInput
            label={t('organizationForm.address')}
            autoComplete="street-address"
            maxLength={200}
            value={address}
            error={errors.address}
            onChange={(event) => setAddress(event.currentTarget.value)}
          />
          <TextInput
            label={t('organizationForm.website')}
            type="url"
            inputMode="url"
            maxLength={500}
            value={website}
            error={errors.website}
            onChange={(event) => setWebsite(event.currentTarget.value)}
          />
          <NumberInput
            label={t('organizationForm.foundedYear')}
            min={1600}
            max={new Date().getFullYear()}
            allowDecimal={false}
            allowNegative={false}
            value={foundedYear}
            error={errors.foundedYear}
            onChange={setFoundedYear}
          />
        </SimpleGrid>
        <Textarea
          label={t('organizationForm.description')}
          autosize
          minRows={4}
          maxLength={4000}
          value={description}
          error={errors.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <StatementRowsField kind="needs" rows={needs} errors={errors} onChange={setNeeds} />
        <StatementRowsField kind="offers" rows={offers} errors={errors} onChange={setOffers} />
        <Group>
          <Button type="submit" loading={loading} size="md">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
