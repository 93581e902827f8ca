import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { ReportButton } from '../../moderation/components/ReportButton';
import { fullTime, isoTime, messageTime } from '../format';
import type { Message } from '../hooks/useConversation';

/** The id of a message's element, to move the focus to it. */
export function messageElementId(message: { id: string }): string {
  return `message-${message.id}`;
}

interface MessageListProps {
  /** Oldest first. */
  messages: readonly Message[];
  label: string;
}

/**
 * A thread's messages, oldest first: the viewer's own on the right in the brand's tint, the
 * others' on the left with their name linking to their profile, each with when it was sent.
 */
export function MessageList({ messages, label }: MessageListProps) {
  return (
    <Stack component="ol" aria-label={label} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} />
      ))}
    </Stack>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const own = message.isOwn;
  let sender;
  if (own) {
    sender = (
      <Text span fw={700} size="sm">
        {t('conversation.you')}
      </Text>
    );
  } else if (message.sender) {
    sender = (
      <Anchor component={Link} to={`/m/${message.sender.handle}`} fw={700} size="sm">
        {message.sender.displayName}
      </Anchor>
    );
  } else {
    sender = (
      <Text span fw={700} size="sm" c="dimmed">
        {t('conversation.unknownSender')}
      </Text>
    );
  }
  return (
    <Box
      component="li"
      id={messageElementId(message)}
      tabIndex={-1}
      maw={{ base: '92%', sm: '75%' }}
      ml={own ? 'auto' : 0}
      mr={own ? 0 : 'auto'}
      px="md"
      py="xs"
      bg={own ? 'grow.0' : 'gray.1'}
      style={{ borderRadius: 'var(--mantine-radius-lg)', outlineOffset: 2 }}
    >
      <Group gap="xs" justify="space-between" wrap="wrap">
        {sender}
        <Group gap={4} wrap="nowrap">
          <Text
            component="time"
            dateTime={isoTime(message.sentAt)}
            title={fullTime(locale, message.sentAt)}
            size="xs"
            c="dimmed"
          >
            {messageTime(locale, message.sentAt)}
          </Text>
          {!own && message.sender && !message.hidden && (
            <ReportButton
              size="compact-xs"
              target={{ type: 'MESSAGE', id: message.id, name: message.sender.displayName }}
            />
          )}
        </Group>
      </Group>
      {message.hidden && !own ? (
        <Text fs="italic" c="dimmed">
          {t('moderationNotice.messageHidden')}
        </Text>
      ) : (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
      )}
      {message.hidden && own && (
        <Text size="xs" c="dimmed">
          {t('moderationNotice.ownMessageHidden')}
        </Text>
      )}
    </Box>
  );
}
