import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnsaveOpportunityDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import {
  card,
  kitchenCard,
  myInterestsMock,
  opportunitiesMock,
  savedOpportunitiesMock,
} from '../../test/opportunityFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const draft = { ...kitchenCard, status: 'DRAFT' as const };
const inReview = card('opp-review', {
  title: 'Bakery mentoring',
  kind: 'MENTORSHIP',
  subkind: 'PROGRAM',
  status: 'IN_REVIEW',
  amountMin: null,
  amountMax: null,
});
const saved = card('opp-loans', { viewerSaved: true });

describe('MyOpportunitiesPage (/opportunities/mine)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({
      path: '/opportunities/mine',
      mocks: [cityMock('en', englishCity)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  }, 20_000);

  it('lists what the member posted in every status, what they saved, and their interest', async () => {
    const { user, router } = renderApp({
      path: '/opportunities/mine',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunitiesMock({ postedByMe: true }, [draft, inReview]),
        savedOpportunitiesMock([saved]),
        inputMock(
          UnsaveOpportunityDocument,
          { opportunityId: 'opp-loans' },
          { unsaveOpportunity: { __typename: 'Opportunity', id: 'opp-loans', viewerSaved: false } },
        ),
        myInterestsMock([
          {
            __typename: 'OpportunityInterest',
            id: 'interest-1',
            message: 'Hello',
            status: 'ACTIVE',
            createdAt: '2026-03-06T15:00:00.000Z',
            organization: {
              __typename: 'Organization',
              id: 'org-1',
              slug: 'harbor-kitchen',
              name: 'Harbor Kitchen Co.',
            },
            outcome: {
              __typename: 'OpportunityInterestOutcome',
              kind: 'FUNDING',
              note: '',
              recordedAt: '2026-03-09T15:00:00.000Z',
            },
            opportunity: card('opp-loans'),
          },
        ]),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'My opportunities' }),
    ).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Posted' })).toHaveAttribute('aria-selected', 'true');
    const posted = await within(screen.getByRole('tabpanel')).findAllByRole('listitem');
    expect(
      posted.map((item) => within(item).getByRole('heading', { level: 2 }).textContent),
    ).toEqual(['Shared kitchen hours', 'Bakery mentoring']);
    expect(within(posted[0] as HTMLElement).getByText('Draft')).toBeVisible();
    expect(within(posted[1] as HTMLElement).getByText('In review')).toBeVisible();
    expect(posted[1]).toHaveTextContent('Mentorship or program · Program');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('tab', { name: 'Saved' }));
    expect(router.state.location.search).toBe('?tab=saved');
    const savedItem = await within(screen.getByRole('tabpanel')).findByRole('listitem');
    expect(within(savedItem).getByRole('link', { name: 'Small-business loans' })).toHaveAttribute(
      'href',
      '/opportunities/opp-loans',
    );
    await user.click(
      within(savedItem).getByRole('button', { name: 'Unsave: Small-business loans' }),
    );
    expect(
      await within(savedItem).findByRole('button', { name: 'Save: Small-business loans' }),
    ).toBeVisible();

    await user.click(screen.getByRole('tab', { name: 'Interested' }));
    const interestItem = await within(screen.getByRole('tabpanel')).findByRole('listitem');
    expect(interestItem).toHaveTextContent('Since March 6, 2026, for Harbor Kitchen Co.');
    expect(interestItem).toHaveTextContent('What came of it: Funding');
    expect(within(interestItem).getByText('Interested')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  it('says when a list is empty, with where to look', async () => {
    renderApp({
      path: '/opportunities/mine?tab=saved',
      session: viewer,
      mocks: [cityMock('en', englishCity), savedOpportunitiesMock([])],
    });
    expect(await screen.findByText("You haven't saved any opportunity yet.")).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse opportunities' })).toHaveAttribute(
      'href',
      '/opportunities',
    );
  }, 20_000);
});
