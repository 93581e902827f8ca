import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Popover,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { fullTime, shortTime } from '../../messages/format';
import {
  useLiveNotifications,
  useMarkNotificationsRead,
  useNotifications,
  useUnreadNotificationCount,
} from '../hooks/useNotifications';
import { notificationText } from '../notificationText';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M6 9a6 6 0 1 1 12 0c0 5 2 6.5 2 6.5H4S6 14 6 9Zm4 9.5a2 2 0 0 0 4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The bell in the header: how many notifications are unread (kept live while a member is signed
 * in), and a popover listing the latest ones as sentences, each leading to its page.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  useLiveNotifications();
  const count = useUnreadNotificationCount();
  const [opened, setOpened] = useState(false);
  const { notifications, loading, error, refetch } = useNotifications(!opened);
  const { markRead, loading: marking } = useMarkNotificationsRead();
  const [markError, setMarkError] = useState(false);
  const locale = currentLanguage(i18n);
  const label = count > 99 ? '99+' : String(count);

  function markAll() {
    setMarkError(false);
    markRead().catch(() => setMarkError(true));
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(360px, calc(100vw - 24px))"
      trapFocus
      returnFocus
      withinPortal
      shadow="md"
    >
      <Popover.Target>
        <ActionIcon
          variant="default"
          size="lg"
          pos="relative"
          aria-label={
            count > 0 ? t('notifications.bellWithCount', { count: label }) : t('notifications.bell')
          }
          aria-expanded={opened}
          aria-haspopup="dialog"
          onClick={() => setOpened((value) => !value)}
        >
          <BellIcon />
          {count > 0 && (
            <Badge
              size="xs"
              circle={label.length === 1}
              aria-hidden="true"
              pos="absolute"
              top={-6}
              right={-6}
            >
              {label}
            </Badge>
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby="notifications-title" p="sm">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Title id="notifications-title" order={2} fz="h4">
              {t('notifications.title')}
            </Title>
            {count > 0 && (
              <Button variant="subtle" size="compact-sm" loading={marking} onClick={markAll}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
          {markError && (
            <Text size="sm" c="red.8" role="alert">
              {t('notifications.markError')}
            </Text>
          )}
          {loading && !notifications && (
            <Group justify="center" py="sm" role="status">
              <Loader size="sm" aria-hidden="true" />
              <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
            </Group>
          )}
          {error && !notifications && (
            <Group gap="xs">
              <Text size="sm" role="alert">
                {t('notifications.loadError')}
              </Text>
              <Button variant="default" size="compact-sm" onClick={() => void refetch()}>
                {t('notifications.retry')}
              </Button>
            </Group>
          )}
          {notifications && notifications.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('notifications.empty')}
            </Text>
          )}
          {notifications && notifications.length > 0 && (
            <Box
              component="ul"
              aria-labelledby="notifications-title"
              p={0}
              m={0}
              mah="min(420px, 60vh)"
              style={{ listStyle: 'none', overflowY: 'auto' }}
            >
              {notifications.map((notification) => {
                const unread = notification.readAt === null;
                return (
                  <Box
                    component="li"
                    key={notification.id}
                    py={8}
                    style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                  >
                    <Anchor
                      component={Link}
                      to={notification.path}
                      c="dark.7"
                      fw={unread ? 700 : 400}
                      underline="hover"
                      onClick={() => {
                        setOpened(false);
                        if (unread) markRead([notification.id]).catch(() => undefined);
                      }}
                    >
                      {unread && <VisuallyHidden>{t('notifications.unread')} </VisuallyHidden>}
                      {notificationText(t, notification)}
                    </Anchor>
                    <Text size="xs" c="dimmed" title={fullTime(locale, notification.createdAt)}>
                      {shortTime(locale, notification.createdAt)}
                    </Text>
                  </Box>
                );
              })}
            </Box>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
