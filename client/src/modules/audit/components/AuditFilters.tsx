import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { AUDIT_FILTER_KEYS, type AuditFilterValues } from '../filters';

/** Target types the console's actions write; the field takes any other too. */
const KNOWN_TARGET_TYPES = [
  'MEMBER',
  'ORGANIZATION',
  'OPPORTUNITY',
  'MESSAGE',
  'MODERATION_CASE',
  'CONNECTOR_APPLICATION',
];

interface AuditFiltersProps {
  values: AuditFilterValues;
  actions: string[];
  onApply: (values: AuditFilterValues) => void;
}

const EMPTY: AuditFilterValues = {
  action: '',
  targetType: '',
  targetId: '',
  actorId: '',
  from: '',
  to: '',
};

/**
 * The log's filters, applied together when the form is sent (not at each keystroke): action,
 * target type and id, actor, and a range of days.
 */
export function AuditFilters({ values, actions, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [draft, setDraft] = useState(values);
  const [rangeError, setRangeError] = useState<string>();
  // Filters set from elsewhere (an entry's "only this actor") replace what the form shows.
  const [shown, setShown] = useState(values);
  if (AUDIT_FILTER_KEYS.some((key) => shown[key] !== values[key])) {
    setShown(values);
    setDraft(values);
    setRangeError(undefined);
  }

  function change(patch: Partial<AuditFilterValues>) {
    setDraft((current) => ({ ...current, ...patch }));
    setRangeError(undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setRangeError(t('audit.rangeBackwards'));
      focusFirstInvalid();
      return;
    }
    onApply(draft);
  }

  const actionOptions = [...new Set([...actions, ...(draft.action ? [draft.action] : [])])].sort();

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={t('audit.filtersLabel')}
      role="search"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <Select
            label={t('audit.action')}
            placeholder={t('audit.anyAction')}
            data={actionOptions}
            value={draft.action || null}
            onChange={(value) => change({ action: value ?? '' })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('audit.clearAction') }}
          />
          <Autocomplete
            label={t('audit.targetType')}
            placeholder={t('audit.anyTargetType')}
            data={KNOWN_TARGET_TYPES}
            value={draft.targetType}
            onChange={(value) => change({ targetType: value })}
          />
          <TextInput
            label={t('audit.targetId')}
            value={draft.targetId}
            onChange={(event) => change({ targetId: event.currentTarget.value })}
          />
          <TextInput
            label={t('audit.actorId')}
            description={t('audit.actorIdHint')}
            value={draft.actorId}
            onChange={(event) => change({ actorId: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('audit.from')}
            value={draft.from}
            onChange={(event) => change({ from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('audit.to')}
            value={draft.to}
            error={rangeError}
            onChange={(event) => change({ to: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(EMPTY);
              setRangeError(undefined);
              onApply(EMPTY);
            }}
          >
            {t('audit.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
