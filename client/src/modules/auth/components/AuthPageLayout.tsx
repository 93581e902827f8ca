import { Container, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthPageLayoutProps {
  documentTitle: string;
  title: string;
  children: ReactNode;
}

/** A narrow column with the page's one h1, for the sign-in, sign-up and password pages. */
export function AuthPageLayout({ documentTitle, title, children }: AuthPageLayoutProps) {
  return (
    <Container size={480} py={{ base: 32, sm: 64 }}>
      <title>{documentTitle}</title>
      <Stack gap="lg">
        <Title order={1}>{title}</Title>
        {children}
      </Stack>
    </Container>
  );
}
