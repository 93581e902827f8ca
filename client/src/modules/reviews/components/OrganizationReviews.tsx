import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCityNames } from '../../opportunities/hooks/useCityNames';
import { DecisionNoteDialog } from '../../staff/components/DecisionNoteDialog';
import { PagedListView } from '../../staff/components/PagedListView';
import { useFocusAfterDecision } from '../../staff/hooks/useFocusAfterDecision';
import { staffErrorMessage } from '../../staff/errors';
import { ExternalLink } from '../../ui/ExternalLink';
import {
  useOrganizationsPendingVerification,
  useVerifyOrganization,
  type OrganizationToVerify,
} from '../hooks/useReviews';

/** Organizations whose owners asked for the verified badge: verify, or refuse with a note. */
export function OrganizationReviews() {
  const { t } = useTranslation();
  const list = useOrganizationsPendingVerification();
  const { verifyOrganization, loading } = useVerifyOrganization();
  const { ref: headingRef, requestFocus } = useFocusAfterDecision();
  const [verifying, setVerifying] = useState<string>();
  const [refusing, setRefusing] = useState<OrganizationToVerify>();
  const [failed, setFailed] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState('');

  function decided(message: string) {
    setNotice(message);
    setFailed(undefined);
    requestFocus();
  }

  async function verify(organization: OrganizationToVerify) {
    setVerifying(organization.id);
    setFailed(undefined);
    try {
      await verifyOrganization(organization.id, true);
      decided(t('reviews.verified', { name: organization.name }));
    } catch (error) {
      setFailed({ id: organization.id, message: staffErrorMessage(t, error) });
    } finally {
      setVerifying(undefined);
    }
  }

  return (
    <Stack component="section" aria-labelledby="organizations-to-verify" gap="md">
      <Title id="organizations-to-verify" order={2} ref={headingRef} tabIndex={-1}>
        {t('reviews.organizationsHeading')}
      </Title>
      <Text role="status">{notice}</Text>
      <PagedListView
        list={list}
        empty={t('reviews.organizationsEmpty')}
        loadError={t('reviews.organizationsLoadError')}
      >
        {(items) => (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((organization) => (
              <li key={organization.id}>
                <OrganizationItem
                  organization={organization}
                  verifying={verifying === organization.id}
                  error={failed?.id === organization.id ? failed.message : undefined}
                  onVerify={() => void verify(organization)}
                  onRefuse={() => setRefusing(organization)}
                />
              </li>
            ))}
          </Stack>
        )}
      </PagedListView>
      <DecisionNoteDialog
        opened={!!refusing}
        title={t('reviews.refuseTitle', { name: refusing?.name ?? '' })}
        intro={t('reviews.refuseIntro')}
        noteLabel={t('reviews.refuseNote')}
        requiredMessage={t('reviews.refuseNoteRequired')}
        submitLabel={t('reviews.refuseSubmit')}
        loading={loading}
        onClose={() => setRefusing(undefined)}
        onSubmit={async (note) => {
          if (!refusing) return;
          await verifyOrganization(refusing.id, false, note);
          const { name } = refusing;
          setRefusing(undefined);
          decided(t('reviews.refused', { name }));
        }}
      />
    </Stack>
  );
}

interface OrganizationItemProps {
  organization: OrganizationToVerify;
  verifying: boolean;
  error: string | undefined;
  onVerify: () => void;
  onRefuse: () => void;
}

function OrganizationItem({
  organization,
  verifying,
  error,
  onVerify,
  onRefuse,
}: OrganizationItemProps) {
  const { t } = useTranslation();
  const { sectorName, neighborhoodName } = useCityNames();
  const owners = organization.members.filter((membership) => membership.role === 'OWNER');
  const facts = [
    t(`orgTypes.${organization.type}`),
    ...organization.sectors.map(sectorName),
    ...(organization.neighborhood ? [neighborhoodName(organization.neighborhood)] : []),
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} fz="h4">
          <Anchor component={Link} to={`/o/${organization.slug}`}>
            {organization.name}
          </Anchor>
        </Title>
        <Text size="sm">{facts.join(' · ')}</Text>
        {owners.length > 0 && (
          <Text size="sm">
            {t('reviews.owners', { count: owners.length })}{' '}
            {owners.map((owner, index) => (
              <span key={owner.member.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/m/${owner.member.handle}`}>
                  {owner.member.displayName}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        {organization.website && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <ExternalLink href={organization.website}>{organization.website}</ExternalLink>
          </Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            size="sm"
            loading={verifying}
            onClick={onVerify}
            aria-label={t('reviews.verifyNamed', { name: organization.name })}
          >
            {t('reviews.verify')}
          </Button>
          <Button
            size="sm"
            variant="default"
            onClick={onRefuse}
            aria-label={t('reviews.refuseNamed', { name: organization.name })}
          >
            {t('reviews.refuse')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
