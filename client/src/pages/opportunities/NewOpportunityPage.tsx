import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { OpportunityForm } from '../../modules/opportunities/components/OpportunityForm';
import { useAdministeredOrganizations } from '../../modules/opportunities/hooks/useAdministeredOrganizations';
import { useCreateOpportunity } from '../../modules/opportunities/hooks/useOpportunityActions';
import { noticeFor } from './notices';

/** `/opportunities/new` (`?organization=<id>` to post for it): members only. */
export function NewOpportunityPage() {
  return (
    <RequireSession>
      <NewOpportunity />
    </RequireSession>
  );
}

function NewOpportunity() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { organizations } = useAdministeredOrganizations();
  const { createOpportunity, loading } = useCreateOpportunity();
  return (
    <Container size={760} py={{ base: 32, sm: 56 }}>
      <title>{t('opportunityForm.newDocumentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('opportunityForm.newTitle')}</Title>
          <Text c="dimmed">{t('opportunityForm.newIntro')}</Text>
        </Stack>
        <OpportunityForm
          organizations={organizations}
          initialOrganizationId={params.get('organization')}
          loading={loading}
          onSubmit={async (submission) => {
            if (submission.mode !== 'create') return;
            const created = await createOpportunity(submission.input);
            await navigate(`/opportunities/${created.id}`, {
              state: { notice: noticeFor(created.status, 'draft') },
            });
          }}
        />
      </Stack>
    </Container>
  );
}
