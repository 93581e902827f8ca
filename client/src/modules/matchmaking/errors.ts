import type { TFunction } from 'i18next';
import { authProblems, problemMessage } from '../auth/errors';

/** What went wrong with a dismissal or its undoing, in the reader's language. */
export function matchErrorMessage(t: TFunction, error: unknown): string {
  const [problem] = authProblems(error);
  return problem ? problemMessage(t, problem) : t('auth.errors.server');
}
