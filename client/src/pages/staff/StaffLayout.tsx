import { Badge, Box, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useStaffCounts, type StaffCounts } from '../../modules/staff/hooks/useStaffCounts';
import { canUseStaffConsole, isAdmin } from '../../modules/staff/roles';
import { PageMessage } from '../../modules/ui/PageMessage';
import classes from './StaffLayout.module.css';

type Section = 'queue' | 'reviews' | 'connectors' | 'audit' | 'insights';

/** How many items wait in a section, where the console counts them. */
function waiting(section: Section, counts: StaffCounts | undefined): number | undefined {
  if (!counts) return undefined;
  switch (section) {
    case 'queue':
      return counts.open;
    case 'reviews':
      return counts.opportunitiesInReview + counts.organizationsPendingVerification;
    case 'connectors':
      return counts.connectorApplications;
    default:
      return undefined;
  }
}

/**
 * `/staff`: the console's shell for staff and admins: its sections, each with what waits there,
 * beside the section's page. Members without the role are told so; visitors sign in first.
 */
export function StaffLayout() {
  return (
    <RequireSession>
      <StaffConsole />
    </RequireSession>
  );
}

function StaffConsole() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const allowed = canUseStaffConsole(viewer);
  const counts = useStaffCounts(!allowed);
  if (!allowed) {
    return (
      <PageMessage
        documentTitle={t('staff.notAllowedDocumentTitle')}
        title={t('staff.notAllowedTitle')}
      >
        {t('staff.notAllowedBody')}
      </PageMessage>
    );
  }
  const sections: Section[] = isAdmin(viewer)
    ? ['queue', 'reviews', 'connectors', 'audit', 'insights']
    : ['queue', 'reviews', 'connectors', 'insights'];
  return (
    <Container size="lg" py={{ base: 24, sm: 40 }}>
      <div className={classes.console}>
        <Box component="nav" aria-labelledby="staff-console-nav" className={classes.nav}>
          <Text id="staff-console-nav" fw={800} mb="xs" c="grow.9">
            {t('staff.consoleName')}
          </Text>
          <ul className={classes.list}>
            {sections.map((section) => {
              const count = waiting(section, counts);
              const label = t(`staff.sections.${section}`);
              return (
                <li key={section}>
                  <NavLink
                    to={`/staff/${section}`}
                    className={classes.link}
                    aria-label={
                      count === undefined
                        ? undefined
                        : t('staff.sectionWithCount', { section: label, count })
                    }
                  >
                    <span>{label}</span>
                    {count !== undefined && (
                      <Badge
                        size="sm"
                        variant={count > 0 ? 'filled' : 'light'}
                        color={count > 0 ? 'grow.8' : 'gray'}
                        c={count > 0 ? undefined : 'dark.7'}
                        aria-hidden="true"
                      >
                        {count}
                      </Badge>
                    )}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </Box>
        <div className={classes.content}>
          <Outlet />
        </div>
      </div>
    </Container>
  );
}
