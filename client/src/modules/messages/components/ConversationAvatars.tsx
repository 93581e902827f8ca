import { Avatar } from '@mantine/core';
import { MemberAvatar } from '../../ui/MemberAvatar';

interface ConversationAvatarsProps {
  others: readonly { id: string; displayName: string; photoUrl: string | null }[];
  size?: number;
}

/** The others in a conversation, overlapping when there are several; decorative beside names. */
export function ConversationAvatars({ others, size = 44 }: ConversationAvatarsProps) {
  const [first] = others;
  if (!first) return <Avatar size={size} radius="xl" aria-hidden="true" />;
  if (others.length === 1) return <MemberAvatar member={first} size={size} />;
  return (
    <Avatar.Group spacing={size / 3}>
      {others.slice(0, 3).map((member) => (
        <MemberAvatar key={member.id} member={member} size={size} />
      ))}
    </Avatar.Group>
  );
}
