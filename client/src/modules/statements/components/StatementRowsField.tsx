import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isNeedOfferCategory,
  MAX_STATEMENTS,
  NEED_OFFER_CATEGORIES,
  newRowKey,
  type StatementRow,
} from '../categories';

interface StatementRowsFieldProps {
  kind: 'needs' | 'offers';
  rows: readonly StatementRow[];
  onChange: (rows: StatementRow[]) => void;
  /** Errors by server path, e.g. `needs.0.text`. */
  errors?: Partial<Record<string, string>>;
}

/** Repeatable rows (category + text) for needs or offers, at most ten. */
export function StatementRowsField({ kind, rows, onChange, errors = {} }: StatementRowsFieldProps) {
  const { t } = useTranslation();
  const limitId = useId();
  const categories = NEED_OFFER_CATEGORIES.map((category) => ({
    value: category,
    label: t(`categories.${category}`),
  }));
  const isNeed = kind === 'needs';
  const update = (index: number, change: Partial<StatementRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  return (
    <Fieldset
      variant="unstyled"
      aria-describedby={limitId}
      legend={
        <Text component="span" fw={700} fz="lg">
          {isNeed ? t('statements.needsHeading') : t('statements.offersHeading')}
        </Text>
      }
    >
      <Stack gap="sm">
        <Text id={limitId} size="sm" c="dimmed">
          {t('statements.limit', { max: MAX_STATEMENTS, count: rows.length })}
        </Text>
        {rows.map((row, index) => {
          const number = index + 1;
          const path = `${kind}.${index}`;
          return (
            <Group key={row.key} align="flex-start" gap="sm" wrap="wrap">
              <Select
                label={
                  isNeed
                    ? t('statements.needCategory', { number })
                    : t('statements.offerCategory', { number })
                }
                data={categories}
                value={row.category}
                allowDeselect={false}
                error={errors[`${path}.category`]}
                onChange={(value) =>
                  update(index, { category: isNeedOfferCategory(value) ? value : null })
                }
                w={{ base: '100%', sm: 240 }}
              />
              <TextInput
                label={
                  isNeed
                    ? t('statements.needText', { number })
                    : t('statements.offerText', { number })
                }
                value={row.text}
                maxLength={280}
                error={errors[`${path}.text`] ?? errors[path]}
                onChange={(event) => update(index, { text: event.currentTarget.value })}
                style={{ flex: 1, minWidth: 'min(100%, 240px)' }}
              />
              <ActionIcon
                variant="subtle"
                color="red.8"
                size="lg"
                mt={{ base: 0, sm: 26 }}
                aria-label={
                  isNeed
                    ? t('statements.removeNeed', { number })
                    : t('statements.removeOffer', { number })
                }
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
            disabled={rows.length >= MAX_STATEMENTS}
            onClick={() => onChange([...rows, { key: newRowKey(), category: null, text: '' }])}
          >
            {isNeed ? t('statements.addNeed') : t('statements.addOffer')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
