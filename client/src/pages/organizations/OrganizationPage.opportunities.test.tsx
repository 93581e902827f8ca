import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { card, kitchenCard, opportunitiesMock } from '../../test/opportunityFixtures';
import { harborKitchen, organizationMock } from '../../test/organizationFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const orgRef = {
  __typename: 'Organization' as const,
  id: 'org-1',
  slug: 'harbor-kitchen',
  name: 'Harbor Kitchen',
  verified: false,
};

function section() {
  return screen.getByRole('region', { name: 'Opportunities' });
}

describe('OrganizationPage opportunities (/o/:slug)', () => {
  it("lists the organization's published opportunities for a visitor", async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', harborKitchen),
        opportunitiesMock({ organizationId: 'org-1' }, [
          card('opp-loans', { organization: orgRef }),
          kitchenCard,
        ]),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' });
    const items = await within(
      await screen.findByRole('region', { name: 'Opportunities' }),
    ).findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Small-business loans',
      'Shared kitchen hours',
    ]);
    expect(within(section()).getByRole('link', { name: 'Shared kitchen hours' })).toHaveAttribute(
      'href',
      '/opportunities/opp-kitchen',
    );
    expect(
      within(section()).queryByRole('link', { name: 'Post an opportunity' }),
    ).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  }, 20_000);

  it('offers its admins to post one for it, and says when it has none', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', { ...harborKitchen, viewerRole: 'ADMIN' }),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' });
    expect(
      await within(section()).findByText('Harbor Kitchen has no open opportunities right now.'),
    ).toBeVisible();
    expect(within(section()).getByRole('link', { name: 'Post an opportunity' })).toHaveAttribute(
      'href',
      '/opportunities/new?organization=org-1',
    );
  }, 20_000);
});
