import { Box } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main';

interface SiteLayoutProps {
  cityName: string | undefined;
  children: ReactNode;
}

/** The shell of every page: skip link, header, one `main`, footer. */
export function SiteLayout({ cityName, children }: SiteLayoutProps) {
  const mainRef = useMainFocusOnNavigation();
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink targetId={MAIN_ID} />
      <SiteHeader cityName={cityName} />
      <Box
        component="main"
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        style={{ flex: 1, outline: 'none' }}
      >
        {children}
      </Box>
      <SiteFooter />
    </Box>
  );
}

/**
 * After a client-side navigation, focus moves to `main` as a full page load would reset it;
 * otherwise keyboard and screen-reader users stay on the link they followed. Not on first load,
 * and not for `#hash` links within the page.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}
