import { Badge, Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useOrganizationInvitations } from '../../organizations/hooks/useOrganizationInvitations';
import { useSession } from '../hooks/useSession';
import type { Viewer } from '../session';

/**
 * The signed-in member's name in the header: their profile, its editor, their invitations (with
 * how many wait, also shown on the button), "Account", "Sign out".
 */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  // A failed count is no reason to break the header: the item is still there, just without it.
  const waiting = useOrganizationInvitations().invitations?.length ?? 0;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          aria-label={
            waiting > 0
              ? t('nav.accountMenuWithInvitations', { name: viewer.displayName, count: waiting })
              : undefined
          }
          rightSection={
            <Group gap={6} wrap="nowrap" aria-hidden="true">
              {waiting > 0 && (
                <Badge size="sm" circle>
                  {waiting}
                </Badge>
              )}
              <span>▾</span>
            </Group>
          }
        >
          {viewer.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('nav.accountMenu')}>
        <Menu.Item component={Link} to={`/m/${viewer.handle}`}>
          {t('nav.myProfile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/profile">
          {t('nav.editProfile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/invitations"
          aria-label={waiting > 0 ? t('nav.invitationsWithCount', { count: waiting }) : undefined}
          rightSection={
            waiting > 0 && (
              <Badge size="sm" circle aria-hidden="true">
                {waiting}
              </Badge>
            )
          }
        >
          {t('nav.invitations')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item
          onClick={() => {
            // Signed out locally even if the server cannot be reached.
            signOut()
              .catch(() => undefined)
              .finally(() => void navigate('/'));
          }}
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
