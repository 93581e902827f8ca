import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublishOpportunityDocument, UpdateOpportunityDocument } from '../../generated/graphql';
import { dateInputValue, deadlineFromDateInput } from '../../modules/opportunities/format';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import {
  anaPoster,
  harborKitchenOrg,
  interestsMock,
  opportunity,
  opportunityMock,
} from '../../test/opportunityFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

const mine = opportunity('opp-mine', {
  viewerCanEdit: true,
  poster: anaPoster,
  organization: harborKitchenOrg,
  categories: ['FUNDING', 'TRAINING'],
});

/** The update the form sends for `mine` when only the title and the maximum changed. */
const update = {
  opportunityId: 'opp-mine',
  subkind: 'LOAN',
  title: 'Small-business loans for kitchens',
  description: mine.description,
  eligibility: mine.eligibility,
  sectors: ['62'],
  stages: ['EARLY_REVENUE', 'GROWTH'],
  neighborhoods: ['roxbury'],
  citywide: false,
  remote: false,
  categories: ['TRAINING'],
  amountMin: 10000,
  amountMax: 75000,
  deadline: deadlineFromDateInput(dateInputValue(mine.deadline)),
  externalUrl: 'https://fund.example/apply',
};

describe('EditOpportunityPage (/opportunities/:id/edit)', () => {
  it('edits what may change (not the kind) and says it is saved', async () => {
    const { user, router } = renderApp({
      path: '/opportunities/opp-mine/edit',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-mine', mine),
        inputMock(UpdateOpportunityDocument, update, {
          updateOpportunity: { ...mine, title: update.title, amountMax: 75000 },
        }),
        interestsMock('opp-mine', []),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit “Small-business loans”' }),
    ).toBeVisible();
    expect(screen.getByText("Kind: Funding (it can't change once posted).")).toBeVisible();
    expect(screen.queryByRole('combobox', { name: /^Kind/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Post for/ })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('Loan');
    expect(screen.getByRole('textbox', { name: 'Minimum amount (USD)' })).toHaveValue('10,000');
    expect(screen.getByLabelText(/^Deadline/)).toHaveValue(dateInputValue(mine.deadline));
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.click(title);
    await user.paste(update.title);
    const max = screen.getByRole('textbox', { name: 'Maximum amount (USD)' });
    await user.clear(max);
    await user.type(max, '75000');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved.')).toBeVisible();
    expect(router.state.location.pathname).toBe('/opportunities/opp-mine');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Small-business loans for kitchens' }),
    ).toBeVisible();
  }, 60_000);

  it('saves and publishes a draft', async () => {
    const draft = { ...mine, status: 'DRAFT' as const, publishedAt: null };
    const { user } = renderApp({
      path: '/opportunities/opp-mine/edit',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        opportunityMock('opp-mine', draft),
        inputMock(
          UpdateOpportunityDocument,
          { ...update, title: mine.title, amountMax: 50000 },
          { updateOpportunity: draft },
        ),
        inputMock(
          PublishOpportunityDocument,
          { opportunityId: 'opp-mine' },
          { publishOpportunity: { ...draft, status: 'PUBLISHED' } },
        ),
        interestsMock('opp-mine', []),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Save and publish' }));
    expect(
      await screen.findByText('Published. Members can now find it and say they are interested.'),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByText('Published', { selector: '.mantine-Badge-label' })).toBeVisible(),
    );
  }, 60_000);

  it('tells someone who may not edit it so', async () => {
    renderApp({
      path: '/opportunities/opp-loans/edit',
      session: viewer,
      mocks: [cityMock('en', englishCity), opportunityMock('opp-loans', opportunity('opp-loans'))],
    });
    expect(
      await screen.findByText(
        "Only its poster and its organization's admins can edit this opportunity.",
      ),
    ).toBeVisible();
  }, 20_000);
});
