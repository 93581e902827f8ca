import type { TFunction } from 'i18next';
import { authProblems, problemMessage, type AuthProblem } from '../auth/errors';

/** What the connections module's `reason`s mean to the reader; others fall back to auth's. */
export function connectionProblemMessage(t: TFunction, problem: AuthProblem): string {
  switch (problem.reason) {
    case 'CANNOT_CONNECT_TO_SELF':
      return t('connectionErrors.self');
    case 'ALREADY_CONNECTED':
      return t('connectionErrors.alreadyConnected');
    case 'REQUEST_PENDING':
      return t('connectionErrors.requestPending');
    case 'REQUESTS_NOT_ACCEPTED':
      return t('connectionErrors.notAccepting');
    case 'MEMBER_BLOCKED':
      return t('connectionErrors.memberBlocked');
    case 'DAILY_REQUEST_LIMIT':
      return t('connectionErrors.dailyLimit');
    case 'REQUEST_NOT_FOUND':
      return t('connectionErrors.requestNotFound');
    case 'NOT_CONNECTED':
      return t('connectionErrors.notConnected');
    case 'CONNECTIONS_PRIVATE':
      return t('connectionErrors.connectionsPrivate');
    case 'MEMBER_NOT_FOUND':
      return t('connectionErrors.memberNotFound');
    case 'NOT_BLOCKED':
      return t('connectionErrors.notBlocked');
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'note') {
    return t('connectionErrors.noteTooLong', { max: NOTE_MAX_LENGTH });
  }
  return problemMessage(t, problem);
}

/** The longest note a request may carry, as the server counts it (after trimming). */
export const NOTE_MAX_LENGTH = 300;

/**
 * A note's length as the server's validator counts it: characters (an emoji is one), not UTF-16
 * units, and not the variation selectors that only pick how a character is drawn.
 */
export function noteLength(note: string): number {
  return Array.from(note.trim().replace(/[\uFE0E\uFE0F]/g, '')).length;
}

export interface ConnectionProblems {
  /** About the note the member wrote, shown on its field. */
  note: string | undefined;
  /** Everything else (a refusal, the network), shown above the form or beside the action. */
  form: string | undefined;
}

export function connectionProblems(t: TFunction, error: unknown): ConnectionProblems {
  const result: ConnectionProblems = { note: undefined, form: undefined };
  for (const problem of authProblems(error)) {
    const message = connectionProblemMessage(t, problem);
    if (problem.field === 'note') result.note ??= message;
    else result.form ??= message;
  }
  return result;
}

/** The one message for an action without a form (accept, ignore, withdraw, remove, block…). */
export function connectionErrorMessage(t: TFunction, error: unknown): string {
  const { note, form } = connectionProblems(t, error);
  return form ?? note ?? t('auth.errors.server');
}
