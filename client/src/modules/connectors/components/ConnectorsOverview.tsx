import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { longDate } from '../../opportunities/format';
import { PagedListView } from '../../staff/components/PagedListView';
import { useConnectorOverview, type ConnectorWithRecord } from '../hooks/useConnectorProgramme';

/** Every connector and what their introductions came to: made, completed, outcomes. */
export function ConnectorsOverview() {
  const { t } = useTranslation();
  const list = useConnectorOverview();
  return (
    <Stack component="section" aria-labelledby="connectors-overview" gap="md">
      <Title id="connectors-overview" order={2}>
        {t('staffConnectors.overviewHeading')}
      </Title>
      <Text c="dimmed">{t('staffConnectors.overviewIntro')}</Text>
      <PagedListView
        list={list}
        empty={t('staffConnectors.overviewEmpty')}
        loadError={t('staffConnectors.overviewLoadError')}
      >
        {(items) => (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((connector) => (
              <li key={connector.member.id}>
                <ConnectorItem connector={connector} />
              </li>
            ))}
          </Stack>
        )}
      </PagedListView>
    </Stack>
  );
}

function ConnectorItem({ connector }: { connector: ConnectorWithRecord }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { member, record } = connector;
  const number = new Intl.NumberFormat(locale);
  const figures = [
    ['made', record.made],
    ['completed', record.completed],
    ['waiting', record.waiting],
    ['notNow', record.notNow],
    ['expired', record.expired],
  ] as const;
  const outcomes = record.outcomes
    .filter((outcome) => outcome.count > 0)
    .map(
      (outcome) =>
        `${t(`introductions.outcomeKinds.${outcome.kind}`)} (${number.format(outcome.count)})`,
    )
    .join(', ');
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} fz="h4">
          <Anchor component={Link} to={`/m/${member.handle}`}>
            {member.displayName}
          </Anchor>
        </Title>
        {member.headline && <Text size="sm">{member.headline}</Text>}
        {connector.approvedAt != null && (
          <Text size="sm" c="dimmed">
            {t('staffConnectors.approvedOn', { date: longDate(locale, connector.approvedAt) })}
          </Text>
        )}
        <Group component="dl" gap="lg" m={0}>
          {figures.map(([key, value]) => (
            <div key={key}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`staffConnectors.record.${key}`)}
              </Text>
              <Text component="dd" m={0} fw={700} fz="lg">
                {number.format(value)}
              </Text>
            </div>
          ))}
        </Group>
        <Text size="sm">
          {outcomes
            ? t('introductions.recordOutcomes', { list: outcomes })
            : t('introductions.recordNoOutcomes')}
        </Text>
      </Stack>
    </Paper>
  );
}
