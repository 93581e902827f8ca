import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newRowKey } from '../../statements/categories';
import { MAX_LINKS, type LinkRow } from '../profileDraft';

interface LinkRowsFieldProps {
  rows: readonly LinkRow[];
  onChange: (rows: LinkRow[]) => void;
  /** Errors by field path, e.g. `links.0.url`. */
  errors?: Partial<Record<string, string>>;
}

/** Up to five links, each a label and an address. */
export function LinkRowsField({ rows, onChange, errors = {} }: LinkRowsFieldProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<LinkRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <>
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <Group key={row.key} align="flex-start" gap="sm">
            <TextInput
              label={t('profileForm.linkLabel', { number })}
              maxLength={60}
              value={row.label}
              error={errors[`links.${index}.label`]}
              onChange={(event) => update(index, { label: event.currentTarget.value })}
              w={{ base: '100%', sm: 200 }}
            />
            <TextInput
              label={t('profileForm.linkUrl', { number })}
              type="url"
              inputMode="url"
              maxLength={500}
              value={row.url}
              error={errors[`links.${index}.url`] ?? errors[`links.${index}`]}
              onChange={(event) => update(index, { url: event.currentTarget.value })}
              style={{ flex: 1, minWidth: 'min(100%, 240px)' }}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              size="lg"
              mt={{ base: 0, sm: 26 }}
              aria-label={t('profileForm.removeLink', { number })}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="default"
          disabled={rows.length >= MAX_LINKS}
          onClick={() => onChange([...rows, { key: newRowKey(), label: '', url: '' }])}
        >
          {t('profileForm.addLink')}
        </Button>
      </Group>
    </>
  );
}
