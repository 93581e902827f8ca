import { Anchor, Box, Button, Flex, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../auth/components/FormAlert';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { connectionErrorMessage } from '../errors';
import { useWithdrawConnectionRequest } from '../hooks/useConnectionActions';
import { useConnectionRequests, type ConnectionRequest } from '../hooks/useConnectionRequests';
import { NetworkSection } from './NetworkSection';
import { RequestNote } from './RequestNote';

/** Requests the viewer sent that wait for an answer (or were quietly ignored): withdraw them. */
export function SentRequestsSection() {
  const { t, i18n } = useTranslation();
  const { requests, hasNextPage, loadingMore, loadMore, error } = useConnectionRequests('SENT');
  const { withdrawRequest } = useWithdrawConnectionRequest();
  const [withdrawing, setWithdrawing] = useState<string>();
  const [failure, setFailure] = useState<{ id: string; message: string }>();
  const [notice, setNotice] = useState<string>();
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' });

  async function withdraw(request: ConnectionRequest) {
    setWithdrawing(request.id);
    setFailure(undefined);
    setNotice(undefined);
    try {
      await withdrawRequest(request.id);
      setNotice(t('network.withdrawn', { name: request.recipient.displayName }));
    } catch (caught) {
      setFailure({ id: request.id, message: connectionErrorMessage(t, caught) });
    } finally {
      setWithdrawing(undefined);
    }
  }

  return (
    <NetworkSection
      id="network-sent"
      title={t('networkPage.sentHeading')}
      intro={t('networkPage.sentIntro')}
      notice={notice}
      items={requests}
      failed={error !== undefined}
      empty={t('networkPage.sentEmpty')}
      more={{
        label: t('networkPage.moreSent'),
        hasNextPage,
        loading: loadingMore,
        onLoad: () => void loadMore(),
      }}
    >
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {requests?.map((request) => {
          const { recipient } = request;
          const name = recipient.displayName;
          return (
            <li key={request.id}>
              <Stack gap="xs">
                <Flex
                  direction={{ base: 'column', sm: 'row' }}
                  justify="space-between"
                  align={{ base: 'stretch', sm: 'center' }}
                  gap="sm"
                >
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <MemberAvatar member={recipient} size={40} />
                    <Box miw={0}>
                      <Anchor component={Link} to={`/m/${recipient.handle}`} fw={600}>
                        {name}
                      </Anchor>
                      {recipient.headline && <Text size="sm">{recipient.headline}</Text>}
                      <Text size="sm" c="dimmed">
                        {t('networkPage.sentOn', {
                          date: dateFormat.format(new Date(String(request.createdAt))),
                        })}
                      </Text>
                    </Box>
                  </Group>
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={t('network.withdrawNamed', { name })}
                    loading={withdrawing === request.id}
                    disabled={withdrawing !== undefined}
                    onClick={() => void withdraw(request)}
                  >
                    {t('network.withdraw')}
                  </Button>
                </Flex>
                {request.note && (
                  <RequestNote note={request.note} label={t('networkPage.yourNote')} />
                )}
                {failure?.id === request.id && <FormAlert>{failure.message}</FormAlert>}
              </Stack>
            </li>
          );
        })}
      </Stack>
    </NetworkSection>
  );
}
