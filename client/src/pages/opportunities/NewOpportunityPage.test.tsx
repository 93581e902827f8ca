import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateOpportunityDocument } from '../../generated/graphql';
import { deadlineFromDateInput } from '../../modules/opportunities/format';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { inputMock } from '../../test/introductionFixtures';
import { anaProfile, memberMock } from '../../test/memberFixtures';
import {
  anaPoster,
  harborKitchenOrg,
  interestsMock,
  opportunity,
  opportunityMock,
  renderMarkdownMock,
} from '../../test/opportunityFixtures';
import { renderApp } from '../../test/renderApp';
import { serverError, viewer } from '../../test/sessionFixtures';

const DEADLINE = '2031-01-15';

/** Picks `option` in the Mantine Select or MultiSelect labelled `label`. */
async function choose(user: ReturnType<typeof renderApp>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('NewOpportunityPage (/opportunities/new)', () => {
  it('sends an anonymous visitor to sign in', async () => {
    const { router } = renderApp({
      path: '/opportunities/new',
      mocks: [cityMock('en', englishCity)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
  }, 20_000);

  it('checks what it can, previews the description, and shows the server’s errors by their fields', async () => {
    const markdown = 'Loans for **food** businesses.';
    const { user } = renderApp({
      path: '/opportunities/new',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('ana-lopez', anaProfile),
        renderMarkdownMock(markdown, '<p>Loans for <strong>food</strong> businesses.</p>'),
        {
          request: {
            query: CreateOpportunityDocument,
            variables: {
              input: {
                organizationId: harborKitchenOrg.id,
                kind: 'FUNDING',
                subkind: 'LOAN',
                title: 'Small-business loans',
                description: markdown,
                sectors: ['62'],
                stages: [],
                neighborhoods: [],
                citywide: false,
                remote: false,
                categories: [],
                amountMin: 10000,
                amountMax: 50000,
                deadline: deadlineFromDateInput(DEADLINE),
                publish: true,
              },
            },
          },
          result: {
            errors: [
              serverError('deadline must be within two years', {
                code: 'BAD_USER_INPUT',
                field: 'deadline',
              }),
              serverError('sectors.0 is not a NAICS sector of this city', {
                code: 'BAD_USER_INPUT',
                field: 'sectors.0',
              }),
            ],
          },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Post an opportunity' }),
    ).toBeVisible();
    const postFor = await screen.findByRole('combobox', { name: /^Post for/ });
    expect(postFor).toHaveValue('');
    expect(
      within(postFor)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Myself', 'Harbor Kitchen Co.']);
    // No amount or size until the kind asks for one.
    expect(screen.queryByRole('textbox', { name: /Minimum amount/ })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const kind = screen.getByRole('combobox', { name: /^Kind/ });
    expect(kind).toHaveAccessibleDescription('Choose what kind of opportunity it is.');
    await waitFor(() => expect(kind).toHaveFocus());
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAccessibleDescription(
      'Give it a title.',
    );

    await user.selectOptions(postFor, 'Harbor Kitchen Co.');
    await choose(user, 'Kind', 'Funding');
    await choose(user, 'Type', 'Loan');
    await user.click(screen.getByRole('textbox', { name: /^Title/ }));
    await user.paste('Small-business loans');
    await user.type(screen.getByRole('textbox', { name: 'Minimum amount (USD)' }), '50000');
    await user.type(screen.getByRole('textbox', { name: 'Maximum amount (USD)' }), '10000');
    await choose(user, 'Sectors', 'Health care');
    await user.type(screen.getByLabelText(/^Deadline/), DEADLINE);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const max = screen.getByRole('textbox', { name: 'Maximum amount (USD)' });
    expect(max).toHaveAccessibleDescription('The maximum must be at least the minimum.');

    // Markdown, and the server's rendering of it.
    await user.click(screen.getByRole('textbox', { name: /^Description/ }));
    await user.paste(markdown);
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = await screen.findByRole('tabpanel', { name: 'Preview' });
    expect(await within(preview).findByText('food', { selector: 'strong' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Write' }));
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue(markdown);

    await user.clear(screen.getByRole('textbox', { name: 'Minimum amount (USD)' }));
    await user.type(screen.getByRole('textbox', { name: 'Minimum amount (USD)' }), '10000');
    await user.clear(max);
    await user.type(max, '50000');
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    const deadline = screen.getByLabelText(/^Deadline/);
    await waitFor(() =>
      expect(deadline).toHaveAccessibleDescription(
        expect.stringContaining('deadline must be within two years'),
      ),
    );
    // Focus goes to the first field at fault.
    const sectors = screen.getByRole('combobox', { name: /^Sectors/ });
    expect(sectors).toHaveAccessibleDescription(
      expect.stringContaining('sectors.0 is not a NAICS sector of this city'),
    );
    expect(sectors).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  it('posts for an organization from its page and says when the post went to review', async () => {
    const created = opportunity('opp-new', {
      kind: 'SPACE',
      subkind: 'KITCHEN',
      title: 'Shared kitchen hours',
      status: 'IN_REVIEW',
      publishedAt: null,
      neighborhoods: [],
      citywide: true,
      amountMin: null,
      amountMax: null,
      sizeSqFt: 1200,
      deadline: null,
      description: '',
      descriptionHtml: '',
      eligibility: '',
      sectors: [],
      stages: [],
      categories: ['SPACE', 'TRAINING'],
      externalUrl: null,
      viewerCanEdit: true,
      poster: anaPoster,
      organization: harborKitchenOrg,
      interestCount: 0,
    });
    const { user, router } = renderApp({
      path: '/opportunities/new?organization=org-1',
      session: viewer,
      mocks: [
        cityMock('en', englishCity),
        memberMock('ana-lopez', anaProfile),
        inputMock(
          CreateOpportunityDocument,
          {
            organizationId: 'org-1',
            kind: 'SPACE',
            subkind: 'KITCHEN',
            title: 'Shared kitchen hours',
            sectors: [],
            stages: [],
            neighborhoods: [],
            citywide: true,
            remote: false,
            categories: ['TRAINING'],
            sizeSqFt: 1200,
            publish: true,
          },
          { createOpportunity: created },
        ),
        opportunityMock('opp-new', created),
        interestsMock('opp-new', []),
      ],
    });

    const postFor = await screen.findByRole('combobox', { name: /^Post for/ });
    await waitFor(() => expect(postFor).toHaveValue('org-1'));
    await choose(user, 'Kind', 'Space');
    // Space offers its own types, and its need is always included.
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    const types = await screen.findByRole('listbox');
    expect(
      within(types)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Office', 'Lab', 'Retail', 'Kitchen']);
    await user.click(screen.getByRole('option', { name: 'Kitchen' }));
    expect(
      screen.getByRole('combobox', { name: /^Other needs it answers/ }),
    ).toHaveAccessibleDescription('Space is always included; add others it also answers.');
    await choose(user, 'Other needs it answers', 'Training');
    await user.click(screen.getByRole('textbox', { name: /^Title/ }));
    await user.paste('Shared kitchen hours');
    await user.type(screen.getByRole('textbox', { name: 'Size (square feet)' }), '1200');
    await user.click(screen.getByRole('checkbox', { name: 'Citywide' }));
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    expect(
      await screen.findByText(
        "Sent for review: city staff check it before it is published. You'll be told when it is.",
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/opportunities/opp-new');
    expect(screen.getByRole('heading', { level: 1, name: 'Shared kitchen hours' })).toBeVisible();
    expect(screen.getByText('In review', { selector: '.mantine-Badge-label' })).toBeVisible();
  }, 60_000);
});
