import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../auth/components/FormAlert';
import { ConfirmActionModal } from '../../ui/ConfirmActionModal';
import { opportunityErrorMessage } from '../errors';
import type { OpportunityDetails } from '../hooks/useOpportunity';
import { useOpportunityLifecycle } from '../hooks/useOpportunityActions';

/** For its poster (and its organization's admins): edit, publish a draft, close. */
export function PosterActions({ opportunity }: { opportunity: OpportunityDetails }) {
  const { t } = useTranslation();
  const { publishOpportunity, closeOpportunity, publishing, closing } = useOpportunityLifecycle();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [closeError, setCloseError] = useState<string>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const closable = opportunity.status !== 'CLOSED' && opportunity.status !== 'EXPIRED';

  // The button that was used is gone after the change; the outcome takes the focus.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function publish() {
    setError(undefined);
    setNotice(undefined);
    try {
      const published = await publishOpportunity(opportunity.id);
      setNotice(
        published.status === 'IN_REVIEW'
          ? t('opportunityPage.sentToReview')
          : t('opportunityPage.published'),
      );
    } catch (caught) {
      setError(opportunityErrorMessage(t, caught));
    }
  }

  async function close() {
    setCloseError(undefined);
    try {
      await closeOpportunity(opportunity.id);
    } catch (caught) {
      setCloseError(opportunityErrorMessage(t, caught));
      return;
    }
    setConfirmingClose(false);
    setNotice(t('opportunityPage.closed'));
  }

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button component={Link} to={`/opportunities/${opportunity.id}/edit`} variant="default">
          {t('opportunityPage.edit')}
        </Button>
        {opportunity.status === 'DRAFT' && (
          <Button loading={publishing} onClick={() => void publish()}>
            {t('opportunityPage.publish')}
          </Button>
        )}
        {closable && (
          <Button variant="default" c="red.8" onClick={() => setConfirmingClose(true)}>
            {t('opportunityPage.close')}
          </Button>
        )}
      </Group>
      {opportunity.status === 'DRAFT' && (
        <Text size="sm" c="dimmed">
          {t('opportunityPage.draftHint')}
        </Text>
      )}
      {opportunity.status === 'IN_REVIEW' && !notice && (
        <Text size="sm">{t('opportunityPage.inReviewHint')}</Text>
      )}
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} color="grow" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {error && <FormAlert>{error}</FormAlert>}
      <ConfirmActionModal
        opened={confirmingClose}
        title={t('opportunityPage.closeTitle')}
        confirmLabel={t('opportunityPage.closeConfirm')}
        dismissLabel={t('opportunityPage.keepOpen')}
        destructive
        loading={closing}
        error={closeError}
        onConfirm={() => void close()}
        onClose={() => {
          setCloseError(undefined);
          setConfirmingClose(false);
        }}
      >
        <Text>{t('opportunityPage.closeBody', { title: opportunity.title })}</Text>
      </ConfirmActionModal>
    </Stack>
  );
}
