import { Container, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import {
  RequestsOfYou,
  YourRequests,
} from '../../modules/introductions/components/IntroductionRequestsLists';
import { MadeIntroductions } from '../../modules/introductions/components/MadeIntroductions';
import { ReceivedIntroductions } from '../../modules/introductions/components/ReceivedIntroductions';

const TABS = ['toYou', 'made', 'askedOfYou', 'youAsked'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return TABS.some((tab) => tab === value);
}

/**
 * `/introductions`: members only. Four lists, one per tab (kept in `?tab=` so a link can open
 * one): introduced to you, you made, asked of you, you asked. Only the open tab loads.
 */
export function IntroductionsPage() {
  return (
    <RequireSession>
      <Introductions />
    </RequireSession>
  );
}

function Introductions() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'toYou';
  return (
    <Container size="md" py={{ base: 32, sm: 56 }}>
      <title>{t('introductions.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('introductions.title')}</Title>
          <Text c="dimmed">{t('introductions.intro')}</Text>
        </Stack>
        <Tabs
          value={tab}
          keepMounted={false}
          onChange={(value) => {
            if (isTab(value)) setParams(value === 'toYou' ? {} : { tab: value }, { replace: true });
          }}
        >
          <Tabs.List aria-label={t('introductions.tabsLabel')} style={{ flexWrap: 'wrap' }}>
            {TABS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`introductions.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="toYou" pt="lg">
            <ReceivedIntroductions />
          </Tabs.Panel>
          <Tabs.Panel value="made" pt="lg">
            <MadeIntroductions />
          </Tabs.Panel>
          <Tabs.Panel value="askedOfYou" pt="lg">
            <RequestsOfYou />
          </Tabs.Panel>
          <Tabs.Panel value="youAsked" pt="lg">
            <YourRequests />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}
