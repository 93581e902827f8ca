import type { BusinessStage, NeedOfferCategory, UpdateProfileInput } from '../../generated/graphql';
import { toStatementInputs, type StatementRow } from '../statements/categories';
import { locationInput } from './profileDraft';

export const INTENTS = ['resources', 'grow', 'relocate', 'help'] as const;
export type Intent = (typeof INTENTS)[number];

/** Categories offered as one-click suggestions on the needs and offers step. */
export const SUGGESTED_NEEDS: readonly NeedOfferCategory[] = [
  'FUNDING',
  'SPACE',
  'TALENT',
  'MENTORSHIP',
  'CUSTOMERS_PROCUREMENT',
  'PERMITS_LICENSING',
];
export const SUGGESTED_OFFERS: readonly NeedOfferCategory[] = [
  'MENTORSHIP',
  'PARTNERSHIPS',
  'TRAINING',
  'LEGAL_ACCOUNTING',
  'TECHNOLOGY',
  'SPACE',
];

export interface OnboardingAnswers {
  intent: Intent | null;
  sectors: string[];
  stage: BusinessStage | null;
  neighborhood: string | null;
  homeCity: string;
  homeCountry: string | null;
  needs: StatementRow[];
  offers: StatementRow[];
}

export const NO_ANSWERS: OnboardingAnswers = {
  intent: null,
  sectors: [],
  stage: null,
  neighborhood: null,
  homeCity: '',
  homeCountry: null,
  needs: [],
  offers: [],
};

/** Only what the member answered: a skipped step leaves the profile as it was. */
export function onboardingInput(answers: OnboardingAnswers): UpdateProfileInput {
  const input: UpdateProfileInput = {};
  if (answers.intent === 'relocate') input.consideringLocating = true;
  if (answers.sectors.length > 0) input.sectors = answers.sectors;
  if (answers.stage) input.stage = answers.stage;
  if (answers.neighborhood) {
    Object.assign(
      input,
      locationInput(answers.neighborhood, answers.homeCity, answers.homeCountry),
    );
  }
  const needs = toStatementInputs(answers.needs);
  const offers = toStatementInputs(answers.offers);
  if (needs.length > 0) input.needs = needs;
  if (offers.length > 0) input.offers = offers;
  return input;
}
