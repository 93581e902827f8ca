import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchDismissReason, MatchKind } from '../../../generated/graphql';
import { matchErrorMessage } from '../errors';
import { useDismissMatch, useUndismissMatch } from '../hooks/useDismissMatch';
import { useRecommendations, type Match } from '../hooks/useRecommendations';
import { targetName } from '../../search/targets';
import { MatchCard } from './MatchCard';

type Notice =
  { kind: 'dismissed'; match: Match; index: number } | { kind: 'failed'; message: string };

/**
 * The matches of one kind (or of every kind), best first. A dismissed card goes at once, with
 * "Undo" in a notice that takes the focus (the card and its button are gone); undoing puts the
 * card back where it was and focuses it.
 */
export function MatchList({ kind }: { kind: MatchKind | null }) {
  const { t } = useTranslation();
  const { matches, error, retry } = useRecommendations(kind);
  const dismissMatch = useDismissMatch();
  const undismissMatch = useUndismissMatch();
  const [notice, setNotice] = useState<Notice>();
  const [restored, setRestored] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function dismiss(match: Match, index: number, reason: MatchDismissReason | null) {
    setRestored(undefined);
    setNotice({ kind: 'dismissed', match, index });
    try {
      await dismissMatch(match.target.id, reason);
    } catch (caught) {
      // The optimistic removal is rolled back: the card is there again.
      setNotice({ kind: 'failed', message: matchErrorMessage(t, caught) });
    }
  }

  async function undo(match: Match, index: number) {
    setNotice(undefined);
    setRestored(match.target.id);
    try {
      await undismissMatch(match, { tab: kind, index });
    } catch (caught) {
      setRestored(undefined);
      setNotice({ kind: 'failed', message: matchErrorMessage(t, caught) });
    }
  }

  let body;
  if (matches === undefined && error) {
    body = (
      <Alert color="red" variant="light" role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('matches.loadError')}</Text>
          <Button size="xs" variant="default" onClick={retry}>
            {t('status.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  } else if (matches === undefined) {
    body = (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('matches.loading')}
        </Text>
      </Group>
    );
  } else if (matches.length === 0) {
    body = (
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{t('matches.emptyTitle')}</Text>
        <Text c="dimmed">{t('matches.empty')}</Text>
        <Anchor component={Link} to="/account/profile" fw={600}>
          {t('matches.addNeedsOffers')}
        </Anchor>
      </Stack>
    );
  } else {
    body = (
      <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="md" p={0} m={0}>
        {matches.map((match, index) => (
          <MatchCard
            key={match.target.id}
            match={match}
            focus={restored === match.target.id}
            onDismiss={(reason) => void dismiss(match, index, reason)}
          />
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="md">
      {notice?.kind === 'dismissed' && (
        <Alert ref={noticeRef} tabIndex={-1} color="grow" variant="light" role="status">
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Text size="sm">
              {t('matches.dismissed', { name: targetName(notice.match.target) })}
            </Text>
            <Button
              size="xs"
              variant="default"
              aria-label={t('matches.undoNamed', { name: targetName(notice.match.target) })}
              onClick={() => void undo(notice.match, notice.index)}
            >
              {t('matches.undo')}
            </Button>
          </Group>
        </Alert>
      )}
      {notice?.kind === 'failed' && (
        <Alert ref={noticeRef} tabIndex={-1} color="red" variant="light" role="alert">
          {notice.message}
        </Alert>
      )}
      {body}
    </Stack>
  );
}
