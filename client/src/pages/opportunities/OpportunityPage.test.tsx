import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CloseOpportunityDocument,
  ExpressInterestDocument,
  PublishOpportunityDocument,
  RecordInterestOutcomeDocument,
  UnsaveOpportunityDocument,
  WithdrawInterestDocument,
} from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import { anaProfile, memberMock } from '../../test/memberFixtures';
import {
  anaPoster,
  harborKitchenOrg,
  interest,
  interestsMock,
  opportunity,
  opportunityMock,
  shownDate,
} from '../../test/opportunityFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const loans = opportunity('opp-loans');

function facts() {
  return screen.getByRole('region', { name: 'Details' });
}

describe('OpportunityPage (/opportunities/:id)', () => {
  it('shows a visitor everything it offers, and asks them to sign in to act', async () => {
    renderApp({
      path: '/opportunities/opp-loans',
      mocks: [cityMock('en', englishCity), opportunityMock('opp-loans', loans)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Small-business loans' }),
    ).toBeVisible();
    expect(screen.getByText('Funding · Loan')).toBeVisible();
    // Published: no status badge for a visitor.
    expect(screen.queryByText('Published', { selector: '.mantine-Badge-label' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Roxbury Community Fund' })).toHaveAttribute(
      'href',
      '/o/roxbury-fund',
    );
    expect(screen.getByRole('link', { name: 'Bo Chen' })).toHaveAttribute('href', '/m/bo-chen');
    // The server's sanitised HTML, rendered.
    const about = screen.getByRole('region', { name: 'About it' });
    expect(within(about).getByText('food', { selector: 'strong' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Who is eligible' })).toHaveTextContent(
      'Businesses based in Roxbury.',
    );
    const details = facts();
    expect(details).toHaveTextContent(
      `Deadline${`Closes ${shownDate(loans.deadline as string)} (in 5 days)`}`,
    );
    expect(details).toHaveTextContent('Amount$10,000 – $50,000');
    expect(details).toHaveTextContent('WhereRoxbury');
    expect(details).toHaveTextContent('SectorsHealth care');
    expect(details).toHaveTextContent('Business stagesEarly revenue, Growth');
    expect(details).toHaveTextContent('Needs it answersFunding');
    expect(details).toHaveTextContent('PublishedMarch 3, 2026');
    expect(within(details).getByRole('link', { name: /fund\.example\/apply/ })).toHaveAttribute(
      'href',
      'https://fund.example/apply',
    );
    expect(details).not.toHaveTextContent('Members interested');

    const signIn = screen.getByRole('region', { name: 'Interested?' });
    expect(within(signIn).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(within(signIn).getByRole('link', { name: 'Join' })).toHaveAttribute('href', '/join');
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "I'm interested" })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  }, 20_000);

  it('says so when there is no such opportunity', async () => {
    renderApp({
      path: '/opportunities/missing',
      mocks: [cityMock('en', englishCity), opportunityMock('missing', null)],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Opportunity not found' }),
    ).toBeVisible();
  }, 20_000);

  it('lets a member express interest for an organization they own, then withdraw it', async () => {
    const interested = {
      __typename: 'OpportunityInterest' as const,
      id: 'interest-1',
      message: 'We need a second oven.',
      status: 'ACTIVE' as const,
      createdAt: '2026-03-06T15:00:00.000Z',
      organization: {
        __typename: 'Organization' as const,
        id: harborKitchenOrg.id,
        slug: harborKitchenOrg.slug,
        name: harborKitchenOrg.name,
      },
    };
    const { user } = renderApp({
      path: '/opportunities/opp-loans',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-loans', { ...loans, viewerSaved: true }),
        memberMock('ana-lopez', anaProfile),
        inputMock(
          ExpressInterestDocument,
          {
            opportunityId: 'opp-loans',
            message: 'We need a second oven.',
            organizationId: harborKitchenOrg.id,
          },
          {
            expressInterest: {
              __typename: 'OpportunityInterest',
              id: 'interest-1',
              opportunity: {
                __typename: 'Opportunity',
                id: 'opp-loans',
                interestCount: 3,
                viewerInterest: interested,
              },
            },
          },
        ),
        inputMock(
          WithdrawInterestDocument,
          { opportunityId: 'opp-loans' },
          {
            withdrawInterest: {
              __typename: 'OpportunityInterest',
              id: 'interest-1',
              status: 'WITHDRAWN',
              opportunity: {
                __typename: 'Opportunity',
                id: 'opp-loans',
                interestCount: 2,
                viewerInterest: {
                  __typename: 'OpportunityInterest',
                  id: 'interest-1',
                  status: 'WITHDRAWN',
                },
              },
            },
          },
        ),
        inputMock(
          UnsaveOpportunityDocument,
          { opportunityId: 'opp-loans' },
          { unsaveOpportunity: { __typename: 'Opportunity', id: 'opp-loans', viewerSaved: false } },
        ),
      ],
    });

    const panel = await screen.findByRole('region', { name: 'Interested?' });
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Unsave' }));
    expect(await within(panel).findByRole('button', { name: 'Save' })).toBeVisible();

    await user.click(within(panel).getByRole('button', { name: "I'm interested" }));
    const dialog = await screen.findByRole('dialog', { name: "I'm interested" });
    expect(dialog).toHaveTextContent(
      'The poster of “Small-business loans” will see your profile and this message.',
    );
    const onBehalfOf = await within(dialog).findByRole('combobox', { name: 'On behalf of' });
    expect(
      within(onBehalfOf)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Myself', 'Harbor Kitchen Co.']);
    expect(await axeViolations()).toEqual([]);
    await user.selectOptions(onBehalfOf, 'Harbor Kitchen Co.');
    await user.type(
      within(dialog).getByRole('textbox', { name: /A message for the poster/ }),
      'We need a second oven.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    const sent = await within(panel).findByRole('status');
    expect(sent).toHaveTextContent('Sent. The poster can now see your interest.');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The button used is gone: the outcome takes the focus.
    await waitFor(() => expect(sent).toHaveFocus());
    expect(panel).toHaveTextContent('You said Harbor Kitchen Co. is interested on March 6, 2026.');
    expect(panel).toHaveTextContent('Your message: We need a second oven.');
    expect(within(panel).queryByRole('button', { name: "I'm interested" })).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Withdraw my interest' }));
    expect(await within(panel).findByText('Your interest is withdrawn.')).toBeVisible();
    expect(panel).toHaveTextContent('You withdrew your interest. You can express it again.');
    expect(within(panel).getByRole('button', { name: "I'm interested" })).toBeVisible();
  }, 20_000);

  it('shows its poster the interest received, and records what came of one', async () => {
    const mine = opportunity('opp-mine', {
      viewerCanEdit: true,
      poster: anaPoster,
      organization: harborKitchenOrg,
      interestCount: 2,
    });
    const fromBo = interest('interest-bo', { message: 'Could we talk next week?' });
    const fromCy = interest('interest-cy', {
      member: {
        __typename: 'Member',
        id: 'member-3',
        handle: 'cy-diaz',
        displayName: 'Cy Díaz',
        photoUrl: null,
      },
      organization: {
        __typename: 'Organization',
        id: 'org-3',
        slug: 'cy-bakery',
        name: "Cy's Bakery",
        verified: false,
      },
      createdAt: '2026-03-07T15:00:00.000Z',
      status: 'WITHDRAWN',
      outcome: {
        __typename: 'OpportunityInterestOutcome',
        kind: 'NONE',
        note: '',
        recordedAt: '2026-03-08T15:00:00.000Z',
      },
    });
    const { user } = renderApp({
      path: '/opportunities/opp-mine',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-mine', mine),
        interestsMock('opp-mine', [fromBo, fromCy], 1),
        inputMock(
          RecordInterestOutcomeDocument,
          { interestId: 'interest-bo', kind: 'FUNDING', note: 'A $20,000 loan.' },
          {
            recordInterestOutcome: {
              ...fromBo,
              outcome: {
                __typename: 'OpportunityInterestOutcome',
                kind: 'FUNDING',
                note: 'A $20,000 loan.',
                recordedAt: '2026-03-20T15:00:00.000Z',
              },
            },
          },
        ),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Small-business loans' });
    expect(screen.getByText('Published', { selector: '.mantine-Badge-label' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/opportunities/opp-mine/edit',
    );
    expect(screen.getByRole('button', { name: 'Close it' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "I'm interested" })).not.toBeInTheDocument();
    expect(facts()).toHaveTextContent('Members interested2');

    const section = await screen.findByRole('region', { name: 'Interest (1 active)' });
    const rows = await within(section).findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const [bo, cy] = rows as [HTMLElement, HTMLElement];
    expect(within(bo).getByRole('link', { name: 'Bo Chen' })).toHaveAttribute('href', '/m/bo-chen');
    expect(bo).toHaveTextContent('Interested since March 5, 2026');
    expect(bo).toHaveTextContent('Could we talk next week?');
    expect(within(bo).getByText('Interested', { selector: '.mantine-Badge-label' })).toBeVisible();
    expect(within(cy).getByRole('link', { name: "Cy's Bakery" })).toHaveAttribute(
      'href',
      '/o/cy-bakery',
    );
    expect(within(cy).getByRole('link', { name: 'Cy Díaz' })).toHaveAttribute('href', '/m/cy-diaz');
    expect(cy).toHaveTextContent('Withdrawn');
    expect(cy).toHaveTextContent('What came of it: Nothing (yet)');
    expect(await axeViolations()).toEqual([]);

    await user.click(within(bo).getByRole('button', { name: 'Record outcome: Bo Chen' }));
    const dialog = await screen.findByRole('dialog', { name: "What came of Bo Chen's interest?" });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'What came of it' }),
      'Funding',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /A note/ }), 'A $20,000 loan.');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bo).toHaveTextContent('What came of it: Funding — A $20,000 loan.');
    expect(within(bo).getByRole('button', { name: 'Change outcome: Bo Chen' })).toBeVisible();
  }, 20_000);

  it('lets its poster publish a draft (sent to review) and close it after confirming', async () => {
    const draft = opportunity('opp-draft', {
      status: 'DRAFT',
      publishedAt: null,
      viewerCanEdit: true,
      poster: anaPoster,
      organization: null,
      interestCount: 0,
    });
    const { user } = renderApp({
      path: '/opportunities/opp-draft',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-draft', draft),
        interestsMock('opp-draft', []),
        inputMock(
          PublishOpportunityDocument,
          { opportunityId: 'opp-draft' },
          { publishOpportunity: { ...draft, status: 'IN_REVIEW' } },
        ),
        inputMock(
          CloseOpportunityDocument,
          { opportunityId: 'opp-draft' },
          {
            closeOpportunity: {
              ...draft,
              status: 'CLOSED',
              closedAt: '2026-03-09T15:00:00.000Z',
            },
          },
        ),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Small-business loans' });
    expect(screen.getByText('Draft', { selector: '.mantine-Badge-label' })).toBeVisible();
    expect(
      screen.getByText(/A draft: only you and your organization's admins can see it/),
    ).toBeVisible();
    expect(await screen.findByText('No one has expressed interest yet.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      (
        await screen.findByText('Sent for review: city staff check it before it is published.')
      ).closest('[role="status"]'),
    ).not.toBeNull();
    expect(screen.getByText('In review', { selector: '.mantine-Badge-label' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close it' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close this opportunity?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it open' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close it' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const closed = await screen.findByText('Closed. It no longer takes interest.');
    await waitFor(() => expect(closed.closest('[role="status"]')).toHaveFocus());
    expect(screen.getByText('Closed', { selector: '.mantine-Badge-label' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Close it' })).not.toBeInTheDocument();
    expect(facts()).toHaveTextContent('ClosedMarch 9, 2026');
  }, 20_000);
});
