import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../hooks/useSession';
import type { Viewer } from '../session';

/** The signed-in member's name in the header: their profile, its editor, "Account", "Sign out". */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm" rightSection={<span aria-hidden="true">▾</span>}>
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
