import {
  Button,
  Checkbox,
  Flex,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BusinessStage,
  CreateOpportunityInput,
  NeedOfferCategory,
  OpportunityKind,
  OpportunitySubkind,
  UpdateOpportunityInput,
} from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { STAGES } from '../../members/profileDraft';
import { NEED_OFFER_CATEGORIES } from '../../statements/categories';
import { opportunityProblems } from '../errors';
import { dateInputValue, deadlineFromDateInput } from '../format';
import type { AdministeredOrganization } from '../hooks/useAdministeredOrganizations';
import { useCityNames } from '../hooks/useCityNames';
import type { OpportunityDetails } from '../hooks/useOpportunity';
import {
  DESCRIPTION_MAX_LENGTH,
  ELIGIBILITY_MAX_LENGTH,
  isOpportunityKind,
  isSubkindOf,
  KIND_CATEGORY,
  OPPORTUNITY_KINDS,
  SUBKINDS,
  TITLE_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '../options';
import { MarkdownField, type MarkdownTab } from './MarkdownField';

const FIELDS = [
  'organizationId',
  'kind',
  'subkind',
  'title',
  'description',
  'eligibility',
  'sectors',
  'stages',
  'neighborhoods',
  'citywide',
  'remote',
  'categories',
  'amountMin',
  'amountMax',
  'sizeSqFt',
  'deadline',
  'externalUrl',
] as const;
type Field = (typeof FIELDS)[number];

function isField(value: string): value is Field {
  return FIELDS.some((field) => field === value);
}

/** What the form hands over: a new opportunity's input, or an edit's, and whether to publish. */
export type OpportunitySubmission =
  | { mode: 'create'; input: CreateOpportunityInput }
  | { mode: 'update'; input: UpdateOpportunityInput; publish: boolean };

/** The member themselves, in the "post as" choice. */
const MYSELF = '';

interface OpportunityFormProps {
  /** The opportunity being edited; a new one when absent (then who posts it and its kind). */
  opportunity?: OpportunityDetails;
  /** Organizations the member may post for; undefined while they load. */
  organizations: AdministeredOrganization[] | undefined;
  /** The organization to post for at first (`?organization=` from its page). */
  initialOrganizationId?: string | null;
  loading: boolean;
  onSubmit: (submission: OpportunitySubmission) => Promise<void>;
}

/** Post or edit an opportunity; the server's refusals land on the field they name. */
export function OpportunityForm({
  opportunity,
  organizations,
  initialOrganizationId,
  loading,
  onSubmit,
}: OpportunityFormProps) {
  const { t } = useTranslation();
  const { city } = useCityNames();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const creating = !opportunity;
  const intent = useRef<'draft' | 'publish'>('draft');

  const [postAs, setPostAs] = useState<string | null>(null);
  const [kind, setKind] = useState<OpportunityKind | null>(opportunity?.kind ?? null);
  const [subkind, setSubkind] = useState<OpportunitySubkind | null>(opportunity?.subkind ?? null);
  const [title, setTitle] = useState(opportunity?.title ?? '');
  const [description, setDescription] = useState(opportunity?.description ?? '');
  const [descriptionTab, setDescriptionTab] = useState<MarkdownTab>('write');
  const [eligibility, setEligibility] = useState(opportunity?.eligibility ?? '');
  const [sectors, setSectors] = useState<string[]>(opportunity?.sectors ?? []);
  const [stages, setStages] = useState<BusinessStage[]>(opportunity?.stages ?? []);
  const [neighborhoods, setNeighborhoods] = useState<string[]>(opportunity?.neighborhoods ?? []);
  const [citywide, setCitywide] = useState(opportunity?.citywide ?? false);
  const [remote, setRemote] = useState(opportunity?.remote ?? false);
  const [categories, setCategories] = useState<NeedOfferCategory[]>(
    opportunity ? opportunity.categories.filter((c) => c !== KIND_CATEGORY[opportunity.kind]) : [],
  );
  const [amountMin, setAmountMin] = useState<number | string>(opportunity?.amountMin ?? '');
  const [amountMax, setAmountMax] = useState<number | string>(opportunity?.amountMax ?? '');
  const [sizeSqFt, setSizeSqFt] = useState<number | string>(opportunity?.sizeSqFt ?? '');
  const [deadline, setDeadline] = useState(dateInputValue(opportunity?.deadline));
  const [externalUrl, setExternalUrl] = useState(opportunity?.externalUrl ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();

  // Until the member picks, the organization named in the address (if they administer it).
  const organizationId =
    postAs ??
    (organizations?.some((organization) => organization.id === initialOrganizationId)
      ? (initialOrganizationId ?? MYSELF)
      : MYSELF);
  const subkinds = kind ? SUBKINDS[kind] : [];
  const number = (value: number | string) => (typeof value === 'number' ? value : null);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!kind) found.kind = t('opportunityForm.kindRequired');
    if (!title.trim()) found.title = t('opportunityForm.titleRequired');
    const min = number(amountMin);
    const max = number(amountMax);
    if (kind === 'FUNDING' && min !== null && max !== null && min > max) {
      found.amountMax = t('opportunityForm.amountOrder');
    }
    if (deadline) {
      const end = deadlineFromDateInput(deadline);
      if (!end) found.deadline = t('opportunityForm.deadlineInvalid');
      else if (new Date(end).getTime() < Date.now())
        found.deadline = t('opportunityForm.deadlinePast');
    }
    if (externalUrl.trim() && !/^https?:\/\/\S+\.\S+/.test(externalUrl.trim())) {
      found.externalUrl = t('profileForm.urlInvalid');
    }
    return found;
  }

  /** The fields both inputs share, as the server takes them. */
  function common() {
    const funding = kind === 'FUNDING';
    const space = kind === 'SPACE';
    return {
      title: title.trim(),
      description: description.trim(),
      eligibility: eligibility.trim(),
      sectors,
      stages,
      neighborhoods,
      citywide,
      remote,
      // Its kind's own need is always included by the server; only the others are chosen here.
      categories: categories.filter((category) => !kind || category !== KIND_CATEGORY[kind]),
      ...(funding ? { amountMin: number(amountMin), amountMax: number(amountMax) } : {}),
      ...(space ? { sizeSqFt: number(sizeSqFt) } : {}),
      deadline: deadline ? deadlineFromDateInput(deadline) : null,
      externalUrl: externalUrl.trim() || null,
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !kind) {
      focusFirstInvalid();
      return;
    }
    const publish = intent.current === 'publish';
    try {
      if (creating) {
        // A new one leaves out what is blank; an edit sends null to clear it.
        const values = Object.fromEntries(
          Object.entries(common()).filter(([, value]) => value !== null && value !== ''),
        );
        await onSubmit({
          mode: 'create',
          input: {
            ...(organizationId ? { organizationId } : {}),
            kind,
            ...(subkind ? { subkind } : {}),
            ...values,
            title: title.trim(),
            publish,
          },
        });
      } else {
        await onSubmit({
          mode: 'update',
          input: { opportunityId: opportunity.id, subkind, ...common() },
          publish,
        });
      }
    } catch (error) {
      const problems = opportunityProblems(t, error, (field) =>
        isField(field) ? field : undefined,
      );
      setErrors(problems.fields);
      setFormError(problems.form);
      if (problems.fields.description) setDescriptionTab('write');
      focusFirstInvalid();
    }
  }

  const otherCategories = NEED_OFFER_CATEGORIES.filter(
    (category) => !kind || category !== KIND_CATEGORY[kind],
  );

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xl">
        {formError && <FormAlert>{formError}</FormAlert>}

        <Stack component="fieldset" gap="md" m={0} p={0} style={{ border: 0 }}>
          <Title component="legend" order={2} fz="h4" p={0} mb="sm">
            {t('opportunityForm.whatHeading')}
          </Title>
          {creating && organizations && organizations.length > 0 && (
            <NativeSelect
              label={t('opportunityForm.postAs')}
              description={t('opportunityForm.postAsHint')}
              value={organizationId}
              error={errors.organizationId}
              data={[
                { value: MYSELF, label: t('opportunityForm.myself') },
                ...organizations.map(({ id, name }) => ({ value: id, label: name })),
              ]}
              onChange={(event) => setPostAs(event.currentTarget.value)}
            />
          )}
          {!creating && (
            <Text size="sm">
              {t('opportunityForm.kindFixed', { kind: t(`opportunityKinds.${opportunity.kind}`) })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            {creating && (
              <Select
                label={t('opportunityForm.kind')}
                required
                data={OPPORTUNITY_KINDS.map((value) => ({
                  value,
                  label: t(`opportunityKinds.${value}`),
                }))}
                value={kind}
                allowDeselect={false}
                error={errors.kind}
                onChange={(value) => {
                  const next = isOpportunityKind(value) ? value : null;
                  setKind(next);
                  if (!next || !isSubkindOf(next, subkind)) setSubkind(null);
                }}
              />
            )}
            {subkinds.length > 0 && (
              <Select
                label={t('opportunityForm.subkind')}
                placeholder={t('opportunityForm.noValue')}
                data={subkinds.map((value) => ({
                  value,
                  label: t(`opportunitySubkinds.${value}`),
                }))}
                value={subkind}
                clearable
                clearButtonProps={{ 'aria-label': t('common.remove') }}
                error={errors.subkind}
                onChange={(value) => setSubkind(kind && isSubkindOf(kind, value) ? value : null)}
              />
            )}
          </SimpleGrid>
          <TextInput
            label={t('opportunityForm.title')}
            required
            maxLength={TITLE_MAX_LENGTH}
            value={title}
            error={errors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <MarkdownField
            label={t('opportunityForm.description')}
            description={t('opportunityForm.descriptionHint')}
            value={description}
            onChange={setDescription}
            maxLength={DESCRIPTION_MAX_LENGTH}
            error={errors.description}
            tab={descriptionTab}
            onTabChange={setDescriptionTab}
          />
          <Textarea
            label={t('opportunityForm.eligibility')}
            description={t('opportunityForm.eligibilityHint')}
            autosize
            minRows={3}
            maxLength={ELIGIBILITY_MAX_LENGTH}
            value={eligibility}
            error={errors.eligibility}
            onChange={(event) => setEligibility(event.currentTarget.value)}
          />
        </Stack>

        {(kind === 'FUNDING' || kind === 'SPACE') && (
          <Stack component="fieldset" gap="md" m={0} p={0} style={{ border: 0 }}>
            <Title component="legend" order={2} fz="h4" p={0} mb="sm">
              {kind === 'FUNDING'
                ? t('opportunityForm.amountHeading')
                : t('opportunityForm.sizeHeading')}
            </Title>
            {kind === 'FUNDING' && (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
                <NumberInput
                  label={t('opportunityForm.amountMin')}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator
                  value={amountMin}
                  error={errors.amountMin}
                  onChange={setAmountMin}
                />
                <NumberInput
                  label={t('opportunityForm.amountMax')}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator
                  value={amountMax}
                  error={errors.amountMax}
                  onChange={setAmountMax}
                />
              </SimpleGrid>
            )}
            {kind === 'SPACE' && (
              <NumberInput
                label={t('opportunityForm.sizeSqFt')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator
                value={sizeSqFt}
                error={errors.sizeSqFt}
                onChange={setSizeSqFt}
              />
            )}
          </Stack>
        )}

        <Stack component="fieldset" gap="md" m={0} p={0} style={{ border: 0 }}>
          <Title component="legend" order={2} fz="h4" p={0} mb="sm">
            {t('opportunityForm.whoHeading')}
          </Title>
          <MultiSelect
            label={t('opportunityForm.sectors')}
            description={t('opportunityForm.sectorsHint')}
            data={(city?.sectors ?? []).map(({ code, name }) => ({ value: code, label: name }))}
            value={sectors}
            onChange={setSectors}
            searchable
            hidePickedOptions
            error={errors.sectors}
          />
          <MultiSelect
            label={t('opportunityForm.stages')}
            description={t('opportunityForm.stagesHint')}
            data={STAGES.map((value) => ({ value, label: t(`stages.${value}`) }))}
            value={stages}
            onChange={(values) => setStages(STAGES.filter((stage) => values.includes(stage)))}
            hidePickedOptions
            error={errors.stages}
          />
          <MultiSelect
            label={t('opportunityForm.categories')}
            description={
              kind
                ? t('opportunityForm.categoriesHint', {
                    category: t(`categories.${KIND_CATEGORY[kind]}`),
                  })
                : t('opportunityForm.categoriesHintNoKind')
            }
            data={otherCategories.map((value) => ({ value, label: t(`categories.${value}`) }))}
            value={categories.filter((category) => otherCategories.includes(category))}
            onChange={(values) =>
              setCategories(NEED_OFFER_CATEGORIES.filter((category) => values.includes(category)))
            }
            searchable
            hidePickedOptions
            error={errors.categories}
          />
        </Stack>

        <Stack component="fieldset" gap="md" m={0} p={0} style={{ border: 0 }}>
          <Title component="legend" order={2} fz="h4" p={0} mb="sm">
            {t('opportunityForm.whereHeading')}
          </Title>
          <MultiSelect
            label={t('opportunityForm.neighborhoods')}
            description={t('opportunityForm.neighborhoodsHint')}
            data={(city?.neighborhoods ?? []).map(({ slug, name }) => ({
              value: slug,
              label: name,
            }))}
            value={neighborhoods}
            onChange={setNeighborhoods}
            searchable
            hidePickedOptions
            error={errors.neighborhoods}
          />
          <Checkbox
            label={t('opportunityForm.citywide')}
            checked={citywide}
            error={errors.citywide}
            onChange={(event) => setCitywide(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('opportunityForm.remote')}
            checked={remote}
            error={errors.remote}
            onChange={(event) => setRemote(event.currentTarget.checked)}
          />
        </Stack>

        <Stack component="fieldset" gap="md" m={0} p={0} style={{ border: 0 }}>
          <Title component="legend" order={2} fz="h4" p={0} mb="sm">
            {t('opportunityForm.whenHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            <TextInput
              label={t('opportunityForm.deadline')}
              description={t('opportunityForm.deadlineHint')}
              type="date"
              min={dateInputValue(new Date().toISOString())}
              value={deadline}
              error={errors.deadline}
              onChange={(event) => setDeadline(event.currentTarget.value)}
            />
            <TextInput
              label={t('opportunityForm.externalUrl')}
              description={t('opportunityForm.externalUrlHint')}
              type="url"
              inputMode="url"
              maxLength={URL_MAX_LENGTH}
              value={externalUrl}
              error={errors.externalUrl}
              onChange={(event) => setExternalUrl(event.currentTarget.value)}
            />
          </SimpleGrid>
        </Stack>

        <Flex
          direction={{ base: 'column', xs: 'row' }}
          gap="sm"
          align={{ base: 'stretch', xs: 'center' }}
        >
          {creating || opportunity.status === 'DRAFT' ? (
            <>
              {/* First, so that Enter in a field saves a draft rather than publishing. */}
              <Button
                type="submit"
                size="md"
                variant="default"
                disabled={loading}
                onClick={() => (intent.current = 'draft')}
              >
                {t('opportunityForm.saveDraft')}
              </Button>
              <Button
                type="submit"
                size="md"
                loading={loading}
                onClick={() => (intent.current = 'publish')}
              >
                {creating ? t('opportunityForm.publish') : t('opportunityForm.saveAndPublish')}
              </Button>
            </>
          ) : (
            <Button type="submit" size="md" loading={loading}>
              {t('opportunityForm.saveChanges')}
            </Button>
          )}
        </Flex>
      </Stack>
    </form>
  );
}
