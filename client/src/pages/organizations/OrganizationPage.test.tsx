import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestOrganizationVerificationDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { harborKitchen, organizationMock } from '../../test/organizationFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

describe('OrganizationPage (/o/:slug)', () => {
  it('shows the details, needs, offers and people, with nothing to edit for a visitor', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      mocks: [cityMock('en', englishCity), organizationMock('harbor-kitchen', harborKitchen)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' })).toBeVisible();
    expect(screen.getByText('A shared commercial kitchen.')).toBeVisible();
    expect(screen.getByText('2 to 10 people')).toBeVisible();
    expect(screen.getByText('Health care')).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: 'Needs' })).getByRole('listitem'),
    ).toHaveTextContent('FundingA second oven');
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Ana López' })).toHaveAttribute(
      'href',
      '/m/ana-lopez',
    );
    expect(within(people).getByText('Owner')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Request verification' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByText('Verified')).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('lets an admin edit but not request verification', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', { ...harborKitchen, viewerRole: 'ADMIN' }),
      ],
    });

    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/o/harbor-kitchen/edit',
    );
    expect(screen.queryByRole('button', { name: 'Request verification' })).not.toBeInTheDocument();
  });

  it('lets the owner request verification, then shows it as requested', async () => {
    const { user } = renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', { ...harborKitchen, viewerRole: 'OWNER' }),
        {
          request: {
            query: RequestOrganizationVerificationDocument,
            variables: { input: { organizationId: 'org-1' } },
          },
          result: {
            data: {
              requestOrganizationVerification: {
                ...harborKitchen,
                viewerRole: 'OWNER',
                verificationPending: true,
              },
            },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Request verification' }));

    expect(await screen.findByText('Thanks! City staff will review your request.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Request verification' })).not.toBeInTheDocument();
  });

  it('shows the verified badge and no request button to the owner of a verified organization', async () => {
    renderApp({
      path: '/o/harbor-kitchen',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        organizationMock('harbor-kitchen', {
          ...harborKitchen,
          viewerRole: 'OWNER',
          verified: true,
        }),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Harbor Kitchen' });
    expect(screen.getByText('Verified')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Request verification' })).not.toBeInTheDocument();
  });

  it('says so when there is no such organization', async () => {
    renderApp({
      path: '/o/nowhere',
      mocks: [cityMock('en', englishCity), organizationMock('nowhere', null)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organization not found' }),
    ).toBeVisible();
  });
});
