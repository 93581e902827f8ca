import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The main navigation's "Opportunities" entry (current on every /opportunities page). */
export function OpportunitiesNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={NavLink} to="/opportunities" className={className} fw={600} c="dark.7">
      {t('opportunities.navLink')}
    </Anchor>
  );
}
