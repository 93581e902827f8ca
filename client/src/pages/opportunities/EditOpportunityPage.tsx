import { Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { OpportunityForm } from '../../modules/opportunities/components/OpportunityForm';
import { useOpportunity } from '../../modules/opportunities/hooks/useOpportunity';
import {
  useOpportunityLifecycle,
  useUpdateOpportunity,
} from '../../modules/opportunities/hooks/useOpportunityActions';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';
import { noticeFor } from './notices';

/** `/opportunities/:id/edit`: for its poster and its organization's admins. */
export function EditOpportunityPage() {
  return (
    <RequireSession>
      <EditOpportunity />
    </RequireSession>
  );
}

function EditOpportunity() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { opportunity, error } = useOpportunity(id);
  const { updateOpportunity, loading: updating } = useUpdateOpportunity();
  const { publishOpportunity, publishing } = useOpportunityLifecycle();

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
  if (opportunity === undefined) return <PageLoading label={t('opportunityPage.loading')} />;
  if (opportunity === null) {
    return (
      <PageMessage
        documentTitle={t('opportunityPage.notFoundDocumentTitle')}
        title={t('opportunityPage.notFoundTitle')}
      >
        {t('opportunityPage.notFoundBody')}
      </PageMessage>
    );
  }
  const title = t('opportunityForm.editTitle', { title: opportunity.title });
  if (!opportunity.viewerCanEdit) {
    return (
      <PageMessage
        documentTitle={t('opportunityForm.editDocumentTitle', { title: opportunity.title })}
        title={title}
        alert
      >
        {t('opportunityForm.forbidden')}
      </PageMessage>
    );
  }
  return (
    <Container size={760} py={{ base: 32, sm: 56 }}>
      <title>{t('opportunityForm.editDocumentTitle', { title: opportunity.title })}</title>
      <Stack gap="xl">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <OpportunityForm
          opportunity={opportunity}
          organizations={[]}
          loading={updating || publishing}
          onSubmit={async (submission) => {
            if (submission.mode !== 'update') return;
            const updated = await updateOpportunity(submission.input);
            if (!submission.publish) {
              await navigate(`/opportunities/${updated.id}`, { state: { notice: 'updated' } });
              return;
            }
            const published = await publishOpportunity(updated.id);
            await navigate(`/opportunities/${published.id}`, {
              state: { notice: noticeFor(published.status, 'draft') },
            });
          }}
        />
      </Stack>
    </Container>
  );
}
