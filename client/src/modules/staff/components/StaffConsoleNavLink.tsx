import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** "Staff console" in the site header; the header shows it to staff and admins only. */
export function StaffConsoleNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={NavLink} to="/staff" className={className} fw={600} c="dark.7">
      {t('staff.navLink')}
    </Anchor>
  );
}
