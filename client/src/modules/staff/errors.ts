import type { TFunction } from 'i18next';
import { authProblems, problemMessage } from '../auth/errors';

export interface StaffProblems {
  /** Messages for a form's own fields, by the input field the server named (`note`, `sectors`). */
  fields: Record<string, string>;
  /** What no field shows (FORBIDDEN, NOT_FOUND, CONFLICT, the network), shown above the form. */
  form: string | undefined;
}

/**
 * Splits a refused staff action between the form's fields and the form as a whole. The server
 * names a field by its input path (`input.note`, `input.sectors.2`): the first segment after
 * `input.` picks the field. Someone else may have decided first: NOT_FOUND and CONFLICT say so.
 */
export function staffProblems(
  t: TFunction,
  error: unknown,
  shows: (field: string) => boolean = () => false,
): StaffProblems {
  const result: StaffProblems = { fields: {}, form: undefined };
  for (const problem of authProblems(error)) {
    const message =
      problem.code === 'FORBIDDEN'
        ? t('staff.errors.forbidden')
        : problem.code === 'NOT_FOUND'
          ? t('staff.errors.notFound')
          : problemMessage(t, problem);
    const field = problem.field?.replace(/^input\./, '').split('.')[0];
    if (field && shows(field)) result.fields[field] ??= message;
    else result.form ??= message;
  }
  return result;
}

/** The one message for an action without a form (approve, verify, withdraw). */
export function staffErrorMessage(t: TFunction, error: unknown): string {
  return staffProblems(t, error).form ?? t('auth.errors.server');
}
