import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useSession } from '../../modules/auth/hooks/useSession';
import { ApplicationStatus } from '../../modules/connectors/components/ApplicationStatus';
import { ConnectorApplicationForm } from '../../modules/connectors/components/ConnectorApplicationForm';
import { useMyConnectorApplication } from '../../modules/connectors/hooks/useConnectorApplication';
import { useFocusAfterDecision } from '../../modules/staff/hooks/useFocusAfterDecision';

/**
 * `/connectors/apply`: members only. What connectors do, where the member's newest application
 * stands (withdraw while it waits), and the form: for a first application, or again after a
 * decline or a withdrawal.
 */
export function ConnectorApplicationPage() {
  return (
    <RequireSession>
      <ConnectorApplication />
    </RequireSession>
  );
}

function ConnectorApplication() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { application, error, retry } = useMyConnectorApplication();
  const { ref: statusHeadingRef, requestFocus: focusStatus } = useFocusAfterDecision();
  const { ref: formHeadingRef, requestFocus: focusForm } = useFocusAfterDecision();
  const [notice, setNotice] = useState('');
  const isConnector = viewer?.roles.includes('CONNECTOR') ?? false;
  const canApply =
    !isConnector &&
    application !== undefined &&
    (application === null ||
      application.status === 'DECLINED' ||
      application.status === 'WITHDRAWN');

  return (
    <Container size={640} py={{ base: 32, sm: 56 }}>
      <title>{t('connectorApply.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('connectorApply.title')}</Title>
          <Text size="lg">{t('connectorApply.intro')}</Text>
          <Text>{t('connectorApply.whatStaffLookFor')}</Text>
        </Stack>
        <Text role="status">{notice}</Text>
        {isConnector && (
          <Alert color="grow" variant="light" title={t('connectorApply.alreadyTitle')}>
            <Text size="sm">
              {t('connectorApply.alreadyBody')}{' '}
              <Anchor component={Link} to="/introductions">
                {t('connectorApply.alreadyLink')}
              </Anchor>
            </Text>
          </Alert>
        )}
        {application === undefined && error && (
          <Group gap="sm" role="alert">
            <Text>{t('connectorApply.loadError')}</Text>
            <Button variant="default" size="compact-sm" onClick={retry}>
              {t('status.retry')}
            </Button>
          </Group>
        )}
        {application === undefined && !error && (
          <Group justify="center" py="lg" role="status">
            <Loader size="sm" aria-hidden="true" />
            <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
          </Group>
        )}
        {application && (
          <ApplicationStatus
            application={application}
            headingRef={statusHeadingRef}
            onWithdrawn={() => {
              setNotice(t('connectorApply.withdrawn'));
              focusForm();
            }}
          />
        )}
        {canApply && (
          <Stack component="section" aria-labelledby="connector-apply-form" gap="md">
            <Title id="connector-apply-form" order={2} fz="h3" ref={formHeadingRef} tabIndex={-1}>
              {application
                ? t('connectorApply.applyAgainHeading')
                : t('connectorApply.applyHeading')}
            </Title>
            <ConnectorApplicationForm
              onApplied={() => {
                setNotice(t('connectorApply.applied'));
                focusStatus();
              }}
            />
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
