import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { ConnectorApplicationStatus } from '../../../generated/graphql';
import { longDate } from '../../opportunities/format';
import { DecisionNoteDialog } from '../../staff/components/DecisionNoteDialog';
import { PagedListView } from '../../staff/components/PagedListView';
import { staffErrorMessage } from '../../staff/errors';
import { useFocusAfterDecision } from '../../staff/hooks/useFocusAfterDecision';
import {
  useConnectorApplications,
  useDecideConnectorApplication,
  type ApplicationForStaff,
} from '../hooks/useConnectorProgramme';
import { ApplicationDetails } from './ApplicationDetails';

const STATUSES: readonly ConnectorApplicationStatus[] = [
  'PENDING',
  'APPROVED',
  'DECLINED',
  'WITHDRAWN',
];

/**
 * Applications to the connector programme, waiting ones first shown: approve (the applicant
 * becomes a connector) or decline with a note they read. Decided ones can be looked up by status.
 */
export function StaffApplications() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ConnectorApplicationStatus>('PENDING');
  const list = useConnectorApplications(status);
  const { decide, loading } = useDecideConnectorApplication();
  const { ref: headingRef, requestFocus } = useFocusAfterDecision();
  const [approving, setApproving] = useState<string>();
  const [declining, setDeclining] = useState<ApplicationForStaff>();
  const [failed, setFailed] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState('');

  function decided(message: string) {
    setNotice(message);
    setFailed(undefined);
    requestFocus();
  }

  async function approve(application: ApplicationForStaff) {
    setApproving(application.id);
    setFailed(undefined);
    try {
      await decide(application.id, true);
      decided(t('staffConnectors.approved', { name: application.applicant.displayName }));
    } catch (error) {
      setFailed({ id: application.id, message: staffErrorMessage(t, error) });
    } finally {
      setApproving(undefined);
    }
  }

  return (
    <Stack component="section" aria-labelledby="connector-applications" gap="md">
      <Title id="connector-applications" order={2} ref={headingRef} tabIndex={-1}>
        {t('staffConnectors.applicationsHeading')}
      </Title>
      <Select
        label={t('staffConnectors.statusFilter')}
        data={STATUSES.map((value) => ({
          value,
          label: t(`staffConnectors.statusOptions.${value}`),
        }))}
        value={status}
        allowDeselect={false}
        onChange={(value) => {
          const found = STATUSES.find((candidate) => candidate === value);
          if (found) setStatus(found);
        }}
        w={{ base: '100%', xs: 260 }}
      />
      <Text role="status">{notice}</Text>
      <PagedListView
        list={list}
        empty={t(`staffConnectors.empty.${status}`)}
        loadError={t('staffConnectors.applicationsLoadError')}
      >
        {(items) => (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((application) => (
              <li key={application.id}>
                <ApplicationItem
                  application={application}
                  approving={approving === application.id}
                  error={failed?.id === application.id ? failed.message : undefined}
                  onApprove={() => void approve(application)}
                  onDecline={() => setDeclining(application)}
                />
              </li>
            ))}
          </Stack>
        )}
      </PagedListView>
      <DecisionNoteDialog
        opened={!!declining}
        title={t('staffConnectors.declineTitle', { name: declining?.applicant.displayName ?? '' })}
        intro={t('staffConnectors.declineIntro')}
        noteLabel={t('staffConnectors.declineNote')}
        requiredMessage={t('staffConnectors.declineNoteRequired')}
        submitLabel={t('staffConnectors.declineSubmit')}
        loading={loading}
        onClose={() => setDeclining(undefined)}
        onSubmit={async (note) => {
          if (!declining) return;
          await decide(declining.id, false, note);
          const name = declining.applicant.displayName;
          setDeclining(undefined);
          decided(t('staffConnectors.declined', { name }));
        }}
      />
    </Stack>
  );
}

interface ApplicationItemProps {
  application: ApplicationForStaff;
  approving: boolean;
  error: string | undefined;
  onApprove: () => void;
  onDecline: () => void;
}

function ApplicationItem({
  application,
  approving,
  error,
  onApprove,
  onDecline,
}: ApplicationItemProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const name = application.applicant.displayName;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="h4">
            <Anchor component={Link} to={`/m/${application.applicant.handle}`}>
              {name}
            </Anchor>
          </Title>
          {application.applicant.headline && (
            <Text size="sm">{application.applicant.headline}</Text>
          )}
          <Text size="sm" c="dimmed">
            {application.decidedAt
              ? t('connectorApply.sentAndDecided', {
                  sent: longDate(locale, application.createdAt),
                  decided: longDate(locale, application.decidedAt),
                })
              : t('connectorApply.sentOn', { date: longDate(locale, application.createdAt) })}
          </Text>
        </div>
        <ApplicationDetails application={application} />
        {application.decisionNote && (
          <Text size="sm">
            {t('staffConnectors.decisionNote', { note: application.decisionNote })}
          </Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {application.status === 'PENDING' && (
          <Group gap="sm">
            <Button
              size="sm"
              loading={approving}
              onClick={onApprove}
              aria-label={t('staffConnectors.approveNamed', { name })}
            >
              {t('staffConnectors.approve')}
            </Button>
            <Button
              size="sm"
              variant="default"
              onClick={onDecline}
              aria-label={t('staffConnectors.declineNamed', { name })}
            >
              {t('staffConnectors.decline')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
