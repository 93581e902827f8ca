import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { longDate } from '../../opportunities/format';
import { DecisionNoteDialog } from '../../staff/components/DecisionNoteDialog';
import { PagedListView } from '../../staff/components/PagedListView';
import { useFocusAfterDecision } from '../../staff/hooks/useFocusAfterDecision';
import { staffErrorMessage } from '../../staff/errors';
import {
  useOpportunitiesInReview,
  useReviewOpportunity,
  type OpportunityInReview,
} from '../hooks/useReviews';

/**
 * Opportunities waiting for review, oldest first: approve publishes one; reject sends it back
 * to its poster as a draft, with a note saying why.
 */
export function OpportunityReviews() {
  const { t } = useTranslation();
  const list = useOpportunitiesInReview();
  const { reviewOpportunity, loading } = useReviewOpportunity();
  const { ref: headingRef, requestFocus } = useFocusAfterDecision();
  const [approving, setApproving] = useState<string>();
  const [rejecting, setRejecting] = useState<OpportunityInReview>();
  const [failed, setFailed] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState('');

  function decided(message: string) {
    setNotice(message);
    setFailed(undefined);
    requestFocus();
  }

  async function approve(opportunity: OpportunityInReview) {
    setApproving(opportunity.id);
    setFailed(undefined);
    try {
      await reviewOpportunity(opportunity.id, true);
      decided(t('reviews.approved', { title: opportunity.title }));
    } catch (error) {
      setFailed({ id: opportunity.id, message: staffErrorMessage(t, error) });
    } finally {
      setApproving(undefined);
    }
  }

  return (
    <Stack component="section" aria-labelledby="opportunities-in-review" gap="md">
      <Title id="opportunities-in-review" order={2} ref={headingRef} tabIndex={-1}>
        {t('reviews.opportunitiesHeading')}
      </Title>
      <Text role="status">{notice}</Text>
      <PagedListView
        list={list}
        empty={t('reviews.opportunitiesEmpty')}
        loadError={t('reviews.opportunitiesLoadError')}
      >
        {(items) => (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((opportunity) => (
              <li key={opportunity.id}>
                <OpportunityItem
                  opportunity={opportunity}
                  approving={approving === opportunity.id}
                  error={failed?.id === opportunity.id ? failed.message : undefined}
                  onApprove={() => void approve(opportunity)}
                  onReject={() => setRejecting(opportunity)}
                />
              </li>
            ))}
          </Stack>
        )}
      </PagedListView>
      <DecisionNoteDialog
        opened={!!rejecting}
        title={t('reviews.rejectTitle', { title: rejecting?.title ?? '' })}
        intro={t('reviews.rejectIntro')}
        noteLabel={t('reviews.rejectNote')}
        requiredMessage={t('reviews.rejectNoteRequired')}
        submitLabel={t('reviews.rejectSubmit')}
        loading={loading}
        onClose={() => setRejecting(undefined)}
        onSubmit={async (note) => {
          if (!rejecting) return;
          await reviewOpportunity(rejecting.id, false, note);
          const { title } = rejecting;
          setRejecting(undefined);
          decided(t('reviews.rejected', { title }));
        }}
      />
    </Stack>
  );
}

interface OpportunityItemProps {
  opportunity: OpportunityInReview;
  approving: boolean;
  error: string | undefined;
  onApprove: () => void;
  onReject: () => void;
}

function OpportunityItem({
  opportunity,
  approving,
  error,
  onApprove,
  onReject,
}: OpportunityItemProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const kind = opportunity.subkind
    ? `${t(`opportunityKinds.${opportunity.kind}`)} · ${t(`opportunitySubkinds.${opportunity.subkind}`)}`
    : t(`opportunityKinds.${opportunity.kind}`);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} fz="h4">
          <Anchor component={Link} to={`/opportunities/${opportunity.id}`}>
            {opportunity.title}
          </Anchor>
        </Title>
        <Text size="sm">{kind}</Text>
        <Text size="sm">
          {opportunity.poster ? (
            <>
              {t('reviews.postedBy')}{' '}
              <Anchor component={Link} to={`/m/${opportunity.poster.handle}`}>
                {opportunity.poster.displayName}
              </Anchor>
            </>
          ) : (
            t('reviews.posterGone')
          )}
          {opportunity.organization && (
            <>
              {' '}
              {t('reviews.forOrganization')}{' '}
              <Anchor component={Link} to={`/o/${opportunity.organization.slug}`}>
                {opportunity.organization.name}
              </Anchor>
            </>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          {t('reviews.submitted', { date: longDate(locale, opportunity.updatedAt) })}
        </Text>
        {opportunity.reviewNote && (
          <Text size="sm">{t('reviews.earlierNote', { note: opportunity.reviewNote })}</Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            size="sm"
            loading={approving}
            onClick={onApprove}
            aria-label={t('reviews.approveNamed', { title: opportunity.title })}
          >
            {t('reviews.approve')}
          </Button>
          <Button
            size="sm"
            variant="default"
            onClick={onReject}
            aria-label={t('reviews.rejectNamed', { title: opportunity.title })}
          >
            {t('reviews.reject')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
