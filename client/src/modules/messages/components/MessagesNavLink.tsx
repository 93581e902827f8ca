import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLiveMessages, useUnreadMessageCount } from '../hooks/useLiveMessages';

/**
 * "Messages" in the header, with how many wait to be read. Mounted whenever a member is signed
 * in, it also listens for new messages, which keeps that count and the cached conversations live.
 */
export function MessagesNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  useLiveMessages();
  // A failed count is no reason to break the header: the link is still there, just without it.
  const count = useUnreadMessageCount();
  const label = count > 99 ? '99+' : String(count);
  return (
    <Anchor
      component={NavLink}
      to="/messages"
      className={className}
      fw={600}
      c="dark.7"
      aria-label={count > 0 ? t('nav.messagesWithCount', { count: label }) : undefined}
    >
      <Group component="span" gap={6} wrap="nowrap">
        {t('nav.messages')}
        {count > 0 && (
          <Badge size="sm" circle={label.length === 1} aria-hidden="true">
            {label}
          </Badge>
        )}
      </Group>
    </Anchor>
  );
}
