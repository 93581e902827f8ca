import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IntroductionRequestFieldsFragment } from '../../../generated/graphql';
import { useAnswerIntroductionRequest, useIntroductionRequests } from '../hooks/useIntroductions';
import { INTRODUCTION_NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from '../limits';
import { ListState } from './ListState';
import { NoteDialog } from './NoteDialog';

type Person = IntroductionRequestFieldsFragment['requester'];

function personLink(person: Person) {
  return person ? (
    <Anchor component={Link} to={`/m/${person.handle}`} inherit underline="always" />
  ) : (
    <span />
  );
}

/** "Asked of you": requests where the viewer is the one asked; forward or decline with a note. */
export function RequestsOfYou() {
  const { t } = useTranslation();
  const { requests, loading, error, refetch } = useIntroductionRequests('INTRODUCER');
  const [forwarding, setForwarding] = useState<IntroductionRequestFieldsFragment>();
  const [declining, setDeclining] = useState<IntroductionRequestFieldsFragment>();
  const [done, setDone] = useState<string>();
  const { forwardRequest, declineRequest, loading: answering } = useAnswerIntroductionRequest();
  const nameOf = (person: Person) => person?.displayName ?? t('introductions.aMember');

  return (
    <Stack gap="md">
      {done && (
        <Text role="status" fw={600}>
          {done}
        </Text>
      )}
      <ListState
        loading={loading && !requests}
        error={!requests ? error : undefined}
        onRetry={() => void refetch()}
        empty={requests?.length === 0 ? t('introductions.emptyAskedOfYou') : undefined}
      >
        {requests?.map((request) => {
          const requester = nameOf(request.requester);
          return (
            <RequestCard
              key={request.id}
              request={request}
              title={
                <Trans
                  i18nKey="introductions.askedBy"
                  values={{ requester, target: nameOf(request.target) }}
                  components={{
                    requester: personLink(request.requester),
                    target: personLink(request.target),
                  }}
                />
              }
            >
              {request.status === 'PENDING' && (
                <Group gap="sm">
                  <Button
                    aria-label={t('introductions.forwardNamed', { name: requester })}
                    onClick={() => setForwarding(request)}
                  >
                    {t('introductions.forward')}
                  </Button>
                  <Button
                    variant="default"
                    aria-label={t('introductions.declineNamed', { name: requester })}
                    onClick={() => setDeclining(request)}
                  >
                    {t('introductions.decline')}
                  </Button>
                </Group>
              )}
            </RequestCard>
          );
        })}
      </ListState>
      <NoteDialog
        opened={forwarding !== undefined}
        title={t('introductions.forwardTitle', {
          requester: nameOf(forwarding?.requester ?? null),
          target: nameOf(forwarding?.target ?? null),
        })}
        intro={t('introductions.forwardIntro')}
        noteLabel={t('introductions.forwardNote')}
        max={INTRODUCTION_NOTE_MAX_LENGTH}
        submitLabel={t('introductions.forwardSubmit')}
        loading={answering}
        onClose={() => setForwarding(undefined)}
        onSubmit={async (note) => {
          if (!forwarding) return;
          await forwardRequest(forwarding.id, note);
          setDone(
            t('introductions.forwarded', {
              requester: nameOf(forwarding.requester),
              target: nameOf(forwarding.target),
            }),
          );
          setForwarding(undefined);
        }}
      />
      <NoteDialog
        opened={declining !== undefined}
        title={t('introductions.declineTitle', { name: nameOf(declining?.requester ?? null) })}
        intro={t('introductions.declineIntro', { name: nameOf(declining?.requester ?? null) })}
        noteLabel={t('introductions.declineNote', { name: nameOf(declining?.requester ?? null) })}
        max={REASON_MAX_LENGTH}
        submitLabel={t('introductions.declineSubmit')}
        loading={answering}
        onClose={() => setDeclining(undefined)}
        onSubmit={async (note) => {
          if (!declining) return;
          await declineRequest(declining.id, note);
          setDone(t('introductions.declinedRequest', { name: nameOf(declining.requester) }));
          setDeclining(undefined);
        }}
      />
    </Stack>
  );
}

/** "You asked": the viewer's requests, and how they were answered. */
export function YourRequests() {
  const { t } = useTranslation();
  const { requests, loading, error, refetch } = useIntroductionRequests('REQUESTER');
  const nameOf = (person: Person) => person?.displayName ?? t('introductions.aMember');
  return (
    <ListState
      loading={loading && !requests}
      error={!requests ? error : undefined}
      onRetry={() => void refetch()}
      empty={requests?.length === 0 ? t('introductions.emptyYouAsked') : undefined}
    >
      {requests?.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          title={
            <Trans
              i18nKey="introductions.youAskedOf"
              values={{ introducer: nameOf(request.introducer), target: nameOf(request.target) }}
              components={{
                introducer: personLink(request.introducer),
                target: personLink(request.target),
              }}
            />
          }
        >
          {request.status === 'DECLINED' && request.answerNote && (
            <Text>{t('introductions.answerNote', { note: request.answerNote })}</Text>
          )}
        </RequestCard>
      ))}
    </ListState>
  );
}

function RequestCard({
  request,
  title,
  children,
}: {
  request: IntroductionRequestFieldsFragment;
  title: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `request-${request.id}`;
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title id={headingId} order={2} fz="h4" fw={500}>
            {title}
          </Title>
          <Badge variant="light" color="grow" tt="none">
            {t(`introductions.requestStatus.${request.status}`)}
          </Badge>
        </Group>
        <Text>{t('introductions.reason', { reason: request.reason })}</Text>
        {children}
      </Stack>
    </Paper>
  );
}
