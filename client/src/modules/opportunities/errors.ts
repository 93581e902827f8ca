import type { TFunction } from 'i18next';
import {
  authProblems,
  problemMessage,
  standingProblemMessage,
  type AuthProblem,
} from '../auth/errors';

/** What the opportunities module's refusals mean to the reader; others fall back to auth's. */
export function opportunityProblemMessage(t: TFunction, problem: AuthProblem): string {
  const standing = standingProblemMessage(t, problem);
  if (standing) return standing;
  if (problem.code === 'FORBIDDEN') return t('opportunityErrors.forbidden');
  if (problem.code === 'NOT_FOUND') return t('opportunityErrors.notFound');
  if (problem.code === 'CONFLICT' && problem.message) return problem.message;
  return problemMessage(t, problem);
}

export interface OpportunityProblems<Field extends string> {
  /** Messages for the form's own fields, keyed by the form's field name. */
  fields: Partial<Record<Field, string>>;
  /** What no field shows (FORBIDDEN, the network…), shown above the form. */
  form: string | undefined;
}

/**
 * Splits a failed mutation's problems between a form's fields and the form as a whole. The server
 * names a field by its input path (`deadline`, `sectors.2`); `fieldOf` gets its first segment.
 */
export function opportunityProblems<Field extends string>(
  t: TFunction,
  error: unknown,
  fieldOf: (serverField: string) => Field | undefined = () => undefined,
): OpportunityProblems<Field> {
  const result: OpportunityProblems<Field> = { fields: {}, form: undefined };
  for (const problem of authProblems(error)) {
    const message = opportunityProblemMessage(t, problem);
    const path = problem.field?.replace(/^input\./, '');
    const field = path ? fieldOf(path.split('.')[0] ?? path) : undefined;
    if (field) result.fields[field] ??= message;
    else result.form ??= message;
  }
  return result;
}

/** The one message for an action without a form (save, publish, close, withdraw). */
export function opportunityErrorMessage(t: TFunction, error: unknown): string {
  const { fields, form } = opportunityProblems(t, error, (field) => field);
  return form ?? Object.values<string | undefined>(fields)[0] ?? t('auth.errors.server');
}
