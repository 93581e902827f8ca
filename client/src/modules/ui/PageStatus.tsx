import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A page still loading: its one h1 says what, announced as a status. */
export function PageLoading({ label }: { label: string }) {
  return (
    <Center py={80} aria-busy="true">
      <div role="status">
        <Loader size="sm" aria-hidden="true" />
        <VisuallyHidden component="h1">{label}</VisuallyHidden>
      </div>
    </Center>
  );
}
