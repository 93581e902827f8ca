import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewOpportunityDocument, VerifyOrganizationDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError } from '../../test/sessionFixtures';
import {
  countsMock,
  opportunitiesInReviewMock,
  opportunityInReview,
  organizationToVerify,
  pendingVerificationMock,
  someCounts,
  staffViewer,
} from '../../test/staffFixtures';

const kitchen = opportunityInReview('opp-kitchen');
const mentoring = opportunityInReview('opp-mentoring', {
  title: 'Bakery mentoring',
  kind: 'MENTORSHIP',
  subkind: 'PROGRAM',
  organization: null,
  reviewNote: 'Say who can apply.',
});
const bakery = organizationToVerify('org-bakery');

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('StaffReviewsPage (/staff/reviews)', () => {
  it('lists what waits, approves an opportunity and verifies an organization', async () => {
    const { user } = renderApp({
      path: '/staff/reviews',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        opportunitiesInReviewMock([kitchen, mentoring]),
        pendingVerificationMock([bakery]),
        inputMock(
          ReviewOpportunityDocument,
          { opportunityId: 'opp-kitchen', approve: true },
          {
            reviewOpportunity: {
              __typename: 'Opportunity',
              id: 'opp-kitchen',
              status: 'PUBLISHED',
              reviewNote: null,
            },
          },
        ),
        countsMock({ ...someCounts, opportunitiesInReview: 1 }),
        inputMock(
          VerifyOrganizationDocument,
          { organizationId: 'org-bakery', verified: true },
          {
            verifyOrganization: {
              __typename: 'Organization',
              id: 'org-bakery',
              verified: true,
              verificationPending: false,
            },
          },
        ),
        countsMock({
          ...someCounts,
          opportunitiesInReview: 1,
          organizationsPendingVerification: 0,
        }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
    const opportunities = section('Opportunities waiting for review');
    const items = await within(opportunities).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(within(first).getByRole('link', { name: 'Shared kitchen hours' })).toHaveAttribute(
      'href',
      '/opportunities/opp-kitchen',
    );
    expect(first).toHaveTextContent('Space · Kitchen');
    expect(first).toHaveTextContent('Posted by Bo Chen for Harbor Kitchen Co.');
    expect(within(first).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute(
      'href',
      '/m/bo-chen',
    );
    expect(first).toHaveTextContent('Submitted on March 2, 2026');
    expect(items[1]).toHaveTextContent('Sent back before with this note: Say who can apply.');

    const organizations = section('Organizations asking to be verified');
    const organization = await within(organizations).findByRole('listitem');
    expect(within(organization).getByRole('link', { name: 'Roxbury Bakery' })).toHaveAttribute(
      'href',
      '/o/roxbury-bakery',
    );
    expect(organization).toHaveTextContent('Small business · Retail trade · Roxbury');
    expect(organization).toHaveTextContent('Owner: Cy Díaz');
    expect(await axeViolations()).toEqual([]);

    const nav = screen.getByRole('navigation', { name: 'Staff console' });
    expect(await within(nav).findByRole('link', { name: 'Reviews (3 waiting)' })).toBeVisible();

    await user.click(within(first).getByRole('button', { name: 'Approve: Shared kitchen hours' }));
    expect(
      await within(opportunities).findByText('“Shared kitchen hours” is approved and published.'),
    ).toHaveAttribute('role', 'status');
    expect(within(opportunities).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(opportunities).getByRole('heading', { name: 'Opportunities waiting for review' }),
    ).toHaveFocus();
    // The counts are read again after each decision.
    expect(await within(nav).findByRole('link', { name: 'Reviews (2 waiting)' })).toBeVisible();

    await user.click(within(organization).getByRole('button', { name: 'Verify: Roxbury Bakery' }));
    expect(
      await within(organizations).findByText(
        'Roxbury Bakery is verified: the badge shows wherever it is named.',
      ),
    ).toBeVisible();
    expect(within(organizations).queryByRole('listitem')).not.toBeInTheDocument();
    expect(
      within(organizations).getByText('No organization is waiting to be verified.'),
    ).toBeVisible();
    expect(await within(nav).findByRole('link', { name: 'Reviews (1 waiting)' })).toBeVisible();
  }, 60_000);

  it('rejects only with a note, typed in a dialog used from the keyboard', async () => {
    const { user } = renderApp({
      path: '/staff/reviews',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        opportunitiesInReviewMock([kitchen]),
        pendingVerificationMock([]),
        inputMock(
          ReviewOpportunityDocument,
          { opportunityId: 'opp-kitchen', approve: false, note: 'Add the hours and the price.' },
          {
            reviewOpportunity: {
              __typename: 'Opportunity',
              id: 'opp-kitchen',
              status: 'DRAFT',
              reviewNote: 'Add the hours and the price.',
            },
          },
        ),
        countsMock({ ...someCounts, opportunitiesInReview: 1 }),
      ],
    });

    const reject = await screen.findByRole('button', { name: 'Reject: Shared kitchen hours' });
    reject.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reject “Shared kitchen hours”' });
    const note = within(dialog).getByRole('textbox', { name: /Why \(the poster reads this\)/ });
    await waitFor(() => expect(note).toHaveFocus());
    expect(await axeViolations()).toEqual([]);

    // Sent blank: refused here, and the note is where focus goes.
    await user.keyboard('{Tab}{Tab}{Enter}');
    expect(
      await within(dialog).findByText('Say why, so the poster knows what to change.'),
    ).toBeVisible();
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveAttribute('aria-invalid', 'true');

    await user.type(note, 'Add the hours and the price.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText('“Shared kitchen hours” was sent back to its poster as a draft.'),
    ).toBeVisible();
    expect(screen.getByText('No opportunity is waiting for review.')).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Opportunities waiting for review' }),
      ).toHaveFocus(),
    );
  }, 60_000);

  it('refuses an organization with a note for its owners', async () => {
    const { user } = renderApp({
      path: '/staff/reviews',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        opportunitiesInReviewMock([]),
        pendingVerificationMock([bakery]),
        inputMock(
          VerifyOrganizationDocument,
          { organizationId: 'org-bakery', verified: false, note: 'The website does not load.' },
          {
            verifyOrganization: {
              __typename: 'Organization',
              id: 'org-bakery',
              verified: false,
              verificationPending: false,
            },
          },
        ),
        countsMock({ ...someCounts, organizationsPendingVerification: 0 }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Refuse: Roxbury Bakery' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refuse to verify Roxbury Bakery' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Why \(the owners read this\)/ }),
      'The website does not load.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Refuse' }));
    expect(
      await screen.findByText(
        'Verification of Roxbury Bakery was refused; its owners were told why.',
      ),
    ).toBeVisible();
    expect(screen.getByText('No organization is waiting to be verified.')).toBeVisible();
  }, 60_000);

  it('keeps an item and says why when the server refuses the decision', async () => {
    const { user } = renderApp({
      path: '/staff/reviews',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        opportunitiesInReviewMock([kitchen]),
        pendingVerificationMock([]),
        {
          request: {
            query: ReviewOpportunityDocument,
            variables: { input: { opportunityId: 'opp-kitchen', approve: true } },
          },
          result: { errors: [serverError('No such opportunity in review', { code: 'NOT_FOUND' })] },
        },
      ],
    });

    const opportunities = await screen.findByRole('region', {
      name: 'Opportunities waiting for review',
    });
    const item = (await within(opportunities).findAllByRole('listitem'))[0]!;
    await user.click(within(item).getByRole('button', { name: 'Approve: Shared kitchen hours' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'It is no longer there: someone may have dealt with it already.',
    );
    expect(within(item).getByRole('link', { name: 'Shared kitchen hours' })).toBeVisible();
  }, 30_000);

  it('loads more opportunities after the first page', async () => {
    const { user } = renderApp({
      path: '/staff/reviews',
      session: staffViewer,
      mocks: [
        cityMock('en', englishCity),
        countsMock(),
        opportunitiesInReviewMock([kitchen], { hasNextPage: true }),
        opportunitiesInReviewMock([mentoring], { after: 'after-opp-kitchen' }),
        pendingVerificationMock([]),
      ],
    });
    const opportunities = await screen.findByRole('region', {
      name: 'Opportunities waiting for review',
    });
    await within(opportunities).findByRole('link', { name: 'Shared kitchen hours' });
    await user.click(within(opportunities).getByRole('button', { name: 'Load more' }));
    expect(
      await within(opportunities).findByRole('link', { name: 'Bakery mentoring' }),
    ).toBeVisible();
    expect(within(opportunities).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(opportunities).queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  }, 30_000);
});
