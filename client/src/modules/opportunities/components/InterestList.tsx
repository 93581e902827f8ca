import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { longDate } from '../format';
import { useOpportunityInterests, type OpportunityInterest } from '../hooks/useOpportunity';
import { OutcomeDialog } from './OutcomeDialog';

/** The poster's view of who expressed interest, newest first, each with what came of it. */
export function InterestList({
  opportunityId,
  interestCount,
}: {
  opportunityId: string;
  interestCount: number;
}) {
  const { t } = useTranslation();
  const interests = useOpportunityInterests(opportunityId);
  return (
    <Stack component="section" aria-labelledby="opportunity-interest" gap="md">
      <Title id="opportunity-interest" order={2} fz="h3">
        {t('opportunityPage.interestHeading', { count: interestCount })}
      </Title>
      {interests.loading && !interests.items && (
        <Group justify="center" py="md" role="status">
          <Loader size="sm" aria-hidden="true" />
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        </Group>
      )}
      {interests.error && !interests.items && (
        <Group gap="sm" role="alert">
          <Text>{t('opportunityPage.interestLoadError')}</Text>
          <Button variant="default" size="compact-sm" onClick={interests.refetch}>
            {t('status.retry')}
          </Button>
        </Group>
      )}
      {interests.items?.length === 0 && <Text c="dimmed">{t('opportunityPage.noInterest')}</Text>}
      {interests.items && interests.items.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {interests.items.map((interest) => (
            <InterestItem key={interest.id} interest={interest} />
          ))}
        </Stack>
      )}
      {interests.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={interests.loadingMore}
            onClick={() => void interests.loadMore()}
          >
            {t('opportunityPage.moreInterest')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function InterestItem({ interest }: { interest: OpportunityInterest }) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  const member = interest.member;
  const organization = interest.organization;
  const name = organization?.name ?? member?.displayName ?? t('opportunityPage.aMember');
  const headingId = `interest-${interest.id}`;
  const date = longDate(currentLanguage(i18n), interest.createdAt);
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            {member && <MemberAvatar member={member} size={40} />}
            <Stack gap={2} miw={0}>
              <Title id={headingId} order={3} fz="h5" style={{ overflowWrap: 'anywhere' }}>
                {organization ? (
                  <Anchor component={Link} to={`/o/${organization.slug}`} inherit>
                    {organization.name}
                  </Anchor>
                ) : member ? (
                  <Anchor component={Link} to={`/m/${member.handle}`} inherit>
                    {member.displayName}
                  </Anchor>
                ) : (
                  name
                )}
              </Title>
              {organization && member && (
                <Text size="sm">
                  {t('opportunityPage.throughMember')}{' '}
                  <Anchor component={Link} to={`/m/${member.handle}`} inherit>
                    {member.displayName}
                  </Anchor>
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {t('opportunityPage.interestedOn', { date })}
              </Text>
            </Stack>
          </Group>
          <Badge
            variant="outline"
            color={interest.status === 'ACTIVE' ? 'grow' : 'gray'}
            c="dark.8"
            tt="none"
          >
            {t(`interestStatuses.${interest.status}`)}
          </Badge>
        </Group>
        {interest.message && (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {interest.message}
          </Text>
        )}
        {interest.outcome && (
          <Text size="sm">
            {t('opportunityPage.outcome', {
              kind: t(`introductions.outcomeKinds.${interest.outcome.kind}`),
            })}
            {interest.outcome.note && ` — ${interest.outcome.note}`}
          </Text>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={() => setRecording(true)}>
            {interest.outcome
              ? t('opportunityPage.changeOutcome')
              : t('opportunityPage.recordOutcome')}
            <VisuallyHidden>: {name}</VisuallyHidden>
          </Button>
        </Group>
      </Stack>
      <OutcomeDialog
        opened={recording}
        interest={interest}
        name={name}
        onClose={() => setRecording(false)}
      />
    </Paper>
  );
}
