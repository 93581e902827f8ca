import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { useSession, useSessionStore } from '../../modules/auth/hooks/useSession';
import { AuditFilters } from '../../modules/audit/components/AuditFilters';
import { AuditTable } from '../../modules/audit/components/AuditTable';
import { AuditExportError, fetchAuditCsv } from '../../modules/audit/exportCsv';
import {
  auditCsvPath,
  auditFilterFromParams,
  auditFilterParams,
  type AuditFilterValues,
} from '../../modules/audit/filters';
import { useAuditActions, useAuditLog } from '../../modules/audit/hooks/useAuditLog';
import { PagedListView } from '../../modules/staff/components/PagedListView';
import { saveBlob, today } from '../../modules/staff/download';
import { isAdmin } from '../../modules/staff/roles';

/** `/staff/audit`: admins only. Every staff action, filtered, and exported as CSV. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!isAdmin(viewer)) {
    return (
      <Stack gap="md">
        <title>{t('audit.documentTitle')}</title>
        <Title order={1}>{t('audit.adminsOnlyTitle')}</Title>
        <Text>{t('audit.adminsOnlyBody')}</Text>
      </Stack>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const values = auditFilterFromParams(params);
  const list = useAuditLog(values);
  const actions = useAuditActions();
  const session = useSessionStore();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string>();
  const [downloaded, setDownloaded] = useState('');
  // After an entry's "only this actor", focus goes to the entries for the new filters once
  // they show (the old ones stay a moment while the address changes).
  const resultsRef = useRef<HTMLDivElement>(null);
  const focusResultsFor = useRef<string | null>(null);
  const shownFor = params.toString();
  useEffect(() => {
    if (focusResultsFor.current !== shownFor || !list.items || list.loading) return;
    focusResultsFor.current = null;
    resultsRef.current?.focus();
  });

  function apply(next: AuditFilterValues) {
    setParams(auditFilterParams(next), { replace: true });
  }

  function narrow(next: AuditFilterValues) {
    focusResultsFor.current = new URLSearchParams(auditFilterParams(next)).toString();
    apply(next);
  }

  async function download() {
    setDownloading(true);
    setDownloadError(undefined);
    setDownloaded('');
    try {
      const blob = await fetchAuditCsv(auditCsvPath(values), session);
      const file = `audit-log-${today()}.csv`;
      saveBlob(file, blob);
      setDownloaded(t('audit.downloaded', { file }));
    } catch (error) {
      setDownloadError(
        error instanceof AuditExportError && error.status === 403
          ? t('staff.errors.forbidden')
          : error instanceof AuditExportError && error.status === undefined
            ? t('auth.errors.network')
            : t('audit.downloadFailed'),
      );
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Stack gap="lg">
      <title>{t('audit.documentTitle')}</title>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap="xs" maw={640}>
          <Title order={1}>{t('audit.title')}</Title>
          <Text c="dimmed">{t('audit.intro')}</Text>
        </Stack>
        <Button variant="light" loading={downloading} onClick={() => void download()}>
          {t('audit.download')}
        </Button>
      </Group>
      {downloadError && <FormAlert>{downloadError}</FormAlert>}
      <Text role="status" size="sm">
        {downloaded}
      </Text>
      <AuditFilters values={values} actions={actions} onApply={apply} />
      <PagedListView list={list} empty={t('audit.empty')} loadError={t('audit.loadError')}>
        {(entries) => (
          <AuditTable
            regionRef={resultsRef}
            entries={entries}
            onOnlyActor={(actorId) => narrow({ ...values, actorId })}
            onOnlyTarget={(targetType, targetId) => narrow({ ...values, targetType, targetId })}
          />
        )}
      </PagedListView>
    </Stack>
  );
}
