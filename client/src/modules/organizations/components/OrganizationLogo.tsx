import { Avatar } from '@mantine/core';
import { initials } from '../../ui/displayNames';

interface OrganizationLogoProps {
  organization: { name: string; logoUrl?: string | null };
  size: number;
}

/**
 * The logo, or the name's initials. Decorative: the name is always written beside it, so a
 * screen reader would only hear it twice.
 */
export function OrganizationLogo({ organization, size }: OrganizationLogoProps) {
  return (
    <Avatar
      src={organization.logoUrl}
      alt=""
      size={size}
      radius="md"
      color="gray"
      styles={{ image: { objectFit: 'contain', background: 'white' } }}
    >
      <span aria-hidden="true">{initials(organization.name)}</span>
    </Avatar>
  );
}
