import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Flex,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../auth/components/FormAlert';
import { useCity } from '../../city/hooks/useCity';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { connectionErrorMessage } from '../errors';
import { useDismissSuggestion } from '../hooks/useConnectionActions';
import { usePeopleYouMayKnow, type PersonSuggestion } from '../hooks/usePeopleYouMayKnow';
import { reasonText } from '../reasons';
import { ConnectDialog, type ConnectTarget } from './ConnectDialog';
import { NetworkSection } from './NetworkSection';

/** People you may know, each with why in plain words: connect, or say "not interested". */
export function SuggestionsSection() {
  const { t } = useTranslation();
  const { suggestions, error } = usePeopleYouMayKnow();
  const { dismissSuggestion } = useDismissSuggestion();
  const [connecting, setConnecting] = useState<ConnectTarget>();
  const [dismissing, setDismissing] = useState<string>();
  const [failure, setFailure] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState<string>();

  async function dismiss(suggestion: PersonSuggestion) {
    const { member } = suggestion;
    setDismissing(member.id);
    setFailure(undefined);
    setNotice(undefined);
    try {
      await dismissSuggestion(member.id);
      setNotice(t('networkPage.dismissed', { name: member.displayName }));
    } catch (caught) {
      setFailure({ id: member.id, message: connectionErrorMessage(t, caught) });
    } finally {
      setDismissing(undefined);
    }
  }

  return (
    <NetworkSection
      id="network-suggestions"
      title={t('networkPage.suggestionsHeading')}
      intro={t('networkPage.suggestionsIntro')}
      notice={notice}
      items={suggestions}
      failed={error !== undefined}
      empty={t('networkPage.suggestionsEmpty')}
    >
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" p={0} m={0}>
        {suggestions?.map((suggestion) => (
          <SuggestionCard
            key={suggestion.member.id}
            suggestion={suggestion}
            dismissing={dismissing === suggestion.member.id}
            busy={dismissing !== undefined}
            error={failure?.id === suggestion.member.id ? failure.message : undefined}
            onConnect={() => {
              setFailure(undefined);
              setNotice(undefined);
              setConnecting(suggestion.member);
            }}
            onDismiss={() => void dismiss(suggestion)}
          />
        ))}
      </SimpleGrid>
      <ConnectDialog
        member={connecting}
        onClose={() => setConnecting(undefined)}
        onSent={(member) => {
          setConnecting(undefined);
          setNotice(t('network.sent', { name: member.displayName }));
        }}
      />
    </NetworkSection>
  );
}

interface SuggestionCardProps {
  suggestion: PersonSuggestion;
  dismissing: boolean;
  busy: boolean;
  error: string | undefined;
  onConnect: () => void;
  onDismiss: () => void;
}

function SuggestionCard({
  suggestion,
  dismissing,
  busy,
  error,
  onConnect,
  onDismiss,
}: SuggestionCardProps) {
  const { t } = useTranslation();
  const { city } = useCity();
  const { member, reasons } = suggestion;
  const name = member.displayName;
  const titleId = `suggestion-${member.id}`;
  const connection = member.viewerConnection;

  let status: string | undefined;
  if (connection?.state === 'REQUEST_SENT') status = t('network.requestSent');
  else if (connection?.state === 'REQUEST_RECEIVED') status = t('network.askedYou', { name });
  else if (connection?.state === 'CONNECTED') status = t('network.connected');
  else if (connection && !connection.canRequest) status = t('network.notAccepting');
  const canConnect = connection?.state === 'NONE' && connection.canRequest;

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
            <MemberAvatar member={member} />
            <Box miw={0}>
              <Group gap="xs" wrap="wrap">
                <Title id={titleId} order={3} fz="h5">
                  <Anchor component={Link} to={`/m/${member.handle}`} inherit>
                    {name}
                  </Anchor>
                </Title>
                {member.isConnector && (
                  <Badge color="grow.8" tt="none" size="sm">
                    {t('common.connector')}
                  </Badge>
                )}
              </Group>
              {member.headline && <Text size="sm">{member.headline}</Text>}
            </Box>
          </Group>
          {reasons.length > 0 && (
            <Box>
              <Text size="sm" fw={600} id={`${titleId}-reasons`}>
                {t('networkPage.whySuggested')}
              </Text>
              <List size="sm" spacing={2} aria-labelledby={`${titleId}-reasons`}>
                {reasons.map((reason, index) => (
                  <List.Item key={`${reason.code}-${index}`}>
                    {reasonText(t, reason, city)}
                  </List.Item>
                ))}
              </List>
            </Box>
          )}
          {status && (
            <Text size="sm" c="dimmed">
              {status}
            </Text>
          )}
          {error && <FormAlert>{error}</FormAlert>}
          <Flex direction={{ base: 'column', xs: 'row' }} gap="sm" mt="auto">
            {canConnect && (
              <Button
                size="sm"
                aria-label={t('network.connectNamed', { name })}
                disabled={busy}
                onClick={onConnect}
              >
                {t('network.connect')}
              </Button>
            )}
            <Button
              size="sm"
              variant="default"
              aria-label={t('networkPage.dismissNamed', { name })}
              loading={dismissing}
              disabled={busy}
              onClick={onDismiss}
            >
              {t('networkPage.dismiss')}
            </Button>
          </Flex>
        </Stack>
      </Card>
    </Box>
  );
}
