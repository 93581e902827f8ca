import { Container, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MatchKind } from '../../generated/graphql';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { MatchList } from '../../modules/matchmaking/components/MatchList';

/** The tabs, as named in the URL (`?show=people`), and the kind of match each asks for. */
const TABS = [
  { value: 'all', kind: null },
  { value: 'people', kind: 'MEMBER' },
  { value: 'organizations', kind: 'ORGANIZATION' },
  { value: 'opportunities', kind: 'OPPORTUNITY' },
] as const satisfies readonly { value: string; kind: MatchKind | null }[];

type TabValue = (typeof TABS)[number]['value'];

function isTabValue(value: string | null): value is TabValue {
  return TABS.some((tab) => tab.value === value);
}

/** `/for-you`: members only. Matches that say why, by kind; dismiss one, or undo that. */
export function ForYouPage() {
  return (
    <RequireSession>
      <ForYou />
    </RequireSession>
  );
}

function ForYou() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const show = searchParams.get('show');
  const active: TabValue = isTabValue(show) ? show : 'all';

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('forYou.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('forYou.title')}</Title>
          <Text c="dimmed">{t('forYou.intro')}</Text>
        </Stack>
        <Tabs
          value={active}
          keepMounted={false}
          onChange={(value) => {
            // A tab is a view of the same page: the back button leaves the page, not the tab.
            setSearchParams(value && value !== 'all' ? { show: value } : {}, { replace: true });
          }}
        >
          <Tabs.List aria-label={t('forYou.tabsLabel')} style={{ flexWrap: 'wrap' }}>
            {TABS.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {t(`forYou.tabs.${tab.value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
              <MatchList kind={tab.kind} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Container>
  );
}
