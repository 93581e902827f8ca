import { Anchor, Badge, Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { conversationTitle, fullTime, isoTime, shortTime } from '../format';
import type { ConversationSummary } from '../hooks/useConversations';
import { ConversationAvatars } from './ConversationAvatars';

/**
 * One conversation in the list: who is in it (the three people of an introduction, labelled so),
 * the last message, when, and how many wait to be read. The names link to the thread.
 */
export function ConversationListItem({ conversation }: { conversation: ConversationSummary }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const { lastMessage, unreadCount } = conversation;
  const unread = unreadCount > 0;
  const title = conversationTitle(t, locale, conversation);
  const introduction = conversation.kind === 'INTRODUCTION';
  return (
    <Box
      component="li"
      py="md"
      px={{ base: 'xs', sm: 'md' }}
      bg={unread ? 'grow.0' : undefined}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ConversationAvatars others={conversation.others} />
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="xs" wrap="wrap" miw={0}>
              <Anchor
                component={Link}
                to={`/messages/${conversation.id}`}
                fw={unread ? 800 : 600}
                style={{ overflowWrap: 'anywhere' }}
              >
                {title}
                {unread && (
                  <VisuallyHidden>{`, ${t('messagesPage.unread', { count: unreadCount })}`}</VisuallyHidden>
                )}
              </Anchor>
              {introduction && (
                <Badge variant="light" color="grow" tt="none" size="sm">
                  {t('messagesPage.introduction')}
                </Badge>
              )}
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Text
                component="time"
                dateTime={isoTime(conversation.lastActivityAt)}
                title={fullTime(locale, conversation.lastActivityAt)}
                size="sm"
                c="dimmed"
                style={{ whiteSpace: 'nowrap' }}
              >
                {shortTime(locale, conversation.lastActivityAt)}
              </Text>
              {unread && (
                <Badge size="md" circle={unreadCount < 10} aria-hidden="true">
                  {unreadCount > 99 ? '99+' : unreadCount}
                </Badge>
              )}
            </Group>
          </Group>
          <Text
            size="sm"
            lineClamp={2}
            fw={unread ? 600 : undefined}
            c={unread ? undefined : 'dimmed'}
          >
            {lastMessage ? (
              <>
                {lastMessage.isOwn
                  ? `${t('messagesPage.youPrefix')} `
                  : introduction && lastMessage.sender
                    ? `${lastMessage.sender.displayName}: `
                    : ''}
                {lastMessage.body}
              </>
            ) : (
              t('messagesPage.noMessages')
            )}
          </Text>
        </Stack>
      </Group>
    </Box>
  );
}
