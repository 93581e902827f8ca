import { Anchor, Badge, Box, Button, Card, Flex, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../auth/components/FormAlert';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { connectionErrorMessage } from '../errors';
import { useAnswerConnectionRequest } from '../hooks/useConnectionActions';
import { useConnectionRequests, type ConnectionRequest } from '../hooks/useConnectionRequests';
import { NetworkSection } from './NetworkSection';
import { RequestNote } from './RequestNote';

/** Requests waiting for the viewer's answer: accept, or ignore (the sender is not told). */
export function InvitationsSection() {
  const { t } = useTranslation();
  const { requests, hasNextPage, loadingMore, loadMore, error } = useConnectionRequests('RECEIVED');
  const { acceptRequest, declineRequest } = useAnswerConnectionRequest();
  const [answering, setAnswering] = useState<{ id: string; accept: boolean }>();
  const [failure, setFailure] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState<string>();

  async function answer(request: ConnectionRequest, accept: boolean) {
    const name = request.sender.displayName;
    setAnswering({ id: request.id, accept });
    setFailure(undefined);
    setNotice(undefined);
    try {
      if (accept) await acceptRequest(request.id, request.sender.id);
      else await declineRequest(request.id, request.sender.id);
      setNotice(accept ? t('network.accepted', { name }) : t('network.ignored', { name }));
    } catch (caught) {
      setFailure({ id: request.id, message: connectionErrorMessage(t, caught) });
    } finally {
      setAnswering(undefined);
    }
  }

  return (
    <NetworkSection
      id="network-invitations"
      title={t('networkPage.invitationsHeading')}
      intro={t('networkPage.invitationsIntro')}
      notice={notice}
      items={requests}
      failed={error !== undefined}
      empty={t('networkPage.invitationsEmpty')}
      more={{
        label: t('networkPage.moreInvitations'),
        hasNextPage,
        loading: loadingMore,
        onLoad: () => void loadMore(),
      }}
    >
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {requests?.map((request) => (
          <li key={request.id}>
            <InvitationCard
              request={request}
              answering={answering?.id === request.id ? answering : undefined}
              busy={answering !== undefined}
              error={failure?.id === request.id ? failure.message : undefined}
              onAnswer={(accept) => void answer(request, accept)}
            />
          </li>
        ))}
      </Stack>
    </NetworkSection>
  );
}

interface InvitationCardProps {
  request: ConnectionRequest;
  answering: { accept: boolean } | undefined;
  busy: boolean;
  error: string | undefined;
  onAnswer: (accept: boolean) => void;
}

function InvitationCard({ request, answering, busy, error, onAnswer }: InvitationCardProps) {
  const { t, i18n } = useTranslation();
  const { sender } = request;
  const titleId = `invitation-${request.id}`;
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(String(request.createdAt)),
  );
  const mutual = sender.mutualConnectionCount ?? 0;
  const name = sender.displayName;
  return (
    <Card component="article" aria-labelledby={titleId} withBorder padding="lg" radius="md">
      <Stack gap="sm">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <MemberAvatar member={sender} />
          <Box miw={0}>
            <Group gap="xs" wrap="wrap">
              <Title id={titleId} order={3} fz="h4">
                <Anchor component={Link} to={`/m/${sender.handle}`} inherit>
                  {name}
                </Anchor>
              </Title>
              {sender.isConnector && (
                <Badge color="grow.8" tt="none">
                  {t('common.connector')}
                </Badge>
              )}
            </Group>
            {sender.headline && <Text size="sm">{sender.headline}</Text>}
            <Text size="sm" c="dimmed">
              {[
                t('networkPage.sentOn', { date }),
                mutual > 0 ? t('network.mutualCount', { count: mutual }) : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Box>
        </Group>
        {request.note && (
          <RequestNote note={request.note} label={t('networkPage.noteFrom', { name })} />
        )}
        {error && <FormAlert>{error}</FormAlert>}
        <Flex direction={{ base: 'column', xs: 'row' }} gap="sm">
          <Button
            aria-label={t('network.acceptNamed', { name })}
            loading={answering?.accept === true}
            disabled={busy}
            onClick={() => onAnswer(true)}
          >
            {t('network.accept')}
          </Button>
          <Button
            variant="default"
            aria-label={t('network.ignoreNamed', { name })}
            loading={answering?.accept === false}
            disabled={busy}
            onClick={() => onAnswer(false)}
          >
            {t('network.ignore')}
          </Button>
        </Flex>
      </Stack>
    </Card>
  );
}
