import { useMutation } from '@apollo/client/react';
import { UpdateProfileDocument, type UpdateProfileInput } from '../../../generated/graphql';
import { useSession } from '../../auth/hooks/useSession';
import type { MemberProfile } from './useMember';

/** Saves the member's own profile; the header's name and handle follow. */
export function useUpdateProfile() {
  const [mutate, { loading }] = useMutation(UpdateProfileDocument);
  const { viewer, reloadViewer } = useSession();
  return {
    updateProfile: async (input: UpdateProfileInput): Promise<MemberProfile> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateProfile answered without data');
      const member = data.updateProfile;
      if (
        viewer &&
        (member.handle !== viewer.handle || member.displayName !== viewer.displayName)
      ) {
        await reloadViewer().catch(() => undefined);
      }
      return member;
    },
    loading,
  };
}
