import { useApolloClient } from '@apollo/client/react';
import { Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSession } from '../../modules/auth/components/RequireSession';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useCity } from '../../modules/city/hooks/useCity';
import { ImageUploadField } from '../../modules/media/ImageUploadField';
import { ProfileForm } from '../../modules/members/components/ProfileForm';
import { useMember } from '../../modules/members/hooks/useMember';
import { initials } from '../../modules/ui/displayNames';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** `/account/profile`: the member edits their own profile. */
export function EditProfilePage() {
  return (
    <RequireSession>
      <EditProfile />
    </RequireSession>
  );
}

function EditProfile() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { member, error } = useMember(viewer?.handle);
  const { city } = useCity();
  const navigate = useNavigate();
  const client = useApolloClient();
  if (!viewer) return null;

  if (error || member === null) {
    return (
      <PageMessage
        documentTitle={t('profileForm.documentTitle')}
        title={t('common.loadError')}
        alert
      >
        {t('status.errorServer')}
      </PageMessage>
    );
  }
  // The city's sectors and neighborhoods fill the form's choices, so wait for both.
  if (!member || !city) return <PageLoading label={t('common.loading')} />;

  return (
    <Container size={720} py={{ base: 32, sm: 56 }}>
      <title>{t('profileForm.documentTitle')}</title>
      <Stack gap="xl">
        <Title order={1}>{t('profileForm.title')}</Title>
        <ImageUploadField
          label={t('profileForm.photoHeading')}
          description={t('profileForm.photoIntro')}
          imageUrl={member.photoUrl ?? null}
          placeholder={initials(member.displayName)}
          alt={t('profile.photoAlt', { name: member.displayName })}
          path="/api/profile/photo"
          field="photo"
          radius="xl"
          onChange={(photoUrl) => {
            // The photo is saved at once; every view of the member shows the new one.
            client.cache.modify({
              id: client.cache.identify(member),
              fields: { photoUrl: () => photoUrl },
            });
          }}
        />
        <ProfileForm
          member={member}
          email={viewer.email}
          city={city}
          onSaved={(saved) => void navigate(`/m/${saved.handle}`)}
        />
      </Stack>
    </Container>
  );
}
