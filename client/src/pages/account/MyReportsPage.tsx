import {
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useMyReports, type Report } from '../../modules/moderation/hooks/useReports';
import { ReportStatusBadge } from '../../modules/moderation/components/ReportStatusBadge';
import { longDate } from '../../modules/opportunities/format';

/** `/account/reports`: members only. What they reported, newest first, and what became of it. */
export function MyReportsPage() {
  return (
    <RequireSession>
      <MyReports />
    </RequireSession>
  );
}

function MyReports() {
  const { t } = useTranslation();
  const list = useMyReports();
  return (
    <Container size={720} py={{ base: 32, sm: 56 }}>
      <title>{t('myReports.documentTitle')}</title>
      <Stack gap="xl">
        <Anchor component={Link} to="/account" fw={600} w="fit-content">
          <span aria-hidden="true">← </span>
          {t('myReports.back')}
        </Anchor>
        <Stack gap="xs">
          <Title order={1}>{t('myReports.title')}</Title>
          <Text c="dimmed">{t('myReports.intro')}</Text>
        </Stack>
        {!list.items && list.error && (
          <Group gap="sm" role="alert">
            <Text>{t('myReports.loadError')}</Text>
            <Button variant="default" size="compact-sm" onClick={list.refetch}>
              {t('status.retry')}
            </Button>
          </Group>
        )}
        {!list.items && !list.error && (
          <Group justify="center" py="lg" role="status">
            <Loader size="sm" aria-hidden="true" />
            <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          </Group>
        )}
        {list.items?.length === 0 && <Text c="dimmed">{t('myReports.empty')}</Text>}
        {list.items && list.items.length > 0 && (
          <Stack
            component="ul"
            aria-label={t('myReports.title')}
            gap="md"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {list.items.map((report) => (
              <ReportItem key={report.id} report={report} />
            ))}
          </Stack>
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              loading={list.loadingMore}
              onClick={() => void list.loadMore()}
            >
              {t('myReports.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}

function ReportItem({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Text size="sm" c="dimmed">
              {t(`reportTargets.${report.targetType}`)}
            </Text>
            <Title order={2} fz="h4" style={{ overflowWrap: 'anywhere' }}>
              {report.targetLabel}
            </Title>
          </Stack>
          <ReportStatusBadge status={report.status} />
        </Group>
        <Text>
          {t('myReports.reason')}{' '}
          <Badge variant="outline" color="gray.7" c="dark.7" tt="none">
            {t(`reportReasons.${report.reason}`)}
          </Badge>
        </Text>
        {report.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {report.note}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('myReports.reportedOn', { date: longDate(locale, report.createdAt) })}
          {report.resolvedAt
            ? ` · ${t('myReports.reviewedOn', { date: longDate(locale, report.resolvedAt) })}`
            : null}
        </Text>
      </Stack>
    </Paper>
  );
}
