import { Avatar } from '@mantine/core';
import { initials } from './displayNames';

interface MemberAvatarProps {
  member: { displayName: string; photoUrl: string | null };
  size?: number;
}

/** A member's photo (or initials) beside their name in a list; decorative, as the name is there. */
export function MemberAvatar({ member, size = 48 }: MemberAvatarProps) {
  return (
    <Avatar src={member.photoUrl} alt="" size={size} radius="xl" color="grow">
      <span aria-hidden="true">{initials(member.displayName)}</span>
    </Avatar>
  );
}
