import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { ModerationActionKind } from '../../../generated/graphql';
import { RequireSession } from '../../../modules/auth/components/RequireSession';
import { authProblems } from '../../../modules/auth/errors';
import {
  ModerationActionDialog,
  type ActionValues,
} from '../../../modules/moderation/components/ModerationActionDialog';
import {
  dateTime,
  historyAction,
  isSuspended,
  standingLabels,
} from '../../../modules/moderation/format';
import {
  useModerateCase,
  useModerationCase,
  type ModerationCaseDetails,
} from '../../../modules/moderation/hooks/useModeration';
import { longDate } from '../../../modules/opportunities/format';
import { DetailList, type Detail } from '../../../modules/ui/DetailList';
import { PageMessage } from '../../../modules/ui/PageMessage';
import { PageLoading } from '../../../modules/ui/PageStatus';

/** `/staff/queue/:caseId`: city staff only. One case with its context, and what staff can do. */
export function ModerationCasePage() {
  const { caseId = '' } = useParams();
  return (
    <RequireSession>
      <CaseLoader key={caseId} caseId={caseId} />
    </RequireSession>
  );
}

function CaseLoader({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { moderationCase, error } = useModerationCase(caseId);
  const problems = error ? authProblems(error) : [];
  const notFound =
    moderationCase === null ||
    problems.some(
      ({ code, field }) => code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && field === 'id'),
    );
  if (notFound) {
    return (
      <PageMessage
        documentTitle={t('moderation.case.notFoundDocumentTitle')}
        title={t('moderation.case.notFoundTitle')}
      >
        {t('moderation.case.notFoundBody')}
      </PageMessage>
    );
  }
  if (error && !moderationCase) {
    const forbidden = problems.some(({ code }) => code === 'FORBIDDEN');
    return (
      <PageMessage
        documentTitle={t('moderation.queue.documentTitle')}
        title={forbidden ? t('moderation.errors.forbiddenTitle') : t('common.loadError')}
        alert
      >
        {forbidden ? t('moderation.errors.forbidden') : t('status.errorServer')}
      </PageMessage>
    );
  }
  if (!moderationCase) return <PageLoading label={t('moderation.case.loading')} />;
  return <CaseView moderationCase={moderationCase} />;
}

function CaseView({ moderationCase }: { moderationCase: ModerationCaseDetails }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { content } = moderationCase;
  const title = content.title || t('moderation.untitled');
  const [done, setDone] = useState<string>();
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const facts: Detail[] = [
    {
      key: 'status',
      label: t('moderation.case.status'),
      value:
        moderationCase.status === 'RESOLVED' && moderationCase.resolution
          ? t('moderation.case.resolved', {
              action: t(`moderation.actionNames.${moderationCase.resolution}`),
              date: moderationCase.resolvedAt ? longDate(locale, moderationCase.resolvedAt) : '',
            })
          : t(`moderation.caseStatuses.${moderationCase.status}`),
    },
    {
      key: 'source',
      label: t('moderation.case.source'),
      value: t(`moderation.sources.${moderationCase.source}`),
    },
    {
      key: 'opened',
      label: t('moderation.case.opened'),
      value: dateTime(locale, moderationCase.openedAt),
    },
    {
      key: 'lastReport',
      label: t('moderation.case.lastReport'),
      value: dateTime(locale, moderationCase.lastReportedAt),
    },
  ];

  return (
    <Container size="lg" py={{ base: 24, sm: 40 }}>
      <title>{t('moderation.case.documentTitle', { title })}</title>
      <Stack gap="xl">
        <Anchor component={Link} to="/staff/queue" fw={600} w="fit-content">
          <span aria-hidden="true">← </span>
          {t('moderation.case.back')}
        </Anchor>
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="outline" color="gray.7" c="dark.7" tt="none">
              {t(`reportTargets.${moderationCase.targetType}`)}
            </Badge>
            {moderationCase.hidden && (
              <Badge variant="outline" color="orange.9" c="dark.7" tt="none">
                {moderationCase.autoHidden
                  ? t('moderation.badges.autoHidden')
                  : t('moderation.badges.hidden')}
              </Badge>
            )}
            {!content.exists && (
              <Badge variant="outline" color="gray.8" c="dark.7" tt="none">
                {t('moderation.badges.deleted')}
              </Badge>
            )}
          </Group>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
        </Stack>
        {done && (
          <Alert ref={doneRef} tabIndex={-1} color="grow" variant="light" role="status">
            {done}
          </Alert>
        )}
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xl">
              <Section id="case-content" title={t('moderation.case.contentHeading')}>
                {content.exists ? (
                  <Stack gap="xs">
                    {content.body ? (
                      <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {content.body}
                      </Text>
                    ) : (
                      <Text c="dimmed">{t('moderation.case.noText')}</Text>
                    )}
                    <Group gap="md">
                      {content.createdAt ? (
                        <Text size="sm" c="dimmed">
                          {t('moderation.case.created', {
                            date: dateTime(locale, content.createdAt),
                          })}
                        </Text>
                      ) : null}
                      {content.path && (
                        <Anchor component={Link} to={content.path} size="sm">
                          {t('moderation.case.open', { title })}
                        </Anchor>
                      )}
                    </Group>
                  </Stack>
                ) : (
                  <Text c="dimmed">{t('moderation.case.deleted')}</Text>
                )}
              </Section>
              <Reports moderationCase={moderationCase} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xl">
              <Actions moderationCase={moderationCase} onDone={setDone} />
              <Section id="case-facts" title={t('moderation.case.factsHeading')}>
                <DetailList details={facts} />
              </Section>
              <Owner moderationCase={moderationCase} />
              <History moderationCase={moderationCase} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title id={id} order={2} fz="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Owner({ moderationCase }: { moderationCase: ModerationCaseDetails }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { owner } = moderationCase;
  if (!owner) {
    return (
      <Section id="case-owner" title={t('moderation.case.ownerHeading')}>
        <Text c="dimmed">{t('moderation.case.noOwner')}</Text>
      </Section>
    );
  }
  const standing = standingLabels(t, locale, owner);
  const details: Detail[] = [
    {
      key: 'email',
      label: t('moderation.case.email'),
      value: (
        <>
          {owner.email}{' '}
          <Badge
            variant="outline"
            color={owner.emailVerified ? 'grow.8' : 'orange.9'}
            c="dark.7"
            tt="none"
            size="sm"
          >
            {owner.emailVerified ? t('moderation.case.verified') : t('moderation.case.unverified')}
          </Badge>
        </>
      ),
    },
    { key: 'joined', label: t('moderation.case.joined'), value: longDate(locale, owner.joinedAt) },
    {
      key: 'standing',
      label: t('moderation.case.standing'),
      value: standing.length > 0 ? standing.join(' · ') : t('moderation.standing.good'),
    },
    {
      key: 'reports',
      label: t('moderation.case.ownerReports'),
      value: String(moderationCase.ownerReportCount),
    },
  ];
  return (
    <Section id="case-owner" title={t('moderation.case.ownerHeading')}>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Stack gap={0}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {owner.displayName}
            </Text>
            <Anchor component={Link} to={`/m/${owner.handle}`} size="sm">
              @{owner.handle}
            </Anchor>
          </Stack>
          <DetailList details={details} />
        </Stack>
      </Paper>
    </Section>
  );
}

function History({ moderationCase }: { moderationCase: ModerationCaseDetails }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const entries = moderationCase.ownerHistory;
  return (
    <Section id="case-history" title={t('moderation.case.historyHeading')}>
      {entries.length === 0 ? (
        <Text c="dimmed">{t('moderation.case.noHistory')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Text fw={600}>{historyAction(t, entry.action)}</Text>
              <Text size="sm" c="dimmed">
                {entry.actorName
                  ? t('moderation.case.historyBy', {
                      date: dateTime(locale, entry.occurredAt),
                      name: entry.actorName,
                    })
                  : dateTime(locale, entry.occurredAt)}
              </Text>
              {entry.reason && (
                <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {entry.reason}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Reports({ moderationCase }: { moderationCase: ModerationCaseDetails }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { reports } = moderationCase;
  return (
    <Section
      id="case-reports"
      title={t('moderation.case.reportsHeading', { count: moderationCase.reportCount })}
    >
      {reports.length === 0 ? (
        <Text c="dimmed">{t('moderation.case.noReports')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {reports.map((report) => (
            <Paper component="li" key={report.id} withBorder radius="md" p="md">
              <Stack gap={6}>
                <Group justify="space-between" gap="xs">
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {report.reporter.displayName}{' '}
                    <Anchor component={Link} to={`/m/${report.reporter.handle}`} size="sm">
                      @{report.reporter.handle}
                    </Anchor>
                  </Text>
                  <Badge variant="outline" color="gray.7" c="dark.7" tt="none">
                    {t(`reportReasons.${report.reason}`)}
                  </Badge>
                </Group>
                {report.note && (
                  <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {report.note}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {dateTime(locale, report.createdAt)}
                </Text>
                <Text size="sm">
                  {report.reporterResolvedCount === 0
                    ? t('moderation.case.reporterNoRecord')
                    : t('moderation.case.reporterRecord', {
                        upheld: report.reporterUpheldCount,
                        count: report.reporterResolvedCount,
                        percent: Math.round(
                          (100 * report.reporterUpheldCount) / report.reporterResolvedCount,
                        ),
                      })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}

interface ActionsProps {
  moderationCase: ModerationCaseDetails;
  /** Says what was done, once done. */
  onDone: (message: string) => void;
}

/**
 * The actions that apply to the case as it stands: dismiss while open, hide or unhide, and on the
 * owner warn, suspend or unsuspend, restrict or unrestrict; delete while the content exists.
 */
function Actions({ moderationCase, onDone }: ActionsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { moderateCase, loading } = useModerateCase();
  const [action, setAction] = useState<ModerationActionKind>();
  // The dialog's words stay those of the last action while it closes.
  const [shown, setShown] = useState<ModerationActionKind>('DISMISS');
  if (action && action !== shown) setShown(action);
  const { owner, content } = moderationCase;
  const name = owner?.displayName ?? '';

  const available: ModerationActionKind[] = [];
  if (moderationCase.status === 'OPEN') available.push('DISMISS');
  if (moderationCase.hidden) available.push('UNHIDE');
  else if (content.exists) available.push('HIDE');
  if (owner) {
    available.push('WARN');
    available.push(isSuspended(owner) ? 'UNSUSPEND' : 'SUSPEND');
    available.push(owner.restricted ? 'UNRESTRICT' : 'RESTRICT');
  }
  if (content.exists) available.push('DELETE_CONTENT');

  async function confirm(values: ActionValues) {
    if (!action) return;
    const updated = await moderateCase({ caseId: moderationCase.id, action, ...values });
    setAction(undefined);
    const until = updated.owner?.suspendedUntil;
    onDone(
      action === 'SUSPEND' && until && !updated.owner?.suspendedIndefinitely
        ? t('moderation.actions.SUSPEND.doneUntil', { name, date: longDate(locale, until) })
        : t(`moderation.actions.${action}.done`, { name }),
    );
  }

  const destructive = (kind: ModerationActionKind) =>
    kind === 'DELETE_CONTENT' || kind === 'SUSPEND';
  return (
    <Section id="case-actions" title={t('moderation.case.actionsHeading')}>
      <Stack gap="xs">
        {available.map((kind) => (
          <Button
            key={kind}
            variant="default"
            c={destructive(kind) ? 'red.8' : undefined}
            justify="flex-start"
            onClick={() => setAction(kind)}
          >
            {t(`moderation.actions.${kind}.button`)}
          </Button>
        ))}
      </Stack>
      <ModerationActionDialog
        action={action}
        title={t(`moderation.actions.${shown}.title`, { name, title: content.title })}
        confirmLabel={t(`moderation.actions.${shown}.confirm`)}
        loading={loading}
        onClose={() => setAction(undefined)}
        onConfirm={confirm}
      >
        {t(`moderation.actions.${shown}.body`, { name, title: content.title })}
      </ModerationActionDialog>
    </Section>
  );
}
