import { Anchor, Box, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { MatchDismissReason } from '../../../generated/graphql';
import { useCity } from '../../city/hooks/useCity';
import { AskIntroductionButton } from '../../introductions/components/AskIntroductionButton';
import { TargetBadges } from '../../search/components/TargetBadges';
import { TargetPicture } from '../../search/components/TargetPicture';
import { targetName, targetPath, targetSummary } from '../../search/targets';
import { MemberAvatar } from '../../ui/MemberAvatar';
import type { Match } from '../hooks/useRecommendations';
import { matchReasonText } from '../reasons';
import { DismissMatchMenu } from './DismissMatchMenu';

interface MatchCardProps {
  match: Match;
  /** Just brought back by "Undo": its link takes the focus. */
  focus?: boolean;
  onDismiss: (reason: MatchDismissReason | null) => void;
}

/**
 * One match: whom or what (with a picture, a name and a line about it), why in plain sentences,
 * who could introduce you (people), and "Dismiss".
 */
export function MatchCard({ match, focus = false, onDismiss }: MatchCardProps) {
  const { t, i18n } = useTranslation();
  const { city } = useCity();
  const locale = currentLanguage(i18n);
  const { target, reasons, connectors } = match;
  const name = targetName(target);
  const summary = targetSummary(t, locale, city, target);
  const titleId = `match-${target.id}`;
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focus) linkRef.current?.focus();
  }, [focus]);

  return (
    <Box component="li" style={{ listStyle: 'none' }}>
      <Card
        component="article"
        aria-labelledby={titleId}
        withBorder
        radius="md"
        padding="md"
        h="100%"
      >
        <Stack gap="sm" h="100%">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <TargetPicture target={target} size={48} />
            <Box miw={0}>
              <Group gap="xs" wrap="wrap">
                <Title id={titleId} order={2} fz="h5" style={{ overflowWrap: 'anywhere' }}>
                  <Anchor ref={linkRef} component={Link} to={targetPath(target)} inherit>
                    {name}
                  </Anchor>
                </Title>
                <TargetBadges target={target} />
              </Group>
              {summary && (
                <Text size="sm" c="dimmed">
                  {summary}
                </Text>
              )}
            </Box>
          </Group>
          {reasons.length > 0 && (
            <Box>
              <Text size="sm" fw={600} id={`${titleId}-reasons`}>
                {t('matches.why')}
              </Text>
              <List size="sm" spacing={2} aria-labelledby={`${titleId}-reasons`}>
                {reasons.map((reason, index) => (
                  <List.Item key={`${reason.code}-${index}`}>
                    {matchReasonText(t, locale, reason, match, city)}
                  </List.Item>
                ))}
              </List>
            </Box>
          )}
          {target.__typename === 'Member' && connectors.length > 0 && (
            <Box>
              <Text size="sm" fw={600} id={`${titleId}-connectors`}>
                {t('matches.introducers')}
              </Text>
              <Stack
                component="ul"
                gap="xs"
                p={0}
                m={0}
                mt={4}
                aria-labelledby={`${titleId}-connectors`}
              >
                {connectors.map((connector) => (
                  <Box component="li" key={connector.id} style={{ listStyle: 'none' }}>
                    <Group gap="xs" wrap="wrap" justify="space-between">
                      <Group gap="xs" wrap="nowrap" miw={0}>
                        <MemberAvatar member={connector} size={28} />
                        <Anchor component={Link} to={`/m/${connector.handle}`} size="sm">
                          {connector.displayName}
                        </Anchor>
                      </Group>
                      <AskIntroductionButton introducer={connector} target={target} />
                    </Group>
                  </Box>
                ))}
              </Stack>
            </Box>
          )}
          <Group justify="flex-end" mt="auto">
            <DismissMatchMenu name={name} onDismiss={onDismiss} />
          </Group>
        </Stack>
      </Card>
    </Box>
  );
}
