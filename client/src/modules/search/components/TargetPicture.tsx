import { OrganizationLogo } from '../../organizations/components/OrganizationLogo';
import { MemberAvatar } from '../../ui/MemberAvatar';
import type { Target } from '../targets';

/**
 * A target's picture: a member's photo, an organization's logo, or for an opportunity the logo
 * (or photo) of whoever offers it. Decorative: the name is written beside it.
 */
export function TargetPicture({ target, size }: { target: Target; size: number }) {
  switch (target.__typename) {
    case 'Member':
      return <MemberAvatar member={target} size={size} />;
    case 'Organization':
      return <OrganizationLogo organization={target} size={size} />;
    case 'Opportunity':
      return (
        <OrganizationLogo
          organization={{
            name: target.organization?.name ?? target.title,
            logoUrl: target.organization?.logoUrl ?? target.poster?.photoUrl,
          }}
          size={size}
        />
      );
  }
}
