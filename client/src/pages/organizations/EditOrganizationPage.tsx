import { useApolloClient } from '@apollo/client/react';
import { Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useCity } from '../../modules/city/hooks/useCity';
import { OrganizationForm } from '../../modules/organizations/components/OrganizationForm';
import { useOrganization } from '../../modules/organizations/hooks/useOrganization';
import { useUpdateOrganization } from '../../modules/organizations/hooks/useSaveOrganization';
import { ImageUploadField } from '../../modules/media/ImageUploadField';
import { initials } from '../../modules/ui/displayNames';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** `/o/:slug/edit`: for the organization's owners and admins. */
export function EditOrganizationPage() {
  return (
    <RequireSession>
      <EditOrganization />
    </RequireSession>
  );
}

function EditOrganization() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const { organization, error } = useOrganization(slug);
  const { city } = useCity();
  const navigate = useNavigate();
  const { updateOrganization, loading } = useUpdateOrganization();
  const client = useApolloClient();

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
  const title = t('organizationForm.editTitle', { name: organization.name });
  if (organization.viewerRole !== 'OWNER' && organization.viewerRole !== 'ADMIN') {
    return (
      <PageMessage
        documentTitle={t('organizationForm.editDocumentTitle', { name: organization.name })}
        title={title}
        alert
      >
        {t('organizationForm.forbidden')}
      </PageMessage>
    );
  }
  return (
    <Container size={720} py={{ base: 32, sm: 56 }}>
      <title>{t('organizationForm.editDocumentTitle', { name: organization.name })}</title>
      <Stack gap="xl">
        <Title order={1}>{title}</Title>
        <ImageUploadField
          label={t('organizationForm.logoHeading')}
          description={t('organizationForm.logoIntro')}
          imageUrl={organization.logoUrl ?? null}
          placeholder={initials(organization.name)}
          alt={t('organizationForm.logoAlt', { name: organization.name })}
          path={`/api/organizations/${organization.id}/logo`}
          field="logo"
          radius="md"
          onChange={(logoUrl) => {
            // Saved at once; the organization's page and lists show the new logo.
            client.cache.modify({
              id: client.cache.identify(organization),
              fields: { logoUrl: () => logoUrl },
            });
          }}
        />
        <OrganizationForm
          organization={organization}
          city={city}
          submitLabel={t('organizationForm.saveSubmit')}
          loading={loading}
          onSubmit={async ({ slug: _slug, ...values }) => {
            const saved = await updateOrganization({ id: organization.id, ...values });
            await navigate(`/o/${saved.slug}`);
          }}
        />
      </Stack>
    </Container>
  );
}
