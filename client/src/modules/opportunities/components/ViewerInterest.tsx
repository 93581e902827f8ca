import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { FormAlert } from '../../auth/components/FormAlert';
import { opportunityErrorMessage } from '../errors';
import { longDate } from '../format';
import type { OpportunityDetails } from '../hooks/useOpportunity';
import { useInterest } from '../hooks/useOpportunityActions';
import { InterestDialog } from './InterestDialog';
import { SaveToggle } from './SaveToggle';

/**
 * What a signed-in member (not its poster) can do: save it, say they are interested (while it is
 * published), see that they did, and withdraw.
 */
export function ViewerInterest({ opportunity }: { opportunity: OpportunityDetails }) {
  const { t, i18n } = useTranslation();
  const { withdrawInterest, withdrawing } = useInterest();
  const [opened, setOpened] = useState(false);
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  const interest = opportunity.viewerInterest;
  const active = interest?.status === 'ACTIVE';
  const open = opportunity.status === 'PUBLISHED';

  // The button that was used is gone after the change; the outcome takes the focus.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function withdraw() {
    setError(undefined);
    setNotice(undefined);
    try {
      await withdrawInterest(opportunity.id);
      setNotice(t('opportunityPage.withdrawn'));
    } catch (caught) {
      setError(opportunityErrorMessage(t, caught));
    }
  }

  return (
    <Paper component="section" aria-labelledby="your-interest" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title id="your-interest" order={2} fz="h4">
          {t('opportunityPage.yourInterestHeading')}
        </Title>
        {active && interest && (
          <Stack gap={4}>
            <Text fw={600}>
              {interest.organization
                ? t('opportunityPage.interestedForOrganization', {
                    name: interest.organization.name,
                    date: longDate(currentLanguage(i18n), interest.createdAt),
                  })
                : t('opportunityPage.interested', {
                    date: longDate(currentLanguage(i18n), interest.createdAt),
                  })}
            </Text>
            {interest.message && (
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {t('opportunityPage.yourMessage', { message: interest.message })}
              </Text>
            )}
          </Stack>
        )}
        {!active && !open && <Text>{t('opportunityPage.notTakingInterest')}</Text>}
        {!active && open && (
          <Text size="sm">
            {interest?.status === 'WITHDRAWN'
              ? t('opportunityPage.withdrawnBefore')
              : t('opportunityPage.interestHint')}
          </Text>
        )}
        {notice && (
          <Alert ref={noticeRef} tabIndex={-1} color="grow" variant="light" role="status">
            {notice}
          </Alert>
        )}
        {error && <FormAlert>{error}</FormAlert>}
        <Group gap="sm">
          {!active && open && (
            <Button onClick={() => setOpened(true)}>{t('opportunityPage.interestButton')}</Button>
          )}
          {active && (
            <Button variant="default" loading={withdrawing} onClick={() => void withdraw()}>
              {t('opportunityPage.withdraw')}
            </Button>
          )}
          <SaveToggle opportunity={opportunity} named={false} />
        </Group>
      </Stack>
      <InterestDialog
        opened={opened}
        opportunity={opportunity}
        onClose={() => setOpened(false)}
        onExpressed={() => {
          setOpened(false);
          setError(undefined);
          setNotice(t('opportunityPage.interestSent'));
        }}
      />
    </Paper>
  );
}
