import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity, spanishCity } from '../../test/cityFixtures';
import { anaProfile, boAsVisitor, memberMock } from '../../test/memberFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

function robotsMeta() {
  return document.querySelector('meta[name="robots"]');
}

describe('MemberPage (/m/:handle)', () => {
  it('shows what a visitor may see, leaves hidden fields out and says noindex', async () => {
    renderApp({
      path: '/m/bo-chen',
      mocks: [cityMock('en', englishCity), memberMock('bo-chen', boAsVisitor)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Chen' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('@bo-chen')).toBeVisible();
    expect(screen.getByText('Connector')).toBeVisible();
    expect(screen.queryByText('City staff')).not.toBeInTheDocument();
    expect(screen.getByText('Connector for manufacturing')).toBeVisible();
    expect(screen.getByText('Professional services')).toBeVisible();

    const needs = screen.getByRole('region', { name: 'Needs' });
    const need = within(needs).getByRole('listitem');
    expect(need).toHaveTextContent('Suppliers and manufacturing');
    expect(need).toHaveTextContent('Machine shops for prototypes');
    const offers = screen.getByRole('region', { name: 'Offers' });
    expect(within(offers).getByRole('listitem')).toHaveTextContent(
      'Permits and licensingHelp with zoning permits',
    );

    // Hidden from this visitor: no email, phone, links, location, nor an edit button.
    expect(screen.queryByRole('region', { name: 'Contact and links' })).not.toBeInTheDocument();
    expect(screen.queryByText('Email')).not.toBeInTheDocument();
    expect(screen.queryByText('Location')).not.toBeInTheDocument();
    expect(screen.queryByText('Business stage')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit profile' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Organizations' })).not.toBeInTheDocument();
    expect(robotsMeta()).toHaveAttribute('content', 'noindex');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the member their whole profile with an "Edit profile" button', async () => {
    renderApp({
      path: '/m/ana-lopez',
      session: viewer,
      mocks: [cityMock('en', englishCity), memberMock('ana-lopez', anaProfile)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana López' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit profile' })).toHaveAttribute(
      'href',
      '/account/profile',
    );
    expect(screen.getByText('Roxbury, Boston')).toBeVisible();
    expect(screen.getByText('English, Spanish')).toBeVisible();
    const organizations = screen.getByRole('region', { name: 'Organizations' });
    expect(within(organizations).getByRole('link', { name: 'Harbor Kitchen Co.' })).toHaveAttribute(
      'href',
      '/o/harbor-kitchen',
    );
    expect(within(organizations).getByRole('listitem')).toHaveTextContent(/Verified.*Owner/);
    expect(screen.getByRole('img', { name: 'Photo of Ana López' })).toBeVisible();
    expect(screen.getByText('Health care')).toBeVisible();
    expect(screen.getByText('Growth')).toBeVisible();
    const contact = screen.getByRole('region', { name: 'Contact and links' });
    expect(within(contact).getByRole('link', { name: 'ana@example.com' })).toHaveAttribute(
      'href',
      'mailto:ana@example.com',
    );
    expect(within(contact).getByRole('link', { name: '+1 617 555 0100' })).toHaveAttribute(
      'href',
      'tel:+16175550100',
    );
    expect(within(contact).getByRole('link', { name: /harbor\.example/ })).toHaveAttribute(
      'href',
      'https://harbor.example',
    );
    expect(
      within(screen.getByRole('region', { name: 'Needs' })).getByRole('listitem'),
    ).toHaveTextContent('FundingA small loan');
    expect(robotsMeta()).toBeNull();
  });

  it('translates the categories into Spanish', async () => {
    localStorage.setItem('growhere.language', 'es');
    renderApp({
      path: '/m/bo-chen',
      mocks: [cityMock('es', spanishCity), memberMock('bo-chen', boAsVisitor)],
    });

    await screen.findByRole('heading', { level: 1, name: 'Bo Chen' });
    expect(
      within(screen.getByRole('region', { name: 'Necesita' })).getByRole('listitem'),
    ).toHaveTextContent('Proveedores y fabricación');
    expect(
      within(screen.getByRole('region', { name: 'Ofrece' })).getByRole('listitem'),
    ).toHaveTextContent('Permisos y licencias');
    expect(screen.getByText('Conector')).toBeVisible();
  });

  it('says so when there is no such member', async () => {
    renderApp({
      path: '/m/nobody',
      mocks: [cityMock('en', englishCity), memberMock('nobody', null)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Member not found' }),
    ).toBeVisible();
    expect(screen.getByText(/No member has the handle @nobody/)).toBeVisible();
  });
});
