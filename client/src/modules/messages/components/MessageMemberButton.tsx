import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConnectionState } from '../../../generated/graphql';
import { Dialog } from '../../ui/Dialog';
import { useSendMessage } from '../hooks/useSendMessage';
import { MessageComposer } from './MessageComposer';

interface MessageMemberButtonProps {
  member: {
    id: string;
    displayName: string;
    /** Null when signed out. */
    viewerConnection: { state: ConnectionState } | null;
  };
}

/**
 * "Message" on the profile of one of the viewer's connections: a dialog to write the first (or
 * next) message, then the thread it landed in. Shows nothing to anyone else.
 */
export function MessageMemberButton({ member }: MessageMemberButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sendMessage } = useSendMessage();
  const [opened, setOpened] = useState(false);
  if (member.viewerConnection?.state !== 'CONNECTED') return null;
  const name = member.displayName;

  async function send(body: string) {
    const message = await sendMessage({ recipientId: member.id }, body);
    setOpened(false);
    await navigate(`/messages/${message.conversationId}`);
  }

  return (
    <>
      <Button
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('messageMember.buttonNamed', { name })}
      >
        {t('messageMember.button')}
      </Button>
      <Dialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('messageMember.title', { name })}
      >
        <Stack gap="md">
          <Text size="sm">{t('messageMember.intro', { name })}</Text>
          <MessageComposer
            label={t('messageMember.label')}
            onSend={send}
            autoFocus
            secondaryAction={
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
            }
          />
        </Stack>
      </Dialog>
    </>
  );
}
