import {
  Anchor,
  Box,
  Button,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { AuditEntry } from '../hooks/useAuditLog';

/** A JSON text indented for reading; as it came when it is not JSON. */
function readable(json: string | null): string | null {
  if (json === null || json === '') return null;
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

interface AuditTableProps {
  entries: AuditEntry[];
  /** The scrolling region, for the page to move focus to. */
  regionRef?: Ref<HTMLDivElement>;
  onOnlyActor: (actorId: string) => void;
  onOnlyTarget: (targetType: string, targetId: string) => void;
}

/**
 * The log as a table, newest first. Each entry opens to show the target as it was before and
 * after. On a phone the table scrolls sideways within its own region (keyboard too), not the page.
 */
export function AuditTable({ entries, regionRef, onOnlyActor, onOnlyTarget }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  function toggle(id: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  return (
    <Box
      ref={regionRef}
      role="region"
      aria-labelledby="audit-table-caption"
      tabIndex={0}
      // Positioned, so that what is visually hidden inside (absolutely placed) scrolls with it
      // rather than widening the page.
      style={{ overflowX: 'auto', position: 'relative' }}
    >
      <Table miw={760} verticalSpacing="sm" layout="auto">
        <Table.Caption id="audit-table-caption" ta="start" style={{ captionSide: 'top' }}>
          {t('audit.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.when')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.reason')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            const detailsId = `audit-entry-${entry.id}`;
            const actor = entry.actor?.displayName ?? entry.actorName ?? t('audit.system');
            const date = when.format(new Date(String(entry.occurredAt)));
            const before = readable(entry.before);
            const after = readable(entry.after);
            const toggleLabel = expanded ? t('audit.hideDetails') : t('audit.showDetails');
            return [
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <time dateTime={String(entry.occurredAt)}>{date}</time>
                </Table.Td>
                <Table.Td>
                  {entry.actor ? (
                    <Anchor component={Link} to={`/m/${entry.actor.handle}`}>
                      {actor}
                    </Anchor>
                  ) : (
                    actor
                  )}
                </Table.Td>
                <Table.Td>
                  <Code>{entry.action}</Code>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {entry.targetType}
                  <Text size="xs" c="dimmed" ff="monospace">
                    {entry.targetId}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.reason ?? ''}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    aria-expanded={expanded}
                    aria-controls={detailsId}
                    aria-label={`${toggleLabel} ${t('audit.detailsOf', { action: entry.action, date })}`}
                    onClick={() => toggle(entry.id)}
                  >
                    {toggleLabel}
                  </Button>
                </Table.Td>
              </Table.Tr>,
              <Table.Tr key={`${entry.id}-details`} id={detailsId} hidden={!expanded}>
                <Table.Td colSpan={6}>
                  {/* Kept in view, as wide as the screen, however far the table is scrolled. */}
                  <Stack
                    gap="sm"
                    style={{ position: 'sticky', left: 0, maxWidth: 'calc(100vw - 3rem)' }}
                  >
                    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                      <JsonBlock label={t('audit.before')} json={before} />
                      <JsonBlock label={t('audit.after')} json={after} />
                    </SimpleGrid>
                    <Group gap="sm">
                      {entry.actor && (
                        <Button
                          variant="default"
                          size="compact-sm"
                          onClick={() => entry.actor && onOnlyActor(entry.actor.id)}
                        >
                          {t('audit.onlyActor', { name: actor })}
                        </Button>
                      )}
                      <Button
                        variant="default"
                        size="compact-sm"
                        onClick={() => onOnlyTarget(entry.targetType, entry.targetId)}
                      >
                        {t('audit.onlyTarget')}
                      </Button>
                    </Group>
                  </Stack>
                </Table.Td>
              </Table.Tr>,
            ];
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function JsonBlock({ label, json }: { label: string; json: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={700} size="sm">
        {label}
      </Text>
      {json === null ? (
        <Text size="sm" c="dimmed">
          {t('audit.nothing')}
        </Text>
      ) : (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {json}
        </Code>
      )}
    </div>
  );
}
