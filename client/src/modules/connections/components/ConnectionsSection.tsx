import { Anchor, Badge, Box, Button, Flex, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmActionModal } from '../../ui/ConfirmActionModal';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { connectionErrorMessage } from '../errors';
import { useRemoveConnection } from '../hooks/useConnectionActions';
import { useConnections, type NetworkMember } from '../hooks/useConnections';
import { NetworkSection } from './NetworkSection';

/** The viewer's connections, newest first, a page at a time; each can be removed (nobody is told). */
export function ConnectionsSection() {
  const { t } = useTranslation();
  const { connections, hasNextPage, loadingMore, loadMore, error } = useConnections();
  const { removeConnection, loading: removing } = useRemoveConnection();
  const [pending, setPending] = useState<NetworkMember>();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [removeError, setRemoveError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  function open(member: NetworkMember) {
    setPending(member);
    setRemoveError(undefined);
    setDialogOpen(true);
  }

  async function confirm() {
    if (!pending) return;
    setRemoveError(undefined);
    setNotice(undefined);
    try {
      await removeConnection(pending.id);
      setDialogOpen(false);
      setNotice(t('network.removed', { name: pending.displayName }));
    } catch (caught) {
      setRemoveError(connectionErrorMessage(t, caught));
    }
  }

  const name = pending?.displayName ?? '';
  return (
    <NetworkSection
      id="network-connections"
      title={t('networkPage.connectionsHeading')}
      notice={notice}
      items={connections}
      failed={error !== undefined}
      empty={t('networkPage.connectionsEmpty')}
      more={{
        label: t('networkPage.moreConnections'),
        hasNextPage,
        loading: loadingMore,
        onLoad: () => void loadMore(),
      }}
    >
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {connections?.map((member) => (
          <Flex
            component="li"
            key={member.id}
            direction={{ base: 'column', sm: 'row' }}
            justify="space-between"
            align={{ base: 'stretch', sm: 'center' }}
            gap="sm"
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <MemberAvatar member={member} size={40} />
              <Box miw={0}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/m/${member.handle}`} fw={600}>
                    {member.displayName}
                  </Anchor>
                  {member.isConnector && (
                    <Badge color="grow.8" tt="none" size="sm">
                      {t('common.connector')}
                    </Badge>
                  )}
                </Group>
                {member.headline && <Text size="sm">{member.headline}</Text>}
              </Box>
            </Group>
            <Button
              variant="outline"
              color="red.8"
              size="xs"
              aria-label={t('network.removeNamed', { name: member.displayName })}
              onClick={() => open(member)}
            >
              {t('common.remove')}
            </Button>
          </Flex>
        ))}
      </Stack>
      <ConfirmActionModal
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onConfirm={() => void confirm()}
        loading={removing}
        error={removeError}
        destructive
        title={t('network.removeTitle', { name })}
        confirmLabel={t('network.removeConfirm')}
      >
        <Text>{t('network.removeBody', { name })}</Text>
      </ConfirmActionModal>
    </NetworkSection>
  );
}
