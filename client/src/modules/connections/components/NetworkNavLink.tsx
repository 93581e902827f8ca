import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useWaitingConnectionRequests } from '../hooks/useConnectionRequests';

/** "My network" in the header, with how many invitations wait for an answer. */
export function NetworkNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  // A failed count is no reason to break the header: the link is still there, just without it.
  const { count, more } = useWaitingConnectionRequests();
  const label = more ? `${count}+` : String(count);
  return (
    <Anchor
      component={NavLink}
      to="/network"
      className={className}
      fw={600}
      c="dark.7"
      aria-label={count > 0 ? t('nav.networkWithCount', { count: label }) : undefined}
    >
      <Group component="span" gap={6} wrap="nowrap">
        {t('nav.network')}
        {count > 0 && (
          <Badge size="sm" circle={label.length === 1} aria-hidden="true">
            {label}
          </Badge>
        )}
      </Group>
    </Anchor>
  );
}
