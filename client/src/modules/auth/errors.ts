import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** One problem the server reported, as far as a form cares. */
export interface AuthProblem {
  /** `extensions.code`: BAD_USER_INPUT, UNAUTHENTICATED, CONFLICT, TOO_MANY_REQUESTS, … */
  code: string | undefined;
  /** `extensions.reason`: PASSWORD_TOO_SHORT, EMAIL_TAKEN, LINK_INVALID, … */
  reason: string | undefined;
  /** `extensions.field`: the input field at fault, if any. */
  field: string | undefined;
  /** The server's (English) message, or undefined when the server never answered. */
  message: string | undefined;
  /** `extensions.limit`: how many a day a new account may (DAILY_LIMIT_REACHED). */
  limit?: number;
}

/** The problems in a failed mutation; a network failure is one problem with no code. */
export function authProblems(error: unknown): AuthProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map(({ message, extensions }) => ({
      code: typeof extensions?.code === 'string' ? extensions.code : undefined,
      reason: typeof extensions?.reason === 'string' ? extensions.reason : undefined,
      field: typeof extensions?.field === 'string' ? extensions.field : undefined,
      message,
      ...(typeof extensions?.limit === 'number' ? { limit: extensions.limit } : {}),
    }));
  }
  const answered = ServerError.is(error) || ServerParseError.is(error);
  return [
    {
      code: answered ? 'INTERNAL_SERVER_ERROR' : undefined,
      reason: undefined,
      field: undefined,
      message: undefined,
    },
  ];
}

/**
 * Refusals because of the member's standing (a suspension, a restriction, a new account's daily
 * limit), which any action may meet; undefined for any other problem.
 */
export function standingProblemMessage(t: TFunction, problem: AuthProblem): string | undefined {
  switch (problem.reason) {
    case 'ACCOUNT_SUSPENDED':
      return t('auth.errors.accountSuspended');
    case 'ACCOUNT_RESTRICTED':
      return t('auth.errors.accountRestricted');
    case 'DAILY_LIMIT_REACHED':
      return problem.limit === undefined
        ? t('auth.errors.dailyLimitReached')
        : t('auth.errors.dailyLimitReachedCount', { count: problem.limit });
  }
  return undefined;
}

/** The problem in the reader's language: by reason where we know it, else the server's words. */
export function problemMessage(t: TFunction, problem: AuthProblem): string {
  const standing = standingProblemMessage(t, problem);
  if (standing) return standing;
  switch (problem.reason) {
    case 'PASSWORD_TOO_SHORT':
      return t('auth.errors.passwordTooShort');
    case 'PASSWORD_TOO_LONG':
      return t('auth.errors.passwordTooLong');
    case 'PASSWORD_TOO_COMMON':
      return t('auth.errors.passwordTooCommon');
    case 'PASSWORD_TOO_PERSONAL':
      return t('auth.errors.passwordTooPersonal');
    case 'EMAIL_TAKEN':
      return t('auth.errors.emailTaken');
    case 'HANDLE_TAKEN':
      return t('auth.errors.handleTaken');
    case 'INVALID_CREDENTIALS':
      return t('auth.errors.invalidCredentials');
    case 'ACCOUNT_LOCKED':
      return t('auth.errors.accountLocked');
    case 'LINK_INVALID':
      return t('auth.errors.linkInvalid');
    case 'WRONG_PASSWORD':
      return t('auth.errors.wrongPassword');
    case 'INVALID_INPUT':
      if (problem.field === 'email' || problem.field === 'newEmail')
        return t('auth.errors.emailInvalid');
      if (problem.field === 'handle') return t('auth.errors.handleInvalid');
      break;
  }
  if (problem.code === 'TOO_MANY_REQUESTS') return t('auth.errors.tooManyRequests');
  if (problem.code === undefined) return t('auth.errors.network');
  if (problem.code === 'INTERNAL_SERVER_ERROR' || !problem.message) return t('auth.errors.server');
  return problem.message;
}

export interface FormErrors<Field extends string> {
  /** Messages for the form's own fields, shown on the fields. */
  fields: Partial<Record<Field, string>>;
  /** Everything else (wrong credentials, a dead link, the network), shown above the form. */
  form: string | undefined;
  problems: AuthProblem[];
}

/** Splits a failed mutation's problems between the form's fields and the form as a whole. */
export function formErrors<Field extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly Field[],
): FormErrors<Field> {
  const problems = authProblems(error);
  const result: FormErrors<Field> = { fields: {}, form: undefined, problems };
  for (const problem of problems) {
    const field = fields.find((name) => name === problem.field);
    if (field && !result.fields[field]) result.fields[field] = problemMessage(t, problem);
    else if (!field) result.form ??= problemMessage(t, problem);
  }
  return result;
}
