import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { City } from '../../city/hooks/useCity';
import { ConnectionActions } from '../../connections/components/ConnectionActions';
import { DegreeBadge } from '../../connections/components/DegreeBadge';
import { MemberNetworkSection } from '../../connections/components/MemberNetworkSection';
import { IntroduceButton } from '../../introductions/components/IntroduceButton';
import { MessageMemberButton } from '../../messages/components/MessageMemberButton';
import { OwnStandingNotice } from '../../moderation/components/ModerationNotice';
import { ReportButton } from '../../moderation/components/ReportButton';
import { OrganizationLogo } from '../../organizations/components/OrganizationLogo';
import { VerifiedBadge } from '../../organizations/components/VerifiedBadge';
import { StatementList } from '../../statements/components/StatementList';
import { DetailList, type Detail } from '../../ui/DetailList';
import { countryName, initials, languageName } from '../../ui/displayNames';
import { ExternalLink } from '../../ui/ExternalLink';
import type { MemberProfile } from '../hooks/useMember';

interface ProfileViewProps {
  member: MemberProfile;
  city: City | undefined;
}

/**
 * A member's profile; everything the viewer may not see (null) or the member left blank is left
 * out. A signed-in viewer also sees where they stand with the member, and what they can do.
 */
export function ProfileView({ member, city }: ProfileViewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const sectorName = (code: string) =>
    city?.sectors.find((sector) => sector.code === code)?.name ?? t('sectors.naics', { code });
  const neighborhoodName = (slug: string) =>
    city?.neighborhoods.find((neighborhood) => neighborhood.slug === slug)?.name ?? slug;

  const location = member.location;
  let place: string | undefined;
  if (location?.neighborhood) {
    place = city
      ? `${neighborhoodName(location.neighborhood)}, ${city.name}`
      : neighborhoodName(location.neighborhood);
  } else if (location?.city || location?.country) {
    const country = location.country ? countryName(locale, location.country) : undefined;
    place =
      location.city && country
        ? t('profile.elsewhere', { city: location.city, country })
        : (location.city ?? country);
  }

  const details: Detail[] = [];
  if (place) details.push({ key: 'location', label: t('profile.location'), value: place });
  if (member.languages.length > 0) {
    details.push({
      key: 'languages',
      label: t('profile.languages'),
      value: member.languages.map((code) => languageName(locale, code)).join(', '),
    });
  }
  if (member.sectors.length > 0) {
    details.push({
      key: 'sectors',
      label: t('profile.sectors'),
      value: member.sectors.map(sectorName).join(', '),
    });
  }
  if (member.stage) {
    details.push({ key: 'stage', label: t('profile.stage'), value: t(`stages.${member.stage}`) });
  }

  const contact: Detail[] = [];
  if (member.email) {
    contact.push({
      key: 'email',
      label: t('profile.email'),
      value: <Anchor href={`mailto:${member.email}`}>{member.email}</Anchor>,
    });
  }
  if (member.phone) {
    contact.push({
      key: 'phone',
      label: t('profile.phone'),
      value: <Anchor href={`tel:${member.phone.replace(/[^+0-9]/g, '')}`}>{member.phone}</Anchor>,
    });
  }
  for (const [index, link] of (member.links ?? []).entries()) {
    contact.push({
      key: `link-${index}`,
      label: link.label,
      value: <ExternalLink href={link.url}>{link.url.replace(/^https?:\/\//, '')}</ExternalLink>,
    });
  }

  return (
    <Container size="lg" py={{ base: 32, sm: 56 }}>
      <title>{t('profile.documentTitle', { name: member.displayName })}</title>
      {!member.indexable && <meta name="robots" content="noindex" />}
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start" gap="md">
          <Group align="flex-start" gap="lg" wrap="nowrap">
            <Avatar
              src={member.photoUrl}
              alt={
                member.photoUrl ? t('profile.photoAlt', { name: member.displayName }) : undefined
              }
              size={112}
              radius="xl"
              color="grow"
            >
              <span aria-hidden="true">{initials(member.displayName)}</span>
            </Avatar>
            <Stack gap={6} maw={720} miw={0}>
              <Title order={1}>{member.displayName}</Title>
              <Text c="dimmed" fw={600}>
                {t('profile.handle', { handle: member.handle })}
              </Text>
              {(member.degree !== null ||
                member.isConnector ||
                member.isStaff ||
                member.consideringLocating) && (
                <Group gap="xs">
                  <DegreeBadge degree={member.degree} />
                  {member.isConnector && (
                    <Badge color="grow.8" tt="none" size="lg">
                      {t('common.connector')}
                    </Badge>
                  )}
                  {member.isStaff && (
                    <Badge color="blue.8" tt="none" size="lg">
                      {t('common.staff')}
                    </Badge>
                  )}
                  {member.consideringLocating && (
                    <Badge variant="outline" color="gray.7" c="dark.7" tt="none" size="lg">
                      {t('profile.consideringLocating')}
                    </Badge>
                  )}
                </Group>
              )}
              {member.headline && (
                <Text size="lg" fw={500}>
                  {member.headline}
                </Text>
              )}
            </Stack>
          </Group>
          {member.isViewer ? (
            <Button component={Link} to="/account/profile" variant="default">
              {t('profile.edit')}
            </Button>
          ) : (
            <Stack gap="sm" w={{ base: '100%', sm: 'auto' }}>
              <MessageMemberButton member={member} />
              <ConnectionActions member={member} />
              <IntroduceButton member={member} />
              <ReportButton target={{ type: 'MEMBER', id: member.id, name: member.displayName }} />
            </Stack>
          )}
        </Group>
        {member.isViewer && <OwnStandingNotice standing={member.moderation} />}

        <MemberNetworkSection member={member} />

        {(details.length > 0 || member.bio) && (
          <Stack component="section" aria-labelledby="profile-about" gap="sm">
            <Title id="profile-about" order={2} fz="h3">
              {t('profile.detailsHeading')}
            </Title>
            {member.bio && <Text style={{ whiteSpace: 'pre-line' }}>{member.bio}</Text>}
            <DetailList details={details} />
          </Stack>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <StatementList kind="needs" statements={member.needs} />
          <StatementList kind="offers" statements={member.offers} />
        </SimpleGrid>

        {member.organizations.length > 0 && (
          <Stack component="section" aria-labelledby="profile-organizations" gap="sm">
            <Title id="profile-organizations" order={2} fz="h3">
              {t('profile.organizationsHeading')}
            </Title>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {member.organizations.map(({ organization, role }) => (
                <Group component="li" key={organization.id} gap="sm" wrap="nowrap">
                  <OrganizationLogo organization={organization} size={40} />
                  <Group gap="xs" miw={0}>
                    <Anchor component={Link} to={`/o/${organization.slug}`} fw={600}>
                      {organization.name}
                    </Anchor>
                    {organization.verified && <VerifiedBadge size="sm" />}
                    <Text size="sm" c="dimmed">
                      {t(`orgRoles.${role}`)}
                    </Text>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Stack>
        )}

        {contact.length > 0 && (
          <Stack component="section" aria-labelledby="profile-contact" gap="sm">
            <Title id="profile-contact" order={2} fz="h3">
              {t('profile.contactHeading')}
            </Title>
            <DetailList details={contact} />
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
