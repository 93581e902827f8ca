import { Alert, Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { ConversationListItem } from '../../modules/messages/components/ConversationListItem';
import { useConversations } from '../../modules/messages/hooks/useConversations';
import { PageLoading } from '../../modules/ui/PageStatus';

/**
 * `/messages`: members only. Their conversations, latest activity first, each with its last
 * message and what waits to be read; kept live by the messages the header listens for.
 */
export function MessagesPage() {
  return (
    <RequireSession>
      <Conversations />
    </RequireSession>
  );
}

function Conversations() {
  const { t } = useTranslation();
  const { conversations, hasNextPage, loadingMore, error, loadMore } = useConversations();
  const pageRef = useRef<HTMLDivElement>(null);
  const [moreError, setMoreError] = useState(false);

  /** Focuses the conversation at `index` of the list; false when it is not on the page (yet). */
  function focusConversation(index: number): boolean {
    const links = pageRef.current?.querySelectorAll<HTMLElement>('ul > li a[href^="/messages/"]');
    const link = links?.[index];
    link?.focus();
    return link !== undefined;
  }

  // The conversation to focus once it is on the page, when loading more outran rendering.
  const focusOnceShown = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = focusOnceShown.current;
    if (index !== undefined && focusConversation(index)) focusOnceShown.current = undefined;
  }, [conversations]);

  async function showMore() {
    const shown = conversations?.length ?? 0;
    setMoreError(false);
    try {
      await loadMore();
    } catch {
      setMoreError(true);
      return;
    }
    // The button may be gone (no more pages): the focus goes to the first conversation added.
    if (!focusConversation(shown)) focusOnceShown.current = shown;
  }

  if (!conversations && !error) return <PageLoading label={t('messagesPage.loading')} />;

  return (
    <Container size={760} py={{ base: 32, sm: 56 }} px={{ base: 'xs', xs: 'md' }}>
      <title>{t('messagesPage.documentTitle')}</title>
      <Stack ref={pageRef} gap="lg">
        <Stack gap="xs">
          <Title order={1}>{t('messagesPage.title')}</Title>
          <Text c="dimmed">{t('messagesPage.intro')}</Text>
        </Stack>
        {error && !conversations && (
          <Alert color="red" variant="light" role="alert">
            {t('status.errorServer')}
          </Alert>
        )}
        {conversations && conversations.length === 0 && (
          <Text>
            <Trans
              i18nKey="messagesPage.empty"
              components={{
                network: <Anchor component={Link} to="/network" inherit underline="always" />,
              }}
            />
          </Text>
        )}
        {conversations && conversations.length > 0 && (
          <Stack
            component="ul"
            aria-label={t('messagesPage.listLabel')}
            gap={0}
            p={0}
            m={0}
            style={{ listStyle: 'none', borderTop: '1px solid var(--mantine-color-gray-3)' }}
          >
            {conversations.map((conversation) => (
              <ConversationListItem key={conversation.id} conversation={conversation} />
            ))}
          </Stack>
        )}
        {moreError && (
          <Alert color="red" variant="light" role="alert">
            {t('status.errorServer')}
          </Alert>
        )}
        {hasNextPage && (
          <Group justify="center">
            <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
              {t('messagesPage.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
