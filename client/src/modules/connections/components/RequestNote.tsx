import { Box, Text, VisuallyHidden } from '@mantine/core';

/** The note that came with a request, quoted as its sender wrote it. */
export function RequestNote({ note, label }: { note: string; label: string }) {
  return (
    <Box
      component="blockquote"
      m={0}
      pl="sm"
      style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
    >
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        <VisuallyHidden>{label} </VisuallyHidden>
        {note}
      </Text>
    </Box>
  );
}
