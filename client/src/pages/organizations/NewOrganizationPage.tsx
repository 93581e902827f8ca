import { Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useCity } from '../../modules/city/hooks/useCity';
import { OrganizationForm } from '../../modules/organizations/components/OrganizationForm';
import { useCreateOrganization } from '../../modules/organizations/hooks/useSaveOrganization';

/** `/organizations/new`: the member creates an organization and becomes its owner. */
export function NewOrganizationPage() {
  return (
    <RequireSession>
      <NewOrganization />
    </RequireSession>
  );
}

function NewOrganization() {
  const { t } = useTranslation();
  const { city } = useCity();
  const navigate = useNavigate();
  const { createOrganization, loading } = useCreateOrganization();
  return (
    <Container size={720} py={{ base: 32, sm: 56 }}>
      <title>{t('organizationForm.newDocumentTitle')}</title>
      <Stack gap="xl">
        <Title order={1}>{t('organizationForm.newTitle')}</Title>
        <OrganizationForm
          city={city}
          submitLabel={t('organizationForm.createSubmit')}
          loading={loading}
          onSubmit={async (values) => {
            const created = await createOrganization(values);
            await navigate(`/o/${created.slug}`);
          }}
        />
      </Stack>
    </Container>
  );
}
