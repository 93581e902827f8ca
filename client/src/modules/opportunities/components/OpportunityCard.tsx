import { Anchor, Card, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import type { OpportunityCard as OpportunityCardData } from '../hooks/useOpportunitySearch';
import { OpportunityBadges } from './OpportunityBadges';
import { SaveToggle } from './SaveToggle';
import { useOpportunitySummary } from './summary';

interface OpportunityCardProps {
  opportunity: OpportunityCardData;
  headingOrder?: TitleOrder;
  /** Show its status (the poster's own lists); otherwise only when it is not published. */
  showStatus?: boolean;
  /** More to say under it (the viewer's interest, say). */
  children?: ReactNode;
}

/** An opportunity in a list: kind, title, who offers it, where, how much, until when. */
export function OpportunityCard({
  opportunity,
  headingOrder = 3,
  showStatus = false,
  children,
}: OpportunityCardProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  const summarize = useOpportunitySummary();
  const summary = summarize(opportunity);
  const facts = [summary.place, summary.amount, summary.size].filter(Boolean);
  return (
    <Card component="li" withBorder radius="md" padding="md" style={{ listStyle: 'none' }}>
      <Stack gap={8} h="100%">
        <OpportunityBadges
          kind={opportunity.kind}
          subkind={opportunity.subkind}
          status={opportunity.status}
          showStatus={showStatus || opportunity.status !== 'PUBLISHED'}
        />
        <Title order={headingOrder} fz="h4" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/opportunities/${opportunity.id}`} inherit>
            {opportunity.title}
          </Anchor>
        </Title>
        {summary.by && (
          <Text size="sm" c="dimmed">
            {t('opportunities.by', { name: summary.by })}
          </Text>
        )}
        {facts.length > 0 && <Text size="sm">{facts.join(' · ')}</Text>}
        {summary.deadline && (
          <Text size="sm" fw={600}>
            {summary.deadline}
          </Text>
        )}
        {children}
        {status === 'signedIn' && (
          <Group mt="auto" pt={4}>
            <SaveToggle opportunity={opportunity} size="xs" />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
