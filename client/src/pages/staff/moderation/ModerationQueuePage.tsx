import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Container,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { authProblems } from '../../../modules/auth/errors';
import { RequireSession } from '../../../modules/auth/components/RequireSession';
import {
  ModerationActionDialog,
  type ActionValues,
} from '../../../modules/moderation/components/ModerationActionDialog';
import { QueueFilters } from '../../../modules/moderation/components/QueueFilters';
import { age, dateTime } from '../../../modules/moderation/format';
import {
  useModerateCases,
  useModerationQueue,
  useModerationQueueCounts,
  type CaseSummary,
} from '../../../modules/moderation/hooks/useModeration';
import { BULK_ACTIONS, type BulkAction } from '../../../modules/moderation/options';
import {
  isFiltered,
  queueFilter,
  queueParams,
  queueStateFromParams,
  type QueueState,
} from '../../../modules/moderation/queueParams';

/**
 * `/staff/queue`: city staff only. The cases waiting, oldest first, filtered by the URL; each
 * links to its item page; several can be selected to act on at once (a spam wave).
 */
export function ModerationQueuePage() {
  return (
    <RequireSession>
      <ModerationQueue />
    </RequireSession>
  );
}

function ModerationQueue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = queueStateFromParams(params);
  const counts = useModerationQueueCounts();

  function onChange(next: QueueState) {
    setParams(queueParams(next), { replace: true });
  }

  return (
    <Container size="lg" py={{ base: 24, sm: 40 }}>
      <title>{t('moderation.queue.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('moderation.queue.title')}</Title>
          <Text c="dimmed">{t('moderation.queue.intro')}</Text>
          {counts && (
            <Group gap="sm">
              <Badge size="lg" variant="outline" color="orange.9" c="dark.7" tt="none">
                {t('moderation.queue.openCount', { count: counts.open })}
              </Badge>
              <Badge size="lg" variant="outline" color="gray.8" c="dark.7" tt="none">
                {t('moderation.queue.autoHiddenCount', { count: counts.autoHidden })}
              </Badge>
            </Group>
          )}
        </Stack>
        <Paper component="section" aria-labelledby="queue-filters" withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title id="queue-filters" order={2} fz="h4">
              {t('moderation.filters.heading')}
            </Title>
            <QueueFilters state={state} onChange={onChange} />
          </Stack>
        </Paper>
        {/* A fresh selection for each filter: what was selected may not be shown any more. */}
        <CaseList key={queueParams(state).toString()} state={state} />
      </Stack>
    </Container>
  );
}

function CaseList({ state }: { state: QueueState }) {
  const { t } = useTranslation();
  const queue = useModerationQueue(queueFilter(state));
  const { moderateCases, loading } = useModerateCases();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [action, setAction] = useState<BulkAction>();
  // The dialog's words stay those of the last action while it closes.
  const [shown, setShown] = useState<BulkAction>('DISMISS');
  if (action && action !== shown) setShown(action);
  const [done, setDone] = useState<string>();
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const forbidden =
    queue.error && authProblems(queue.error).some(({ code }) => code === 'FORBIDDEN');
  if (!queue.items && forbidden) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('moderation.errors.forbidden')}
      </Alert>
    );
  }
  if (!queue.items && queue.error) {
    return (
      <Group gap="sm" role="alert">
        <Text>{t('moderation.queue.loadError')}</Text>
        <Button variant="default" size="compact-sm" onClick={queue.refetch}>
          {t('status.retry')}
        </Button>
      </Group>
    );
  }
  if (!queue.items) {
    return (
      <Group justify="center" py="lg" role="status">
        <Loader size="sm" aria-hidden="true" />
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      </Group>
    );
  }

  const items = queue.items;
  // Only what is on show counts as selected (a case may have left the list since).
  const chosen = items.filter((item) => selected.has(item.id));
  const allChosen = items.length > 0 && chosen.length === items.length;

  function toggle(id: string, checked: boolean) {
    setDone(undefined);
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function confirm(values: ActionValues) {
    if (!action) return;
    const caseIds = chosen.map((item) => item.id);
    await moderateCases({ caseIds, action, ...values });
    setAction(undefined);
    setSelected(new Set());
    setDone(t(`moderation.bulk.done.${action}`, { count: caseIds.length }));
  }

  return (
    <Stack component="section" aria-labelledby="queue-cases" gap="md">
      <Group justify="space-between" gap="sm">
        <Title id="queue-cases" order={2} fz="h3">
          {t('moderation.queue.casesHeading')}
        </Title>
        <Text role="status" c="dimmed">
          {t('moderation.queue.total', { count: queue.totalCount ?? items.length })}
        </Text>
      </Group>
      {done && (
        <Alert ref={doneRef} tabIndex={-1} color="grow" variant="light" role="status">
          {done}
        </Alert>
      )}
      {items.length === 0 ? (
        <Text c="dimmed">
          {isFiltered(state)
            ? t('moderation.queue.empty')
            : state.status === 'OPEN'
              ? t('moderation.queue.emptyOpen')
              : t('moderation.queue.emptyResolved')}
        </Text>
      ) : (
        <>
          <Paper
            withBorder
            radius="md"
            p="sm"
            role="group"
            aria-label={t('moderation.bulk.toolbar')}
          >
            <Group justify="space-between" gap="sm">
              <Checkbox
                label={t('moderation.bulk.selectAll')}
                checked={allChosen}
                indeterminate={chosen.length > 0 && !allChosen}
                onChange={(event) => {
                  setDone(undefined);
                  setSelected(
                    event.currentTarget.checked ? new Set(items.map((item) => item.id)) : new Set(),
                  );
                }}
              />
              <Text size="sm" aria-live="polite">
                {t('moderation.bulk.selected', { count: chosen.length })}
              </Text>
            </Group>
            {chosen.length > 0 && (
              <Group gap="xs" mt="sm">
                {BULK_ACTIONS.map((kind) => (
                  <Button
                    key={kind}
                    variant="default"
                    size="sm"
                    c={kind === 'DELETE_CONTENT' || kind === 'SUSPEND' ? 'red.8' : undefined}
                    onClick={() => setAction(kind)}
                  >
                    {t(`moderation.bulk.buttons.${kind}`)}
                  </Button>
                ))}
              </Group>
            )}
          </Paper>
          <Stack
            component="ul"
            aria-labelledby="queue-cases"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {items.map((item) => (
              <CaseRow
                key={item.id}
                item={item}
                selected={selected.has(item.id)}
                onToggle={(checked) => toggle(item.id, checked)}
              />
            ))}
          </Stack>
          {queue.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={queue.loadingMore}
                onClick={() => void queue.loadMore()}
              >
                {t('moderation.queue.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
      <ModerationActionDialog
        action={action}
        title={t(`moderation.bulk.titles.${shown}`, { count: chosen.length })}
        confirmLabel={t(`moderation.bulk.confirm.${shown}`, {
          count: chosen.length,
        })}
        loading={loading}
        onClose={() => setAction(undefined)}
        onConfirm={confirm}
      >
        {t(`moderation.bulk.bodies.${shown}`, { count: chosen.length })}
      </ModerationActionDialog>
    </Stack>
  );
}

interface CaseRowProps {
  item: CaseSummary;
  selected: boolean;
  onToggle: (checked: boolean) => void;
}

function CaseRow({ item, selected, onToggle }: CaseRowProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const title = item.content.title || t('moderation.untitled');
  const headingId = `case-${item.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Checkbox
          mt={4}
          checked={selected}
          aria-label={t('moderation.queue.select', { title })}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group gap="xs">
            <Badge variant="outline" color="gray.7" c="dark.7" tt="none">
              {t(`reportTargets.${item.targetType}`)}
            </Badge>
            {item.autoHidden ? (
              <Badge variant="outline" color="orange.9" c="dark.7" tt="none">
                {t('moderation.badges.autoHidden')}
              </Badge>
            ) : (
              item.hidden && (
                <Badge variant="outline" color="orange.9" c="dark.7" tt="none">
                  {t('moderation.badges.hidden')}
                </Badge>
              )
            )}
            {item.source === 'SPAM_DEFENSE' && (
              <Badge variant="outline" color="red.8" tt="none">
                {t('moderation.sources.SPAM_DEFENSE')}
              </Badge>
            )}
            {!item.content.exists && (
              <Badge variant="outline" color="gray.8" c="dark.7" tt="none">
                {t('moderation.badges.deleted')}
              </Badge>
            )}
          </Group>
          <Title id={headingId} order={3} fz="h4" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/staff/queue/${item.id}`} inherit>
              {title}
            </Anchor>
          </Title>
          {item.owner && (
            <Text size="sm">
              {t('moderation.queue.owner', {
                name: item.owner.displayName,
                handle: item.owner.handle,
              })}
            </Text>
          )}
          <Text size="sm">
            {t('moderation.queue.reports', { count: item.reportCount })}
            {item.reasons.length > 0 &&
              ` · ${item.reasons.map((reason) => t(`reportReasons.${reason}`)).join(', ')}`}
          </Text>
          <Text size="sm" c="dimmed">
            <span title={dateTime(locale, item.openedAt)}>
              {t('moderation.queue.opened', { age: age(locale, item.openedAt) })}
            </span>
            {item.status === 'RESOLVED' &&
              item.resolution &&
              ` · ${t('moderation.queue.resolvedAs', {
                action: t(`moderation.actionNames.${item.resolution}`),
              })}`}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
