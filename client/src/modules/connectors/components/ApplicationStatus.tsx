import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { ConnectorApplicationStatus } from '../../../generated/graphql';
import { longDate } from '../../opportunities/format';
import { staffErrorMessage } from '../../staff/errors';
import { ConfirmActionModal } from '../../ui/ConfirmActionModal';
import {
  useWithdrawConnectorApplication,
  type ConnectorApplication,
} from '../hooks/useConnectorApplication';
import { ApplicationDetails } from './ApplicationDetails';

// Light tints under dark text: the status is also said in words.
const STATUS_COLORS: Record<ConnectorApplicationStatus, string> = {
  PENDING: 'orange',
  APPROVED: 'grow',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

interface ApplicationStatusProps {
  application: ConnectorApplication;
  headingRef?: Ref<HTMLHeadingElement>;
  onWithdrawn: () => void;
}

/** The applicant's view of their newest application: where it stands, what they sent; withdraw. */
export function ApplicationStatus({
  application,
  headingRef,
  onWithdrawn,
}: ApplicationStatusProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { withdraw, loading } = useWithdrawConnectorApplication();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <Paper
      component="section"
      aria-labelledby="connector-application"
      withBorder
      p="md"
      radius="md"
    >
      <Stack gap="sm">
        <Group gap="sm" justify="space-between">
          <Title id="connector-application" order={2} fz="h3" ref={headingRef} tabIndex={-1}>
            {t('connectorApply.statusHeading')}
          </Title>
          <Badge
            color={STATUS_COLORS[application.status]}
            variant="light"
            c="dark.8"
            tt="none"
            size="lg"
          >
            {t(`connectorApply.statuses.${application.status}`)}
          </Badge>
        </Group>
        <Text>{t(`connectorApply.statusText.${application.status}`)}</Text>
        <Text size="sm" c="dimmed">
          {application.decidedAt
            ? t('connectorApply.sentAndDecided', {
                sent: longDate(locale, application.createdAt),
                decided: longDate(locale, application.decidedAt),
              })
            : t('connectorApply.sentOn', { date: longDate(locale, application.createdAt) })}
        </Text>
        {application.decisionNote && (
          <Text>{t('connectorApply.decisionNote', { note: application.decisionNote })}</Text>
        )}
        <ApplicationDetails application={application} />
        {application.status === 'PENDING' && (
          <div>
            <Button variant="outline" color="red.8" onClick={() => setConfirming(true)}>
              {t('connectorApply.withdraw')}
            </Button>
          </div>
        )}
      </Stack>
      <ConfirmActionModal
        opened={confirming}
        title={t('connectorApply.withdrawTitle')}
        confirmLabel={t('connectorApply.withdrawConfirm')}
        dismissLabel={t('connectorApply.withdrawKeep')}
        destructive
        loading={loading}
        error={error}
        onClose={() => {
          setConfirming(false);
          setError(undefined);
        }}
        onConfirm={() => {
          setError(undefined);
          withdraw().then(
            () => {
              setConfirming(false);
              onWithdrawn();
            },
            (problem: unknown) => setError(staffErrorMessage(t, problem)),
          );
        }}
      >
        <Text>{t('connectorApply.withdrawBody')}</Text>
      </ConfirmActionModal>
    </Paper>
  );
}
