import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecideConnectorApplicationDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import { renderApp } from '../../test/renderApp';
import {
  applicationsMock,
  connectorApplication,
  connectorWithRecord,
  countsMock,
  overviewMock,
  someCounts,
  staffApplication,
  staffViewer,
} from '../../test/staffFixtures';

const dee = { id: 'member-4', handle: 'dee-diaz', displayName: 'Dee Díaz', headline: 'Architect' };
const eve = { id: 'member-5', handle: 'eve-park', displayName: 'Eve Park' };
const deeApplies = staffApplication('application-dee', dee);
const eveApplies = staffApplication('application-eve', eve, {
  communities: ['Chinatown restaurants'],
});
const carla = connectorWithRecord(
  { id: 'member-6', handle: 'carla-ruiz', displayName: 'Carla Ruiz' },
  { made: 5, completed: 3, waiting: 1, notNow: 1, expired: 0 },
  ['HIRE', 'HIRE', 'FUNDING'],
);
const deeConnector = connectorWithRecord(
  { id: 'member-4', handle: 'dee-diaz', displayName: 'Dee Díaz' },
  { made: 0, completed: 0, waiting: 0, notNow: 0, expired: 0 },
);

describe('StaffConnectorsPage (/staff/connectors)', () => {
  it('approves an application, and shows each connector with their record', async () => {
    const { user } = renderApp({
      path: '/staff/connectors',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        applicationsMock('PENDING', [deeApplies, eveApplies]),
        overviewMock([carla]),
        inputMock(
          DecideConnectorApplicationDocument,
          { applicationId: 'application-dee', approve: true },
          {
            decideConnectorApplication: connectorApplication('application-dee', {
              status: 'APPROVED',
              decidedAt: '2026-03-09T15:00:00.000Z',
            }),
          },
        ),
        countsMock({ ...someCounts, connectorApplications: 2 }),
        // The connectors are read again: Dee is one of them now.
        overviewMock([carla, deeConnector]),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible();
    const applications = screen.getByRole('region', { name: 'Applications' });
    const items = await within(applications).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(within(first).getByRole('link', { name: 'Dee Díaz' })).toHaveAttribute(
      'href',
      '/m/dee-diaz',
    );
    expect(first).toHaveTextContent('Architect');
    expect(first).toHaveTextContent('Sent on March 4, 2026');
    expect(first).toHaveTextContent('SectorsRetail trade, Health care');
    expect(first).toHaveTextContent('CommunitiesRoxbury merchants, Cape Verdean families');
    expect(first).toHaveTextContent('LanguagesEnglish, Portuguese');

    const connectors = screen.getByRole('region', { name: 'Connectors and their record' });
    const carlaItem = await within(connectors).findByRole('listitem');
    expect(within(carlaItem).getByRole('link', { name: 'Carla Ruiz' })).toHaveAttribute(
      'href',
      '/m/carla-ruiz',
    );
    expect(carlaItem).toHaveTextContent('Connector since January 10, 2026');
    expect(carlaItem).toHaveTextContent('Made5Completed3Waiting1Not now1Expired0');
    expect(carlaItem).toHaveTextContent('Outcomes: A hire (2), Funding (1)');
    expect(await axeViolations()).toEqual([]);

    within(first).getByRole('button', { name: 'Approve Dee Díaz' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(applications).findByText('Dee Díaz is now a connector.')).toBeVisible();
    expect(within(applications).getAllByRole('listitem')).toHaveLength(1);
    await waitFor(() =>
      expect(within(applications).getByRole('heading', { name: 'Applications' })).toHaveFocus(),
    );
    const nav = screen.getByRole('navigation', { name: 'Staff console' });
    expect(await within(nav).findByRole('link', { name: 'Connectors (2 waiting)' })).toBeVisible();
    expect(await within(connectors).findByRole('link', { name: 'Dee Díaz' })).toBeVisible();
    expect(within(connectors).getAllByRole('listitem')[1]).toHaveTextContent(
      'No outcomes recorded yet.',
    );
  }, 60_000);

  it('declines with a note, then finds the application among the declined', async () => {
    const declined = staffApplication('application-eve', eve, {
      communities: ['Chinatown restaurants'],
      status: 'DECLINED',
      decisionNote: 'Tell us who you know.',
      decidedAt: '2026-03-09T15:00:00.000Z',
    });
    const { user } = renderApp({
      path: '/staff/connectors',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        applicationsMock('PENDING', [eveApplies]),
        overviewMock([]),
        inputMock(
          DecideConnectorApplicationDocument,
          { applicationId: 'application-eve', approve: false, note: 'Tell us who you know.' },
          {
            decideConnectorApplication: connectorApplication('application-eve', {
              status: 'DECLINED',
              decisionNote: 'Tell us who you know.',
            }),
          },
        ),
        countsMock({ ...someCounts, connectorApplications: 2 }),
        overviewMock([]),
        applicationsMock('DECLINED', [declined]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Decline Eve Park' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Decline the application of Eve Park',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Say why, so the applicant understands.')).toBeVisible();
    await user.type(
      within(dialog).getByRole('textbox', { name: /Why \(the applicant reads this\)/ }),
      'Tell us who you know.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(
      await screen.findByText('The application of Eve Park was declined; they were told why.'),
    ).toBeVisible();
    expect(screen.getByText('No application is waiting.')).toBeVisible();
    expect(screen.getByText('There are no connectors yet.')).toBeVisible();

    await user.click(screen.getByRole('combobox', { name: 'Show' }));
    await user.click(await screen.findByRole('option', { name: 'Declined' }));
    const applications = screen.getByRole('region', { name: 'Applications' });
    const item = await within(applications).findByRole('listitem');
    expect(item).toHaveTextContent('Sent on March 4, 2026, decided on March 9, 2026');
    expect(item).toHaveTextContent('Staff note: Tell us who you know.');
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
  }, 60_000);
});
