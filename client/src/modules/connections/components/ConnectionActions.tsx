import { Alert, Anchor, Badge, Button, Flex, Menu, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ViewerConnectionFieldsFragment } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { ConfirmActionModal } from '../../ui/ConfirmActionModal';
import { connectionErrorMessage } from '../errors';
import {
  useAnswerConnectionRequest,
  useBlockMember,
  useRemoveConnection,
  useWithdrawConnectionRequest,
} from '../hooks/useConnectionActions';
import { ConnectDialog } from './ConnectDialog';

export type ConnectionActionsMember = ViewerConnectionFieldsFragment & { displayName: string };

/** What the viewer last did here, said once it is done. */
type Action = 'connect' | 'withdraw' | 'accept' | 'ignore' | 'remove';

/** State the network page reads to say who was just blocked. */
export interface BlockedNotice {
  blocked: string;
}

/**
 * On a member's profile, for a signed-in viewer who is not that member: the one thing they can do
 * about the connection now (connect, withdraw, accept or ignore, remove), and "More" with Block.
 */
export function ConnectionActions({ member }: { member: ConnectionActionsMember }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { acceptRequest, declineRequest } = useAnswerConnectionRequest();
  const { withdrawRequest } = useWithdrawConnectionRequest();
  const { removeConnection, loading: removing } = useRemoveConnection();
  const { blockMember, loading: blocking } = useBlockMember();
  const [busy, setBusy] = useState<Action>();
  const [dialog, setDialog] = useState<'connect' | 'remove' | 'block'>();
  // Kept once the confirmation closes, so that its texts do not change while it fades out.
  const [confirming, setConfirming] = useState<'remove' | 'block'>('remove');
  if ((dialog === 'remove' || dialog === 'block') && dialog !== confirming) setConfirming(dialog);
  const [done, setDone] = useState<Action>();
  const [error, setError] = useState<string>();
  const [dialogError, setDialogError] = useState<string>();
  const doneRef = useRef<HTMLDivElement>(null);

  // The button just used is gone (the state moved on); the outcome takes the focus.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const connection = member.viewerConnection;
  if (!connection || connection.state === 'SELF') return null;
  const name = member.displayName;
  const { requestId } = connection;

  async function run(action: Action, work: () => Promise<void>) {
    setBusy(action);
    setError(undefined);
    setDone(undefined);
    try {
      await work();
      setDone(action);
    } catch (caught) {
      setError(connectionErrorMessage(t, caught));
    } finally {
      setBusy(undefined);
    }
  }

  async function confirm() {
    setDialogError(undefined);
    setDone(undefined);
    try {
      if (dialog === 'remove') {
        await removeConnection(member.id);
        setDialog(undefined);
        setDone('remove');
      } else if (dialog === 'block') {
        await blockMember(member.id);
        setDialog(undefined);
        const state: BlockedNotice = { blocked: name };
        await navigate('/network', { state });
      }
    } catch (caught) {
      setDialogError(connectionErrorMessage(t, caught));
    }
  }

  function closeDialog() {
    setDialog(undefined);
    setDialogError(undefined);
  }

  const outcomes: Record<Action, string> = {
    connect: t('network.sent', { name }),
    withdraw: t('network.withdrawn', { name }),
    accept: t('network.accepted', { name }),
    ignore: t('network.ignored', { name }),
    remove: t('network.removed', { name }),
  };

  let primary;
  switch (connection.state) {
    case 'NONE':
      if (connection.blocked) {
        primary = (
          <Text size="sm">
            {t('memberNetwork.youBlocked', { name })}{' '}
            <Anchor component={Link} to="/account" inherit underline="always">
              {t('memberNetwork.manageBlocked')}
            </Anchor>
          </Text>
        );
      } else if (connection.canRequest) {
        primary = <Button onClick={() => setDialog('connect')}>{t('network.connect')}</Button>;
      } else {
        primary = (
          <Text size="sm" c="dimmed">
            {t('network.notAccepting')}
          </Text>
        );
      }
      break;
    case 'REQUEST_SENT':
      primary = (
        <>
          <Badge variant="light" color="grow" tt="none" size="lg">
            {t('network.requestSent')}
          </Badge>
          {requestId && (
            <Button
              variant="default"
              loading={busy === 'withdraw'}
              disabled={busy !== undefined}
              aria-label={t('network.withdrawNamed', { name })}
              onClick={() => void run('withdraw', () => withdrawRequest(requestId))}
            >
              {t('network.withdraw')}
            </Button>
          )}
        </>
      );
      break;
    case 'REQUEST_RECEIVED':
      primary = requestId && (
        <>
          <Button
            loading={busy === 'accept'}
            disabled={busy !== undefined}
            aria-label={t('network.acceptNamed', { name })}
            onClick={() => void run('accept', () => acceptRequest(requestId, member.id))}
          >
            {t('network.accept')}
          </Button>
          <Button
            variant="default"
            loading={busy === 'ignore'}
            disabled={busy !== undefined}
            aria-label={t('network.ignoreNamed', { name })}
            onClick={() => void run('ignore', () => declineRequest(requestId, member.id))}
          >
            {t('network.ignore')}
          </Button>
        </>
      );
      break;
    case 'CONNECTED':
      primary = (
        <>
          <Badge
            variant="light"
            color="grow"
            tt="none"
            size="lg"
            leftSection={<span aria-hidden="true">✓</span>}
          >
            {t('network.connected')}
          </Badge>
          <Button
            variant="outline"
            color="red.8"
            aria-label={t('network.removeNamed', { name })}
            onClick={() => setDialog('remove')}
          >
            {t('network.remove')}
          </Button>
        </>
      );
      break;
  }

  return (
    <Stack gap="xs" maw={{ sm: 360 }} w={{ base: '100%', sm: 'auto' }}>
      {connection.state === 'REQUEST_RECEIVED' && (
        <Text size="sm">{t('network.askedYou', { name })}</Text>
      )}
      <Flex
        direction={{ base: 'column', xs: 'row' }}
        gap="sm"
        align={{ base: 'stretch', xs: 'center' }}
        justify={{ sm: 'flex-end' }}
        wrap="wrap"
      >
        {primary}
        {!connection.blocked && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" aria-label={t('memberNetwork.moreNamed', { name })}>
                {t('memberNetwork.more')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown aria-label={t('memberNetwork.moreNamed', { name })}>
              <Menu.Item color="red.8" onClick={() => setDialog('block')}>
                {t('memberNetwork.block')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Flex>
      {connection.state === 'REQUEST_RECEIVED' && (
        <Text size="xs" c="dimmed">
          {t('memberNetwork.ignoreIsPrivate')}
        </Text>
      )}
      {done && (
        <Alert ref={doneRef} tabIndex={-1} color="grow" variant="light" role="status">
          {outcomes[done]}
        </Alert>
      )}
      {error && <FormAlert>{error}</FormAlert>}

      <ConnectDialog
        member={dialog === 'connect' ? member : undefined}
        onClose={() => setDialog(undefined)}
        onSent={() => {
          setDialog(undefined);
          setError(undefined);
          setDone('connect');
        }}
      />
      <ConfirmActionModal
        opened={dialog === confirming}
        onClose={closeDialog}
        onConfirm={() => void confirm()}
        loading={removing || blocking}
        error={dialogError}
        destructive
        title={
          confirming === 'block'
            ? t('memberNetwork.blockTitle', { name })
            : t('network.removeTitle', { name })
        }
        confirmLabel={
          confirming === 'block' ? t('memberNetwork.blockConfirm') : t('network.removeConfirm')
        }
      >
        {confirming === 'block' ? (
          <Stack gap="xs">
            <Text>{t('memberNetwork.blockBody', { name })}</Text>
            <Text>{t('memberNetwork.blockNobodyTold', { name })}</Text>
          </Stack>
        ) : (
          <Text>{t('network.removeBody', { name })}</Text>
        )}
      </ConfirmActionModal>
    </Stack>
  );
}
