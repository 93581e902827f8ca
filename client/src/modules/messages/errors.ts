import type { TFunction } from 'i18next';
import { authProblems, problemMessage, type AuthProblem } from '../auth/errors';

/** The longest message the server accepts, counted as `messageLength` counts. */
export const MESSAGE_MAX_LENGTH = 5000;

/**
 * A message's length as the server's validator counts it: after trimming, in characters (an emoji
 * is one), not UTF-16 units, and without the variation selectors that only pick how one is drawn.
 */
export function messageLength(body: string): number {
  return Array.from(body.trim().replace(/[\uFE0E\uFE0F]/g, '')).length;
}

/** What the messages module's `reason`s mean to the reader; others fall back to auth's. */
export function messageProblemMessage(t: TFunction, problem: AuthProblem, locale: string): string {
  switch (problem.reason) {
    case 'MESSAGING_NOT_ALLOWED':
      return t('messageErrors.notAllowed');
    case 'CONVERSATION_NOT_FOUND':
      return t('messageErrors.conversationNotFound');
    case 'MEMBER_NOT_FOUND':
      return t('messageErrors.memberNotFound');
    case 'MESSAGE_TO_SELF':
      return t('messageErrors.toSelf');
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'body') {
    return t('messageErrors.bodyLength', { max: MESSAGE_MAX_LENGTH.toLocaleString(locale) });
  }
  return problemMessage(t, problem);
}

export interface MessageProblems {
  /** About what the member wrote, shown on the message field. */
  body: string | undefined;
  /** Everything else (a refusal, the network), shown above the field. */
  form: string | undefined;
}

export function messageProblems(t: TFunction, error: unknown, locale: string): MessageProblems {
  const result: MessageProblems = { body: undefined, form: undefined };
  for (const problem of authProblems(error)) {
    const message = messageProblemMessage(t, problem, locale);
    if (problem.field === 'body') result.body ??= message;
    else result.form ??= message;
  }
  return result;
}

/** Whether a failed read means "no such conversation for you" (or an id that cannot be one). */
export function isConversationNotFound(error: unknown): boolean {
  return authProblems(error).some(
    (problem) =>
      problem.reason === 'CONVERSATION_NOT_FOUND' ||
      (problem.code === 'BAD_USER_INPUT' && problem.field === 'conversationId'),
  );
}
