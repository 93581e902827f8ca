import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpportunities } from '../hooks/useOpportunityLists';
import { OpportunityCard } from './OpportunityCard';

interface OrganizationOpportunitiesProps {
  organization: { id: string; name: string };
  /** Its owners and admins may post for it. */
  canPost: boolean;
}

/** An organization page's section: its published opportunities, and posting one for its admins. */
export function OrganizationOpportunities({
  organization,
  canPost,
}: OrganizationOpportunitiesProps) {
  const { t } = useTranslation();
  const list = useOpportunities({ organizationId: organization.id });
  if (!list.items && !canPost) return null;
  return (
    <Stack component="section" aria-labelledby="organization-opportunities" gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Title id="organization-opportunities" order={2} fz="h3">
          {t('opportunities.organizationHeading')}
        </Title>
        {canPost && (
          <Button
            component={Link}
            to={`/opportunities/new?organization=${encodeURIComponent(organization.id)}`}
            variant="default"
          >
            {t('opportunities.postForOrganization')}
          </Button>
        )}
      </Group>
      {list.items?.length === 0 && (
        <Text c="dimmed">{t('opportunities.organizationEmpty', { name: organization.name })}</Text>
      )}
      {list.items && list.items.length > 0 && (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p={0} m={0}>
          {list.items.map((opportunity) => (
            <OpportunityCard key={opportunity.id} opportunity={opportunity} />
          ))}
        </SimpleGrid>
      )}
      {list.hasNextPage && (
        <Group>
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('opportunities.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
