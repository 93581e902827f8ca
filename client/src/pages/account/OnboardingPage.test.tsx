import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UpdateProfileDocument } from '../../generated/graphql';
import { axeViolations } from '../../test/axe';
import { cityMock, englishCity } from '../../test/cityFixtures';
import { anaProfile } from '../../test/memberFixtures';
import { renderApp } from '../../test/renderApp';
import { viewer } from '../../test/sessionFixtures';

describe('OnboardingPage (/onboarding)', () => {
  it('walks through the steps, skipping one, and saves everything with one updateProfile', async () => {
    const input = {
      consideringLocating: true,
      neighborhood: 'seaport',
      needs: [{ category: 'FUNDING', text: 'Seed money' }],
    };
    const saved = vi.fn(() => ({
      data: { updateProfile: { ...anaProfile, consideringLocating: true } },
    }));
    const { user } = renderApp({
      path: '/onboarding',
      session: { ...viewer, emailVerified: false },
      mocks: [
        cityMock('en', englishCity),
        { request: { query: UpdateProfileDocument, variables: { input } }, result: saved },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up your profile' }),
    ).toBeVisible();
    expect(screen.getByText('Step 1 of 4')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Step 1 of 4' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    // 1. Intent: relocating means "considering locating here".
    const intents = screen.getByRole('radiogroup', { name: 'Choose what fits best' });
    expect(intents).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /Relocate to Boston/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // 2. Sectors and stage: skipped.
    const business = await screen.findByRole('heading', {
      level: 2,
      name: 'Your sectors and stage',
    });
    expect(business).toHaveFocus();
    expect(screen.getByText('Step 2 of 4')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Skip this step' }));

    // 3. A neighborhood.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Where are you based?' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('combobox', { name: 'Neighborhood' }));
    await user.click(await screen.findByRole('option', { name: 'Seaport' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // 4. A need from the suggestions, then finish.
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'What do you need, and what can you offer?',
      }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Need: Funding' }));
    expect(screen.getByRole('combobox', { name: 'Category of need 1' })).toHaveValue('Funding');
    await user.type(
      screen.getByRole('textbox', { name: 'What do you need? (need 1)' }),
      'Seed money',
    );
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(await screen.findByRole('heading', { level: 2, name: "You're all set" })).toHaveFocus();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(/We sent a link to ana@example.com/, { selector: 'main p' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'See your profile' })).toHaveAttribute(
      'href',
      '/m/ana-lopez',
    );
    expect(screen.getByRole('link', { name: 'Continue to GrowHere' })).toHaveAttribute('href', '/');
    await waitFor(async () => expect(await axeViolations()).toEqual([]));
  }, 15_000);
});
