import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Detail {
  key: string;
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list; the caller leaves out what is absent. */
export function DetailList({ details }: { details: readonly Detail[] }) {
  if (details.length === 0) return null;
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
      {details.map((detail) => (
        <div key={detail.key}>
          <Text component="dt" fw={700} size="sm">
            {detail.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {detail.value}
          </Text>
        </div>
      ))}
    </Box>
  );
}
