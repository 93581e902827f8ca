import { useSession } from '../../auth/hooks/useSession';
import { useMember } from '../../members/hooks/useMember';

export interface AdministeredOrganization {
  id: string;
  slug: string;
  name: string;
}

/**
 * The organizations the viewer owns or administers, on whose behalf they may post or express
 * interest: read from their own profile (`member(handle)`), which lists their roles.
 */
export function useAdministeredOrganizations(): {
  organizations: AdministeredOrganization[] | undefined;
  loading: boolean;
} {
  const { viewer } = useSession();
  const { member, loading } = useMember(viewer?.handle);
  const organizations = (member === undefined ? undefined : (member?.organizations ?? []))
    ?.filter(({ role }) => role === 'OWNER' || role === 'ADMIN')
    .map(({ organization: { id, slug, name } }) => ({ id, slug, name }));
  return { organizations: viewer ? organizations : [], loading };
}
