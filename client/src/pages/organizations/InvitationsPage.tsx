import {
  Alert,
  Anchor,
  Button,
  Card,
  Container,
  Flex,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../modules/auth/components/FormAlert';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { VerifiedBadge } from '../../modules/organizations/components/VerifiedBadge';
import { membershipErrorMessage } from '../../modules/organizations/errors';
import {
  useAnswerInvitation,
  useOrganizationInvitations,
  type OrganizationInvitation,
} from '../../modules/organizations/hooks/useOrganizationInvitations';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** `/invitations`: the organizations that invited the signed-in member (linked from the email). */
export function InvitationsPage() {
  return (
    <RequireSession>
      <Invitations />
    </RequireSession>
  );
}

/** What became of the last invitation answered, shown once it has left the list. */
type Outcome =
  | { kind: 'accepted'; organization: OrganizationInvitation['organization'] }
  | { kind: 'declined'; organization: OrganizationInvitation['organization'] };

function Invitations() {
  const { t } = useTranslation();
  const { invitations, error } = useOrganizationInvitations();
  const { acceptInvitation, declineInvitation } = useAnswerInvitation();
  const [answering, setAnswering] = useState<{ id: string; accept: boolean }>();
  const [failure, setFailure] = useState<{ id: string; message: string }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The answered invitation (and the focused button in it) is gone; the outcome takes the focus.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  if (error) {
    return (
      <PageMessage
        documentTitle={t('invitationsPage.documentTitle')}
        title={t('common.loadError')}
        alert
      >
        {t('status.errorServer')}
      </PageMessage>
    );
  }
  if (!invitations) return <PageLoading label={t('invitationsPage.loading')} />;

  async function answer(invitation: OrganizationInvitation, accept: boolean) {
    setAnswering({ id: invitation.id, accept });
    setFailure(undefined);
    try {
      if (accept) await acceptInvitation(invitation);
      else await declineInvitation(invitation);
      setOutcome({
        kind: accept ? 'accepted' : 'declined',
        organization: invitation.organization,
      });
    } catch (caught) {
      setFailure({ id: invitation.id, message: membershipErrorMessage(t, caught) });
    } finally {
      setAnswering(undefined);
    }
  }

  return (
    <Container size={720} py={{ base: 32, sm: 56 }}>
      <title>{t('invitationsPage.documentTitle')}</title>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{t('invitationsPage.title')}</Title>
          <Text c="dimmed">{t('invitationsPage.intro')}</Text>
        </Stack>

        {outcome && (
          <Alert ref={outcomeRef} tabIndex={-1} color="grow" variant="light" role="status">
            {outcome.kind === 'accepted' ? (
              <Stack gap={4}>
                <Text>
                  {t('invitationsPage.accepted', { organization: outcome.organization.name })}
                </Text>
                <Anchor component={Link} to={`/o/${outcome.organization.slug}`} fw={600}>
                  {t('invitationsPage.goToOrganization', {
                    organization: outcome.organization.name,
                  })}
                </Anchor>
              </Stack>
            ) : (
              t('invitationsPage.declined', { organization: outcome.organization.name })
            )}
          </Alert>
        )}

        {invitations.length === 0 ? (
          <Text>{t('invitationsPage.empty')}</Text>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <InvitationCard
                  invitation={invitation}
                  answering={answering?.id === invitation.id ? answering : undefined}
                  busy={answering !== undefined}
                  error={failure?.id === invitation.id ? failure.message : undefined}
                  onAnswer={(accept) => void answer(invitation, accept)}
                />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Container>
  );
}

interface InvitationCardProps {
  invitation: OrganizationInvitation;
  /** This invitation's answer on its way to the server. */
  answering: { accept: boolean } | undefined;
  /** Some answer is on its way; the others wait. */
  busy: boolean;
  error: string | undefined;
  onAnswer: (accept: boolean) => void;
}

function InvitationCard({ invitation, answering, busy, error, onAnswer }: InvitationCardProps) {
  const { t, i18n } = useTranslation();
  const { organization, invitedBy } = invitation;
  const titleId = `invitation-${invitation.id}`;
  const invitedOn = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(String(invitation.invitedAt)),
  );
  return (
    <Card component="article" aria-labelledby={titleId} withBorder padding="lg" radius="md">
      <Stack gap="sm">
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Title id={titleId} order={2} fz="h4">
              <Anchor component={Link} to={`/o/${organization.slug}`} inherit>
                {organization.name}
              </Anchor>
            </Title>
            {organization.verified && <VerifiedBadge size="sm" />}
          </Group>
          <Text size="sm" c="dimmed">
            {t(`orgTypes.${organization.type}`)}
          </Text>
        </Stack>
        {invitedBy && (
          <Text size="sm">
            <Trans
              i18nKey="invitationsPage.invitedBy"
              values={{ name: invitedBy.displayName }}
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
          </Text>
        )}
        <Text size="sm">
          {t('invitationsPage.details', {
            date: invitedOn,
            role: t(`orgRoles.${invitation.role}`).toLocaleLowerCase(i18n.resolvedLanguage),
          })}
        </Text>
        {error && <FormAlert>{error}</FormAlert>}
        <Flex direction={{ base: 'column', xs: 'row' }} gap="sm">
          <Button
            aria-label={t('invitationsPage.acceptNamed', { organization: organization.name })}
            loading={answering?.accept === true}
            disabled={busy}
            onClick={() => onAnswer(true)}
          >
            {t('invitationsPage.accept')}
          </Button>
          <Button
            variant="default"
            aria-label={t('invitationsPage.declineNamed', { organization: organization.name })}
            loading={answering?.accept === false}
            disabled={busy}
            onClick={() => onAnswer(false)}
          >
            {t('invitationsPage.decline')}
          </Button>
        </Flex>
      </Stack>
    </Card>
  );
}
