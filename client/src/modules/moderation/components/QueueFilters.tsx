import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  isOneOf,
  OLDER_THAN_HOURS,
  REPORT_REASONS,
  REPORT_TARGET_TYPES,
} from '../options';
import { isFiltered, type QueueState } from '../queueParams';

const ANY = '';

interface QueueFiltersProps {
  state: QueueState;
  onChange: (state: QueueState) => void;
}

/** The queue's filters; each change applies at once (and lands in the URL). */
export function QueueFilters({ state, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          label={t('moderation.filters.status')}
          value={state.status}
          data={CASE_STATUSES.map((value) => ({
            value,
            label: t(`moderation.caseStatuses.${value}`),
          }))}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(CASE_STATUSES, value)) onChange({ ...state, status: value });
          }}
        />
        <NativeSelect
          label={t('moderation.filters.olderThan')}
          value={state.olderThanHours === null ? ANY : String(state.olderThanHours)}
          data={[
            { value: ANY, label: t('moderation.filters.anyAge') },
            ...OLDER_THAN_HOURS.map((hours) => ({
              value: String(hours),
              label: t('moderation.filters.olderThanDays', { count: hours / 24 }),
            })),
          ]}
          onChange={(event) => {
            const hours = Number(event.currentTarget.value);
            onChange({
              ...state,
              olderThanHours: OLDER_THAN_HOURS.includes(hours) ? hours : null,
            });
          }}
        />
        <NativeSelect
          label={t('moderation.filters.source')}
          value={state.source ?? ANY}
          data={[
            { value: ANY, label: t('moderation.filters.anySource') },
            ...CASE_SOURCES.map((value) => ({
              value,
              label: t(`moderation.sources.${value}`),
            })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ ...state, source: isOneOf(CASE_SOURCES, value) ? value : null });
          }}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Checkbox.Group
          label={t('moderation.filters.kind')}
          value={state.targetTypes}
          onChange={(values) =>
            onChange({
              ...state,
              targetTypes: REPORT_TARGET_TYPES.filter((value) => values.includes(value)),
            })
          }
        >
          <Stack gap={8} mt="xs">
            {REPORT_TARGET_TYPES.map((value) => (
              <Checkbox key={value} value={value} label={t(`reportTargets.${value}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('moderation.filters.reason')}
          value={state.reasons}
          onChange={(values) =>
            onChange({
              ...state,
              reasons: REPORT_REASONS.filter((value) => values.includes(value)),
            })
          }
        >
          <Stack gap={8} mt="xs">
            {REPORT_REASONS.map((value) => (
              <Checkbox key={value} value={value} label={t(`reportReasons.${value}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Stack gap="md" justify="space-between" align="flex-start">
          <Checkbox
            mt={{ base: 0, sm: 28 }}
            label={t('moderation.filters.autoHidden')}
            checked={state.autoHidden}
            onChange={(event) => onChange({ ...state, autoHidden: event.currentTarget.checked })}
          />
          {isFiltered(state) && (
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  onChange({
                    status: state.status,
                    targetTypes: [],
                    reasons: [],
                    olderThanHours: null,
                    autoHidden: false,
                    source: null,
                  })
                }
              >
                {t('moderation.filters.clear')}
              </Button>
            </Group>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
