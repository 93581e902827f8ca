import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Divider,
  Flex,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationRole } from '../../../generated/graphql';
import { membershipErrorMessage } from '../errors';
import type { OrganizationDetails } from '../hooks/useOrganization';
import {
  useCancelOrganizationInvitation,
  useLeaveOrganization,
  useRemoveOrganizationMember,
  useTransferOrganizationOwnership,
} from '../hooks/useMembershipActions';
import { ConfirmActionModal } from '../../ui/ConfirmActionModal';
import { InviteMemberForm } from './InviteMemberForm';
import { inviteeName, PendingInvitations, type PendingInvitation } from './PendingInvitations';

type Membership = OrganizationDetails['members'][number];

/** The change waiting for confirmation in the dialog. */
type Pending =
  | { kind: 'remove'; membership: Membership }
  | { kind: 'transfer'; membership: Membership }
  | { kind: 'cancelInvitation'; invitation: PendingInvitation }
  | { kind: 'leave' };

/** Owners remove anyone; admins everyone but owners; nobody removes themselves (they leave). */
function canRemove(viewerRole: OrganizationRole | null, target: OrganizationRole): boolean {
  return viewerRole === 'OWNER' || (viewerRole === 'ADMIN' && target !== 'OWNER');
}

interface OrganizationMembersProps {
  organization: OrganizationDetails;
  /** The signed-in member's id, to tell their own row apart. */
  viewerId: string | undefined;
}

/**
 * The organization's people, for everyone; its owners and admins also invite and remove people
 * and see and cancel the invitations waiting for an answer, an owner hands over ownership, and
 * anyone in it may leave.
 */
export function OrganizationMembers({ organization, viewerId }: OrganizationMembersProps) {
  const { t, i18n } = useTranslation();
  const { removeMember, loading: removing } = useRemoveOrganizationMember();
  const { transferOwnership, loading: transferring } = useTransferOrganizationOwnership();
  const { leave, loading: leaving } = useLeaveOrganization();
  const { cancelInvitation, loading: cancelling } = useCancelOrganizationInvitation();
  // Kept after closing, so that the dialog's words do not change while it fades out.
  const [pending, setPending] = useState<Pending | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [actionError, setActionError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);

  const viewerRole = organization.viewerRole;
  const canManage = viewerRole === 'OWNER' || viewerRole === 'ADMIN';
  const ownerCount = organization.members.filter(({ role }) => role === 'OWNER').length;
  const onlyOwner = viewerRole === 'OWNER' && ownerCount <= 1;
  const organizationName = organization.name;

  // The button that opened the dialog is gone after the change; the outcome takes the focus.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function open(next: Pending) {
    setActionError(undefined);
    setPending(next);
    setDialogOpen(true);
  }

  function close() {
    setDialogOpen(false);
    setActionError(undefined);
  }

  async function confirm() {
    if (!pending) return;
    setActionError(undefined);
    try {
      if (pending.kind === 'leave') {
        await leave(organization);
        setNotice(t('organizationMembers.left', { organization: organizationName }));
      } else if (pending.kind === 'cancelInvitation') {
        await cancelInvitation(pending.invitation.id);
        setNotice(t('pendingInvitations.cancelled', { invitee: inviteeName(pending.invitation) }));
      } else {
        const { member } = pending.membership;
        if (pending.kind === 'remove') {
          await removeMember(organization.id, member.id);
          setNotice(
            t('organizationMembers.removed', {
              name: member.displayName,
              organization: organizationName,
            }),
          );
        } else {
          await transferOwnership(organization.id, member.id);
          setNotice(
            t('organizationMembers.transferred', {
              name: member.displayName,
              organization: organizationName,
            }),
          );
        }
      }
      setDialogOpen(false);
    } catch (error) {
      setActionError(membershipErrorMessage(t, error));
    }
  }

  /** The dialog's words for the change it asks about. */
  function dialogTexts(shown: Pending | null) {
    if (shown?.kind === 'leave') {
      return {
        title: t('organizationMembers.leaveTitle', { organization: organizationName }),
        confirmLabel: t('organizationMembers.leaveConfirm'),
        children: (
          <Stack gap="xs">
            <Text>{t('organizationMembers.leaveBody')}</Text>
            {onlyOwner && <Text fw={600}>{t('organizationMembers.leaveOnlyOwner')}</Text>}
          </Stack>
        ),
      };
    }
    if (shown?.kind === 'cancelInvitation') {
      const invitee = inviteeName(shown.invitation);
      return {
        title: t('pendingInvitations.cancelTitle', { invitee }),
        confirmLabel: t('pendingInvitations.cancelConfirm'),
        dismissLabel: t('pendingInvitations.keep'),
        children: (
          <Text>
            {t('pendingInvitations.cancelBody', { invitee, organization: organizationName })}
          </Text>
        ),
      };
    }
    const name = shown?.membership.member.displayName ?? '';
    if (shown?.kind === 'transfer') {
      return {
        title: t('organizationMembers.transferTitle', { name }),
        confirmLabel: t('organizationMembers.transferConfirm'),
        children: (
          <Text>
            {t('organizationMembers.transferBody', { name, organization: organizationName })}
          </Text>
        ),
      };
    }
    return {
      title: t('organizationMembers.removeTitle', { name }),
      confirmLabel: t('organizationMembers.removeConfirm'),
      children: (
        <Text>{t('organizationMembers.removeBody', { name, organization: organizationName })}</Text>
      ),
    };
  }

  return (
    <Stack component="section" aria-labelledby="organization-people" gap="md">
      <Title id="organization-people" order={2} fz="h3">
        {t('organizationPage.peopleHeading')}
      </Title>
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} color="grow" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {organization.members.length === 0 ? (
        <Text c="dimmed">{t('organizationPage.noPeople')}</Text>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {organization.members.map((membership) => {
            const { role, member } = membership;
            const isViewer = member.id === viewerId;
            const removable = !isViewer && canRemove(viewerRole, role);
            const transferable = !isViewer && viewerRole === 'OWNER' && role !== 'OWNER';
            return (
              <Flex
                component="li"
                key={member.id}
                direction={{ base: 'column', sm: 'row' }}
                justify="space-between"
                align={{ base: 'stretch', sm: 'center' }}
                gap="xs"
              >
                <Box>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={`/m/${member.handle}`} fw={600}>
                      {member.displayName}
                    </Anchor>
                    <Badge variant="outline" color="gray.7" c="dark.7" tt="none">
                      {t(`orgRoles.${role}`)}
                    </Badge>
                    {member.isConnector && (
                      <Badge color="grow.8" tt="none">
                        {t('common.connector')}
                      </Badge>
                    )}
                    {isViewer && (
                      <Badge variant="outline" color="grow.8" tt="none">
                        {t('organizationMembers.you')}
                      </Badge>
                    )}
                  </Group>
                  {member.headline && (
                    <Text size="sm" c="dimmed">
                      {member.headline}
                    </Text>
                  )}
                </Box>
                {(removable || transferable) && (
                  <Flex direction={{ base: 'column', xs: 'row' }} gap="xs">
                    {transferable && (
                      <Button
                        variant="default"
                        size="xs"
                        aria-label={t('organizationMembers.transferNamed', {
                          name: member.displayName,
                        })}
                        onClick={() => open({ kind: 'transfer', membership })}
                      >
                        {t('organizationMembers.transfer')}
                      </Button>
                    )}
                    {removable && (
                      <Button
                        variant="outline"
                        color="red.8"
                        size="xs"
                        aria-label={t('organizationMembers.removeNamed', {
                          name: member.displayName,
                        })}
                        onClick={() => open({ kind: 'remove', membership })}
                      >
                        {t('common.remove')}
                      </Button>
                    )}
                  </Flex>
                )}
              </Flex>
            );
          })}
        </Stack>
      )}

      {viewerRole && (
        <Flex
          direction={{ base: 'column', xs: 'row' }}
          align={{ base: 'flex-start', xs: 'center' }}
          gap="sm"
        >
          <Text size="sm">
            {t('organizationMembers.yourRole', {
              role: t(`orgRoles.${viewerRole}`).toLocaleLowerCase(i18n.resolvedLanguage),
            })}
          </Text>
          <Button variant="outline" color="red.8" size="xs" onClick={() => open({ kind: 'leave' })}>
            {t('organizationMembers.leave')}
          </Button>
        </Flex>
      )}

      {canManage && (
        <>
          {organization.pendingInvitations && (
            <>
              <Divider />
              <PendingInvitations
                invitations={organization.pendingInvitations}
                onCancel={(invitation) => open({ kind: 'cancelInvitation', invitation })}
              />
            </>
          )}
          <Divider />
          <InviteMemberForm organizationId={organization.id} />
        </>
      )}

      <ConfirmActionModal
        opened={dialogOpen}
        onClose={close}
        onConfirm={() => void confirm()}
        loading={removing || transferring || leaving || cancelling}
        error={actionError}
        destructive={pending?.kind !== 'transfer'}
        {...dialogTexts(pending)}
      />
    </Stack>
  );
}
