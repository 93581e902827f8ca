import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { ConversationAvatars } from '../../modules/messages/components/ConversationAvatars';
import { MessageComposer } from '../../modules/messages/components/MessageComposer';
import { MessageList, messageElementId } from '../../modules/messages/components/MessageList';
import { isConversationNotFound } from '../../modules/messages/errors';
import { conversationTitle } from '../../modules/messages/format';
import {
  useConversation,
  useConversationLive,
  useMarkConversationRead,
  useMessages,
  type Conversation,
  type Message,
} from '../../modules/messages/hooks/useConversation';
import { useSendMessage } from '../../modules/messages/hooks/useSendMessage';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** How much of a new message the live region reads out. */
const ANNOUNCED_LENGTH = 140;

/**
 * `/messages/:conversationId`: members only. The thread, oldest message first with earlier ones
 * on demand, live as messages arrive (each announced politely), and the composer below.
 */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  return (
    <RequireSession>
      {/* A fresh thread (its state, its subscription) for each conversation. */}
      <Thread key={conversationId} conversationId={conversationId} />
    </RequireSession>
  );
}

function Thread({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { conversation, error } = useConversation(conversationId);

  if (conversation === null || (error && isConversationNotFound(error))) {
    return (
      <PageMessage
        documentTitle={t('conversation.notFoundDocumentTitle')}
        title={t('conversation.notFoundTitle')}
      >
        {t('conversation.notFoundBody')}
      </PageMessage>
    );
  }
  if (error && !conversation) {
    return (
      <PageMessage
        documentTitle={t('messagesPage.documentTitle')}
        title={t('common.loadError')}
        alert
      >
        {t('status.errorServer')}
      </PageMessage>
    );
  }
  if (!conversation) return <PageLoading label={t('conversation.loading')} />;
  return <ThreadView conversation={conversation} />;
}

function ThreadView({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const conversationId = conversation.id;
  const { messages, hasEarlier, loadingEarlier, loadEarlier, error } = useMessages(conversationId);
  const { sendMessage } = useSendMessage();
  // Each announcement is a new node in the live region, so that the same words are read again.
  const [announcement, setAnnouncement] = useState({ key: 0, text: '' });
  const announce = (text: string) => setAnnouncement(({ key }) => ({ key: key + 1, text }));
  const [earlierError, setEarlierError] = useState(false);
  const endRef = useRef<HTMLDivElement>(null);
  const markRead = useMarkRead(conversationId);
  const title = conversationTitle(t, locale, conversation);

  useConversationLive(conversationId, (message) => {
    if (message.isOwn) return;
    markRead();
    const name = message.sender?.displayName ?? t('conversation.unknownSender');
    const body =
      message.body.length > ANNOUNCED_LENGTH
        ? `${message.body.slice(0, ANNOUNCED_LENGTH)}…`
        : message.body;
    announce(t('conversation.newMessage', { name, body }));
  });

  useStickToNewest(messages, endRef);

  // The message to focus once it is on the page, when loading earlier ones outran rendering.
  const focusOnceShown = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = focusOnceShown.current;
    if (id && focusMessage(id)) focusOnceShown.current = undefined;
  }, [messages]);

  async function showEarlier() {
    setEarlierError(false);
    let added: Message[];
    try {
      added = await loadEarlier();
    } catch {
      setEarlierError(true);
      return;
    }
    // Reading goes on from the oldest message just added, whether or not the button stays.
    const oldest = added[0];
    if (oldest && !focusMessage(oldest.id)) focusOnceShown.current = oldest.id;
  }

  async function send(body: string) {
    await sendMessage({ conversationId }, body);
    announce(t('conversation.sent'));
  }

  return (
    <Container size={760} py={{ base: 24, sm: 40 }} px={{ base: 'xs', xs: 'md' }}>
      <title>{t('conversation.documentTitle', { title })}</title>
      <Stack gap="lg">
        <Anchor component={Link} to="/messages" fw={600} w="fit-content">
          <span aria-hidden="true">← </span>
          {t('conversation.back')}
        </Anchor>
        <Group gap="md" wrap="nowrap" align="center">
          <ConversationAvatars others={conversation.others} size={48} />
          <Stack gap={4} miw={0}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Title>
            {conversation.kind === 'INTRODUCTION' && (
              <Group gap="xs">
                <Badge variant="light" color="grow" tt="none">
                  {t('messagesPage.introduction')}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('conversation.introductionNote')}
                </Text>
              </Group>
            )}
            {conversation.others.length > 0 && (
              <Group component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {conversation.others.map((member) => (
                  <li key={member.id}>
                    <Anchor component={Link} to={`/m/${member.handle}`} size="sm">
                      {t('conversation.profileOf', { name: member.displayName })}
                    </Anchor>
                  </li>
                ))}
              </Group>
            )}
          </Stack>
        </Group>

        <Stack gap="md">
          {hasEarlier && (
            <Group justify="center">
              <Button variant="default" loading={loadingEarlier} onClick={() => void showEarlier()}>
                {t('conversation.loadEarlier')}
              </Button>
            </Group>
          )}
          {earlierError && (
            <Alert color="red" variant="light" role="alert">
              {t('status.errorServer')}
            </Alert>
          )}
          {error && !messages && (
            <Alert color="red" variant="light" role="alert">
              {t('status.errorServer')}
            </Alert>
          )}
          {!messages && !error && <Text c="dimmed">{t('conversation.loadingMessages')}</Text>}
          {messages && messages.length === 0 && <Text c="dimmed">{t('conversation.empty')}</Text>}
          {messages && messages.length > 0 && (
            <MessageList messages={messages} label={t('conversation.messagesLabel')} />
          )}
        </Stack>

        <VisuallyHidden role="status">
          <span key={announcement.key}>{announcement.text}</span>
        </VisuallyHidden>

        <MessageComposer
          label={t('conversation.composerLabel', { title })}
          onSend={send}
          disabledReason={conversation.canSend ? undefined : t('conversation.cannotSend')}
        />
        <div ref={endRef} />
      </Stack>
    </Container>
  );
}

/** Focuses a message of the thread; false when it is not on the page (yet). */
function focusMessage(id: string): boolean {
  const element = document.getElementById(messageElementId({ id }));
  element?.focus();
  return element !== null;
}

/**
 * Marks the conversation read when it opens, and again (through the returned function) as
 * messages arrive; while the tab is hidden, not until it is seen again.
 */
function useMarkRead(conversationId: string): () => void {
  const markConversationRead = useMarkConversationRead();
  const pending = useRef(false);
  const markRead = useCallback(() => {
    if (document.visibilityState === 'hidden') {
      pending.current = true;
      return;
    }
    pending.current = false;
    // Nothing to tell the reader if it fails: the count simply stays until the next time.
    markConversationRead(conversationId).catch(() => undefined);
  }, [conversationId, markConversationRead]);

  useEffect(() => {
    markRead();
    function onVisible() {
      if (document.visibilityState === 'visible' && pending.current) markRead();
    }
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [markRead]);
  return markRead;
}

/**
 * Shows the newest message: when the thread opens, when the viewer sends one, and when one
 * arrives while they are at the bottom already (not while they read back through earlier ones).
 */
function useStickToNewest(
  messages: readonly Message[] | undefined,
  endRef: RefObject<HTMLDivElement | null>,
) {
  const atBottom = useRef(true);
  const shownNewest = useRef<string | undefined>(undefined);
  const newest = messages?.at(-1);

  useEffect(() => {
    function onScroll() {
      const root = document.documentElement;
      atBottom.current = window.innerHeight + window.scrollY >= root.scrollHeight - 160;
    }
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  useEffect(() => {
    if (!newest || newest.id === shownNewest.current) return;
    const first = shownNewest.current === undefined;
    shownNewest.current = newest.id;
    if (first || newest.isOwn || atBottom.current) {
      endRef.current?.scrollIntoView({ block: 'end' });
    }
  }, [newest, endRef]);
}
