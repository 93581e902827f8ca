import {
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { OpportunityCard } from '../../modules/opportunities/components/OpportunityCard';
import { longDate } from '../../modules/opportunities/format';
import {
  useMyOpportunityInterests,
  useOpportunities,
  useSavedOpportunities,
  type PagedList,
} from '../../modules/opportunities/hooks/useOpportunityLists';

const TABS = ['posted', 'saved', 'interested'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return TABS.some((tab) => tab === value);
}

/**
 * `/opportunities/mine`: members only. What they (and their organizations) posted, in every
 * status; what they saved; where they expressed interest. The tab is kept in `?tab=`.
 */
export function MyOpportunitiesPage() {
  return (
    <RequireSession>
      <MyOpportunities />
    </RequireSession>
  );
}

function MyOpportunities() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'posted';
  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('myOpportunities.documentTitle')}</title>
      <Stack gap="xl">
        <Group justify="space-between" align="flex-end" gap="md">
          <Stack gap="xs" maw={640}>
            <Title order={1}>{t('myOpportunities.title')}</Title>
            <Text c="dimmed">{t('myOpportunities.intro')}</Text>
          </Stack>
          <Button component={Link} to="/opportunities/new">
            {t('opportunities.post')}
          </Button>
        </Group>
        <Tabs
          value={tab}
          keepMounted={false}
          onChange={(value) => {
            if (isTab(value))
              setParams(value === 'posted' ? {} : { tab: value }, { replace: true });
          }}
        >
          <Tabs.List aria-label={t('myOpportunities.tabsLabel')} style={{ flexWrap: 'wrap' }}>
            {TABS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`myOpportunities.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="posted" pt="lg">
            <Posted />
          </Tabs.Panel>
          <Tabs.Panel value="saved" pt="lg">
            <Saved />
          </Tabs.Panel>
          <Tabs.Panel value="interested" pt="lg">
            <Interested />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}

function Posted() {
  const { t } = useTranslation();
  const list = useOpportunities({ postedByMe: true });
  return (
    <CardList list={list} empty={t('myOpportunities.emptyPosted')}>
      {list.items?.map((opportunity) => (
        <OpportunityCard
          key={opportunity.id}
          opportunity={opportunity}
          headingOrder={2}
          showStatus
        />
      ))}
    </CardList>
  );
}

function Saved() {
  const { t } = useTranslation();
  const list = useSavedOpportunities();
  return (
    <CardList list={list} empty={t('myOpportunities.emptySaved')}>
      {list.items?.map((opportunity) => (
        <OpportunityCard key={opportunity.id} opportunity={opportunity} headingOrder={2} />
      ))}
    </CardList>
  );
}

function Interested() {
  const { t, i18n } = useTranslation();
  const list = useMyOpportunityInterests();
  const locale = currentLanguage(i18n);
  return (
    <CardList list={list} empty={t('myOpportunities.emptyInterested')}>
      {list.items?.map((interest) => (
        <OpportunityCard key={interest.id} opportunity={interest.opportunity} headingOrder={2}>
          <Stack gap={4}>
            <Group gap="xs">
              <Badge
                variant="outline"
                color={interest.status === 'ACTIVE' ? 'grow' : 'gray'}
                c="dark.8"
                tt="none"
              >
                {t(`interestStatuses.${interest.status}`)}
              </Badge>
              <Text size="sm">
                {interest.organization
                  ? t('myOpportunities.interestedForOrganization', {
                      date: longDate(locale, interest.createdAt),
                      name: interest.organization.name,
                    })
                  : t('myOpportunities.interestedOn', {
                      date: longDate(locale, interest.createdAt),
                    })}
              </Text>
            </Group>
            {interest.outcome && (
              <Text size="sm">
                {t('opportunityPage.outcome', {
                  kind: t(`introductions.outcomeKinds.${interest.outcome.kind}`),
                })}
              </Text>
            )}
          </Stack>
        </OpportunityCard>
      ))}
    </CardList>
  );
}

/** A tab's list: loading, failed (with a retry), empty (with where to look), or its cards. */
function CardList<Item>({
  list,
  empty,
  children,
}: {
  list: PagedList<Item>;
  empty: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (!list.items && list.error) {
    return (
      <Group gap="sm" role="alert">
        <Text>{t('myOpportunities.loadError')}</Text>
        <Button variant="default" size="compact-sm" onClick={list.refetch}>
          {t('status.retry')}
        </Button>
      </Group>
    );
  }
  if (!list.items) {
    return (
      <Group justify="center" py="lg" role="status">
        <Loader size="sm" aria-hidden="true" />
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      </Group>
    );
  }
  if (list.items.length === 0) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text c="dimmed">{empty}</Text>
        <Anchor component={Link} to="/opportunities">
          {t('myOpportunities.browse')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p={0} m={0}>
        {children}
      </SimpleGrid>
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('opportunities.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
