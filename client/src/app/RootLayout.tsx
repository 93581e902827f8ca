import { Outlet, ScrollRestoration } from 'react-router';
import { useCity } from '../modules/city/hooks/useCity';
import { SiteLayout } from '../modules/ui/SiteLayout';

/** The layout route: the shared shell, named after the city once it has loaded. */
export function RootLayout() {
  const { city } = useCity();
  return (
    <SiteLayout cityName={city?.name}>
      <Outlet />
      <ScrollRestoration />
    </SiteLayout>
  );
}
