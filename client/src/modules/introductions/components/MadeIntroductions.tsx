import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { IntroductionFieldsFragment } from '../../../generated/graphql';
import { useIntroducerRecord, useIntroductions } from '../hooks/useIntroductions';
import { longDate } from './format';
import { ListState } from './ListState';
import { Outcomes } from './ReceivedIntroductions';

/** "You made": the introducer's record, then each introduction with where it stands. */
export function MadeIntroductions() {
  const { t } = useTranslation();
  const { introductions, loading, error, refetch } = useIntroductions('INTRODUCER');
  return (
    <Stack gap="lg">
      <IntroducerRecordSummary />
      <ListState
        loading={loading && !introductions}
        error={!introductions ? error : undefined}
        onRetry={() => void refetch()}
        empty={introductions?.length === 0 ? t('introductions.emptyMade') : undefined}
      >
        {introductions?.map((introduction) => (
          <MadeIntroduction key={introduction.id} introduction={introduction} />
        ))}
      </ListState>
    </Stack>
  );
}

function IntroducerRecordSummary() {
  const { t, i18n } = useTranslation();
  const record = useIntroducerRecord();
  if (!record || record.made === 0) return null;
  const figures = [
    ['recordMade', record.made],
    ['recordCompleted', record.completed],
    ['recordWaiting', record.waiting],
    ['recordNotNow', record.notNow],
    ['recordExpired', record.expired],
  ] as const;
  const outcomes = record.outcomes.filter((outcome) => outcome.count > 0);
  const list = new Intl.ListFormat(currentLanguage(i18n), { type: 'conjunction' }).format(
    outcomes.map(
      (outcome) => `${t(`introductions.outcomeKinds.${outcome.kind}`)} (${outcome.count})`,
    ),
  );
  return (
    <Paper component="section" aria-labelledby="introducer-record" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title id="introducer-record" order={2} fz="h4">
          {t('introductions.recordTitle')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, xs: 5 }} spacing="xs" m={0}>
          {figures.map(([key, value]) => (
            <div key={key}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`introductions.${key}`)}
              </Text>
              <Text component="dd" fw={700} fz="xl" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="sm">
          {outcomes.length > 0
            ? t('introductions.recordOutcomes', { list })
            : t('introductions.recordNoOutcomes')}
        </Text>
      </Stack>
    </Paper>
  );
}

function MadeIntroduction({ introduction }: { introduction: IntroductionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const a = introduction.memberA;
  const b = introduction.memberB;
  const headingId = `made-${introduction.id}`;
  const person = (member: typeof a) =>
    member ? (
      <Anchor component={Link} to={`/m/${member.handle}`} inherit underline="always" />
    ) : (
      <span />
    );
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title id={headingId} order={2} fz="h4" fw={500}>
            <Trans
              i18nKey="introductions.youIntroduced"
              values={{
                a: a?.displayName ?? t('introductions.aMember'),
                b: b?.displayName ?? t('introductions.aMember'),
                date: longDate(currentLanguage(i18n), introduction.createdAt),
              }}
              components={{ a: person(a), b: person(b) }}
            />
          </Title>
          <Badge variant="light" color="grow" tt="none">
            {t(`introductions.madeStatus.${introduction.status}`)}
          </Badge>
        </Group>
        {introduction.note && <Text>{t('introductions.note', { note: introduction.note })}</Text>}
        <Outcomes introduction={introduction} />
      </Stack>
    </Paper>
  );
}
