import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCity } from '../../modules/city/hooks/useCity';
import { ProfileView } from '../../modules/members/components/ProfileView';
import { useMember } from '../../modules/members/hooks/useMember';
import { PageMessage } from '../../modules/ui/PageMessage';
import { PageLoading } from '../../modules/ui/PageStatus';

/** `/m/:handle`: a member's profile, as the viewer may see it. */
export function MemberPage() {
  const { t } = useTranslation();
  const handle = useParams().handle ?? '';
  const { member, error } = useMember(handle);
  const { city } = useCity();

  if (error) {
    return (
      <PageMessage
        documentTitle={t('app.documentTitleFallback')}
        title={t('common.loadError')}
        alert
      >
        {t('status.errorServer')}
      </PageMessage>
    );
  }
  if (member === undefined) return <PageLoading label={t('profile.loading')} />;
  if (member === null) {
    return (
      <PageMessage
        documentTitle={t('profile.notFoundDocumentTitle')}
        title={t('profile.notFoundTitle')}
      >
        {t('profile.notFoundBody', { handle })}
      </PageMessage>
    );
  }
  return <ProfileView member={member} city={city} />;
}
