import { Anchor, Badge, Box, Button, Flex, Group, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationDetails } from '../hooks/useOrganization';

export type PendingInvitation = NonNullable<OrganizationDetails['pendingInvitations']>[number];

/** Who an invitation is for: a member by name, or the address typed when invited by email. */
export function inviteeName(invitation: PendingInvitation): string {
  return invitation.member?.displayName ?? invitation.email ?? '';
}

interface PendingInvitationsProps {
  invitations: PendingInvitation[];
  onCancel: (invitation: PendingInvitation) => void;
}

/** For owners and admins: invitations not yet answered, each with who sent it and when. */
export function PendingInvitations({ invitations, onCancel }: PendingInvitationsProps) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' });
  return (
    <Stack component="section" aria-labelledby="pending-invitations" gap="sm">
      <Title id="pending-invitations" order={3} fz="h4">
        {t('pendingInvitations.heading')}
      </Title>
      {invitations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pendingInvitations.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {invitations.map((invitation) => {
            const { member, invitedBy } = invitation;
            const date = dateFormat.format(new Date(String(invitation.invitedAt)));
            return (
              <Flex
                component="li"
                key={invitation.id}
                direction={{ base: 'column', sm: 'row' }}
                justify="space-between"
                align={{ base: 'stretch', sm: 'center' }}
                gap="xs"
              >
                <Box>
                  <Group gap="xs" wrap="wrap">
                    {member ? (
                      <Anchor component={Link} to={`/m/${member.handle}`} fw={600}>
                        {member.displayName}
                      </Anchor>
                    ) : (
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {invitation.email}
                      </Text>
                    )}
                    <Badge variant="outline" color="gray.7" c="dark.7" tt="none">
                      {t(`orgRoles.${invitation.role}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {invitedBy ? (
                      <Trans
                        i18nKey="pendingInvitations.invitedBy"
                        values={{ name: invitedBy.displayName, date }}
                        components={{
                          sender: (
                            <Anchor
                              component={Link}
                              to={`/m/${invitedBy.handle}`}
                              inherit
                              underline="always"
                            />
                          ),
                        }}
                      />
                    ) : (
                      t('pendingInvitations.invitedOn', { date })
                    )}
                  </Text>
                </Box>
                <Button
                  variant="outline"
                  color="red.8"
                  size="xs"
                  aria-label={t('pendingInvitations.cancelNamed', {
                    invitee: inviteeName(invitation),
                  })}
                  onClick={() => onCancel(invitation)}
                >
                  {t('pendingInvitations.cancel')}
                </Button>
              </Flex>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
