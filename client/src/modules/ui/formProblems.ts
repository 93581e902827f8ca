import type { TFunction } from 'i18next';
import { authProblems, problemMessage } from '../auth/errors';

export interface FormProblems {
  /** Messages by the server's field path (`handle`, `needs.0.text`, `links.1.url`). */
  fields: Record<string, string>;
  /** What no field on the form can show (the network, FORBIDDEN, an unknown field). */
  form: string | undefined;
}

/**
 * Splits a failed mutation's problems between the fields the form shows (`shows(path)`) and the
 * form as a whole. Known reasons are translated; otherwise the server's message is shown.
 */
export function formProblems(
  t: TFunction,
  error: unknown,
  shows: (path: string) => boolean,
): FormProblems {
  const result: FormProblems = { fields: {}, form: undefined };
  for (const problem of authProblems(error)) {
    const message =
      problem.reason === 'SLUG_TAKEN'
        ? t('organizationForm.slugTaken')
        : problemMessage(t, problem);
    if (problem.field && shows(problem.field)) result.fields[problem.field] ??= message;
    else result.form ??= message;
  }
  return result;
}
