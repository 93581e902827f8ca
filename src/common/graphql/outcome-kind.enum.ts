import { registerEnumType } from '@nestjs/graphql';
import { OUTCOME_KINDS } from '../taxonomy/outcomes.js';
import { enumOf } from './enum-of.js';

/** One GraphQL enum for what came of an introduction or of interest in an opportunity. */
export const OutcomeKindEnum = enumOf(OUTCOME_KINDS);
registerEnumType(OutcomeKindEnum, {
  name: 'OutcomeKind',
  description: 'What came of an introduction or of interest in an opportunity',
});
