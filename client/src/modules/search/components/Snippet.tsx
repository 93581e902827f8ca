import { Text } from '@mantine/core';
import type { SearchHit } from '../hooks/useSearch';

/** The words of a result that matched the query, marked as the server found them. */
export function Snippet({ segments }: { segments: SearchHit['snippet'] }) {
  if (segments.length === 0) return null;
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {segments.map((segment, index) =>
        segment.highlighted ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </Text>
  );
}
