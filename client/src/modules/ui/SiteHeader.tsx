import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { AccountMenu } from '../auth/components/AccountMenu';
import { EmailConfirmationBanner } from '../auth/components/EmailConfirmationBanner';
import { useSession } from '../auth/hooks/useSession';
import { NetworkNavLink } from '../connections/components/NetworkNavLink';
import { MessagesNavLink } from '../messages/components/MessagesNavLink';
import { NotificationBell } from '../notifications/components/NotificationBell';
import { OpportunitiesNavLink } from '../opportunities/components/OpportunitiesNavLink';
import { GlobalSearch } from '../search/components/GlobalSearch';
import { StaffConsoleNavLink } from '../staff/components/StaffConsoleNavLink';
import { canUseStaffConsole } from '../staff/roles';
import { LanguageSwitcher } from './LanguageSwitcher';
import classes from './SiteHeader.module.css';

export function SiteHeader({ cityName }: { cityName: string | undefined }) {
  const { t } = useTranslation();
  const { status, viewer } = useSession();
  return (
    <Box component="header" py="sm" className={classes.header}>
      <Container size="lg">
        <Group justify="space-between" gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Anchor
              component={Link}
              to="/"
              aria-label={t('app.homeLink')}
              underline="never"
              fw={800}
              fz="xl"
              c="grow.8"
            >
              {t('app.name')}
            </Anchor>
            {cityName && (
              <Text c="dimmed" fw={600} aria-hidden="true">
                · {cityName}
              </Text>
            )}
          </Group>
          <GlobalSearch />
          <Group gap="md">
            <Box component="nav" aria-label={t('app.primaryNav')}>
              <Group component="ul" gap="md" className={classes.navList}>
                <li>
                  <Anchor
                    component={NavLink}
                    to="/"
                    end
                    className={classes.navLink}
                    fw={600}
                    c="dark.7"
                  >
                    {cityName ? t('nav.why', { city: cityName }) : t('nav.whyFallback')}
                  </Anchor>
                </li>
                <li>
                  <Anchor
                    component={NavLink}
                    to="/organizations"
                    className={classes.navLink}
                    fw={600}
                    c="dark.7"
                  >
                    {t('nav.organizations')}
                  </Anchor>
                </li>
                <li>
                  <OpportunitiesNavLink className={classes.navLink} />
                </li>
                {status === 'signedIn' && (
                  <li>
                    <Anchor
                      component={NavLink}
                      to="/for-you"
                      className={classes.navLink}
                      fw={600}
                      c="dark.7"
                    >
                      {t('forYou.navLink')}
                    </Anchor>
                  </li>
                )}
                {status === 'signedIn' && (
                  <li>
                    <NetworkNavLink className={classes.navLink} />
                  </li>
                )}
                {status === 'signedIn' && (
                  <li>
                    <MessagesNavLink className={classes.navLink} />
                  </li>
                )}
                {canUseStaffConsole(viewer) && (
                  <li>
                    <StaffConsoleNavLink className={classes.navLink} />
                  </li>
                )}
                {status === 'anonymous' && (
                  <li>
                    <Anchor
                      component={NavLink}
                      to="/join"
                      className={classes.navLink}
                      fw={600}
                      c="dark.7"
                    >
                      {t('nav.join')}
                    </Anchor>
                  </li>
                )}
              </Group>
            </Box>
            {status === 'anonymous' && (
              <Button component={Link} to="/sign-in" variant="default" size="sm">
                {t('nav.signIn')}
              </Button>
            )}
            {status === 'signedIn' && <NotificationBell />}
            {viewer && <AccountMenu viewer={viewer} />}
            <LanguageSwitcher />
          </Group>
        </Group>
      </Container>
      <EmailConfirmationBanner />
    </Box>
  );
}
