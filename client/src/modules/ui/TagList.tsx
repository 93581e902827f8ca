import { Badge, Group, type BadgeProps } from '@mantine/core';

export interface Tag {
  key: string;
  label: string;
  /** Extra detail shown on hover. */
  title?: string;
}

interface TagListProps extends Pick<BadgeProps, 'variant' | 'color' | 'c' | 'radius' | 'fw'> {
  tags: readonly Tag[];
}

/** A wrapping list of badges whose long labels wrap too, instead of being cut off on phones. */
export function TagList({ tags, ...badgeProps }: TagListProps) {
  return (
    <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {tags.map((tag) => (
        <li key={tag.key} style={{ maxWidth: '100%' }}>
          <Badge
            size="lg"
            tt="none"
            title={tag.title}
            {...badgeProps}
            styles={{
              root: { height: 'auto', maxWidth: '100%', paddingBlock: 4 },
              label: { whiteSpace: 'normal' },
            }}
          >
            {tag.label}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
