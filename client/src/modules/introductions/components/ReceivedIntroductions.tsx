import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { IntroductionFieldsFragment, OutcomeKind } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { useSession } from '../../auth/hooks/useSession';
import { connectionErrorMessage } from '../../connections/errors';
import {
  useAnswerIntroduction,
  useIntroductions,
  useRecordOutcome,
} from '../hooks/useIntroductions';
import { OUTCOME_NOTE_MAX_LENGTH } from '../limits';
import { longDate } from './format';
import { ListState } from './ListState';
import { fits, NoteField } from './NoteField';

export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'MET',
  'PARTNERSHIP',
  'HIRE',
  'CUSTOMER',
  'FUNDING',
  'SPACE',
  'RELOCATION',
  'NONE',
];

/** "Introduced to you": each introduction with the other person, its note and what to do. */
export function ReceivedIntroductions() {
  const { t } = useTranslation();
  const { introductions, loading, error, refetch } = useIntroductions('PARTICIPANT');
  return (
    <ListState
      loading={loading && !introductions}
      error={!introductions ? error : undefined}
      onRetry={() => void refetch()}
      empty={introductions?.length === 0 ? t('introductions.emptyToYou') : undefined}
    >
      {introductions?.map((introduction) => (
        <ReceivedIntroduction key={introduction.id} introduction={introduction} />
      ))}
    </ListState>
  );
}

function ReceivedIntroduction({ introduction }: { introduction: IntroductionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const locale = currentLanguage(i18n);
  const { answerIntroduction, loading } = useAnswerIntroduction();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const other =
    introduction.memberA?.id === viewer?.id ? introduction.memberB : introduction.memberA;
  const name = other?.displayName ?? t('introductions.aMember');
  const headingId = `introduction-${introduction.id}`;
  const waiting =
    (introduction.status === 'PROPOSED' || introduction.status === 'ACCEPTED_BY_ONE') &&
    introduction.viewerAnswer === null;
  const date = longDate(locale, introduction.createdAt);

  async function answer(accept: boolean) {
    setError(undefined);
    try {
      await answerIntroduction(introduction.id, accept);
      setDone(t(accept ? 'introductions.accepted' : 'introductions.declined', { name }));
    } catch (caught) {
      setError(connectionErrorMessage(t, caught));
    }
  }

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title id={headingId} order={2} fz="h4">
            {other ? (
              <Anchor component={Link} to={`/m/${other.handle}`} inherit underline="always">
                {other.displayName}
              </Anchor>
            ) : (
              name
            )}
          </Title>
          <Badge variant="light" color="grow" tt="none">
            {t(`introductions.status.${introduction.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {introduction.introducer
            ? t('introductions.introducedBy', { name: introduction.introducer.displayName, date })
            : t('introductions.introducedBySomeone', { date })}
        </Text>
        {introduction.note && <Text>{t('introductions.note', { note: introduction.note })}</Text>}
        {done && (
          <Text role="status" fw={600}>
            {done}
          </Text>
        )}
        {error && <FormAlert>{error}</FormAlert>}
        {waiting && (
          <Stack gap={6}>
            <Group gap="sm">
              <Button
                loading={loading}
                aria-label={t('introductions.acceptNamed', { name })}
                onClick={() => void answer(true)}
              >
                {t('introductions.accept')}
              </Button>
              <Button
                variant="default"
                disabled={loading}
                aria-label={t('introductions.notNowNamed', { name })}
                onClick={() => void answer(false)}
              >
                {t('introductions.notNow')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('introductions.notNowHint')}
            </Text>
          </Stack>
        )}
        {introduction.viewerAnswer === 'ACCEPTED' && introduction.status === 'ACCEPTED_BY_ONE' && (
          <Text size="sm">{t('introductions.youAccepted')}</Text>
        )}
        {introduction.status === 'COMPLETED' && (
          <>
            <Anchor component={Link} to="/messages">
              {t('introductions.openConversation')}
            </Anchor>
            <Outcomes introduction={introduction} />
            <OutcomeForm introduction={introduction} name={name} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function Outcomes({ introduction }: { introduction: IntroductionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  if (introduction.outcomes.length === 0) return null;
  const list = new Intl.ListFormat(currentLanguage(i18n), { type: 'conjunction' }).format(
    introduction.outcomes.map((outcome) => t(`introductions.outcomeKinds.${outcome.kind}`)),
  );
  return <Text size="sm">{t('introductions.outcomes', { list })}</Text>;
}

function OutcomeForm({
  introduction,
  name,
}: {
  introduction: IntroductionFieldsFragment;
  name: string;
}) {
  const { t } = useTranslation();
  const { recordOutcome, loading } = useRecordOutcome();
  const [kind, setKind] = useState<OutcomeKind>('MET');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const formId = `outcome-${introduction.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    if (!fits(note, OUTCOME_NOTE_MAX_LENGTH)) return;
    try {
      await recordOutcome(introduction.id, kind, note);
    } catch (caught) {
      setError(connectionErrorMessage(t, caught));
      return;
    }
    setNote('');
    setSaved(true);
  }

  return (
    <form
      aria-label={t('introductions.recordThis', { name })}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <Stack gap="sm" mt="xs">
        <Text id={formId} fw={600}>
          {t('introductions.recordHeading')}
        </Text>
        {error && <FormAlert>{error}</FormAlert>}
        <NativeSelect
          label={t('introductions.outcomeKind')}
          value={kind}
          data={OUTCOME_KINDS.map((value) => ({
            value,
            label: t(`introductions.outcomeKinds.${value}`),
          }))}
          onChange={(event) => setKind(event.currentTarget.value as OutcomeKind)}
        />
        <NoteField
          label={t('introductions.outcomeNote')}
          value={note}
          max={OUTCOME_NOTE_MAX_LENGTH}
          onChange={(value) => {
            setNote(value);
            setSaved(false);
          }}
        />
        <Group gap="sm">
          <Button type="submit" variant="default" loading={loading}>
            {t('introductions.recordSubmit')}
          </Button>
          {saved && (
            <Alert color="grow" variant="light" p={6} role="status">
              {t('introductions.recorded')}
            </Alert>
          )}
        </Group>
      </Stack>
    </form>
  );
}
