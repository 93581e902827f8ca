import { Alert, Button, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useCity } from '../../modules/city/hooks/useCity';
import { HiddenNotice } from '../../modules/moderation/components/ModerationNotice';
import { ReportButton } from '../../modules/moderation/components/ReportButton';
import { OrganizationOpportunities } from '../../modules/opportunities/components/OrganizationOpportunities';
import { OrganizationMembers } from '../../modules/organizations/components/OrganizationMembers';
import { OrganizationLogo } from '../../modules/organizations/components/OrganizationLogo';
import { VerifiedBadge } from '../../modules/organizations/components/VerifiedBadge';
import {
  useOrganization,
  type OrganizationDetails,
} from '../../modules/organizations/hooks/useOrganization';
import { useRequestOrganizationVerification } from '../../modules/organizations/hooks/useRequestOrganizationVerification';
import { StatementList } from '../../modules/statements/components/StatementList';
import { DetailList, type Detail } from '../../modules/ui/DetailList';
import { ExternalLink } from '../../modules/ui/ExternalLink';
import { formProblems } from '../../modules/ui/formProblems';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** `/o/:slug`: an organization's page. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const { organization, error } = useOrganization(slug);

  if (error) {
    return (
      <PageMessage
        documentTitle={t('app.documentTitleFallback')}
        title={t('common.loadError')}
        alert
      >
        {t('status.errorServer')}
      </PageMessage>
    );
  }
  if (organization === undefined) return <PageLoading label={t('organizationPage.loading')} />;
  if (organization === null) {
    return (
      <PageMessage
        documentTitle={t('organizationPage.notFoundDocumentTitle')}
        title={t('organizationPage.notFoundTitle')}
      >
        {t('organizationPage.notFoundBody', { slug })}
      </PageMessage>
    );
  }
  return <OrganizationView organization={organization} />;
}

function OrganizationView({ organization }: { organization: OrganizationDetails }) {
  const { t } = useTranslation();
  const { city } = useCity();
  const { viewer } = useSession();
  const { requestVerification, loading } = useRequestOrganizationVerification();
  const [requested, setRequested] = useState(false);
  const [requestError, setRequestError] = useState<string>();
  const canEdit = organization.viewerRole === 'OWNER' || organization.viewerRole === 'ADMIN';
  const canRequest =
    organization.viewerRole === 'OWNER' &&
    !organization.verified &&
    !organization.verificationPending;
  // Its own people do not report it; any other member may.
  const canReport = viewer !== null && organization.viewerRole === null;

  async function onRequest() {
    setRequestError(undefined);
    try {
      await requestVerification(organization.id);
      setRequested(true);
    } catch (error) {
      setRequestError(formProblems(t, error, () => false).form);
    }
  }

  const details: Detail[] = [
    { key: 'type', label: t('organizationPage.type'), value: t(`orgTypes.${organization.type}`) },
  ];
  if (organization.sectors.length > 0) {
    details.push({
      key: 'sectors',
      label: t('organizationPage.sectors'),
      value: organization.sectors
        .map((code) => city?.sectors.find((sector) => sector.code === code)?.name ?? code)
        .join(', '),
    });
  }
  if (organization.sizeBand) {
    details.push({
      key: 'size',
      label: t('organizationPage.size'),
      value: t(`sizeBands.${organization.sizeBand}`),
    });
  }
  if (organization.neighborhood) {
    details.push({
      key: 'neighborhood',
      label: t('organizationPage.neighborhood'),
      value:
        city?.neighborhoods.find((n) => n.slug === organization.neighborhood)?.name ??
        organization.neighborhood,
    });
  }
  if (organization.address) {
    details.push({
      key: 'address',
      label: t('organizationPage.address'),
      value: organization.address,
    });
  }
  if (organization.website) {
    details.push({
      key: 'website',
      label: t('organizationPage.website'),
      value: (
        <ExternalLink href={organization.website}>
          {organization.website.replace(/^https?:\/\//, '')}
        </ExternalLink>
      ),
    });
  }
  if (organization.foundedYear) {
    details.push({
      key: 'founded',
      label: t('organizationPage.founded'),
      value: String(organization.foundedYear),
    });
  }

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('organizationPage.documentTitle', { name: organization.name })}</title>
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="lg" align="flex-start" wrap="nowrap">
            <OrganizationLogo organization={organization} size={96} />
            <Stack gap="xs" maw={720} miw={0}>
              <Group gap="sm" align="center">
                <Title order={1}>{organization.name}</Title>
                {organization.verified && <VerifiedBadge size="lg" />}
              </Group>
              <Text c="dimmed" fw={600}>
                {t(`orgTypes.${organization.type}`)}
              </Text>
            </Stack>
          </Group>
          {(canEdit || canRequest || canReport) && (
            <Group gap="sm">
              {canEdit && (
                <Button component={Link} to={`/o/${organization.slug}/edit`} variant="default">
                  {t('organizationPage.edit')}
                </Button>
              )}
              {canRequest && !requested && (
                <Button loading={loading} onClick={() => void onRequest()}>
                  {t('organizationPage.requestVerification')}
                </Button>
              )}
              {canReport && (
                <ReportButton
                  target={{ type: 'ORGANIZATION', id: organization.id, name: organization.name }}
                />
              )}
            </Group>
          )}
        </Group>
        {organization.hidden && <HiddenNotice kind="ORGANIZATION" />}
        {requestError && <FormAlert>{requestError}</FormAlert>}
        {requested && (
          <Alert color="grow" variant="light" role="status">
            {t('organizationPage.verificationRequested')}
          </Alert>
        )}
        {!requested && organization.verificationPending && !organization.verified && (
          <Text role="status">{t('organizationPage.verificationPending')}</Text>
        )}

        {organization.description && (
          <Text style={{ whiteSpace: 'pre-line' }} maw={760}>
            {organization.description}
          </Text>
        )}

        <Stack component="section" aria-labelledby="organization-details" gap="sm">
          <Title id="organization-details" order={2} fz="h3">
            {t('organizationPage.detailsHeading')}
          </Title>
          <DetailList details={details} />
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <StatementList kind="needs" statements={organization.needs} />
          <StatementList kind="offers" statements={organization.offers} />
        </SimpleGrid>

        <OrganizationOpportunities organization={organization} canPost={canEdit} />

        <OrganizationMembers organization={organization} viewerId={viewer?.id} />
      </Stack>
    </Container>
  );
}
