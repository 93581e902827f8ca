import type { TFunction } from 'i18next';

interface Person {
  displayName: string;
}

/** "Bo Chen", "Bo Chen and Cy Díaz", "Bo Chen, Cy Díaz and Dee Ruiz", in the reader's language. */
export function namesOf(locale: string, people: readonly Person[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    people.map((person) => person.displayName),
  );
}

/** What a conversation is called: the others in it, or a plain word when none can be seen. */
export function conversationTitle(
  t: TFunction,
  locale: string,
  conversation: { others: readonly Person[] },
): string {
  return conversation.others.length > 0
    ? namesOf(locale, conversation.others)
    : t('messagesPage.untitled');
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** Short, for a list: the time today, the day this year, else the date. */
export function shortTime(locale: string, value: unknown, now = new Date()): string {
  const date = new Date(String(value));
  if (sameDay(date, now)) {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
  }
  if (date.getFullYear() === now.getFullYear()) {
    return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(date);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** Beside a message: the time today, else the date and the time. */
export function messageTime(locale: string, value: unknown, now = new Date()): string {
  const date = new Date(String(value));
  return new Intl.DateTimeFormat(
    locale,
    sameDay(date, now) ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(date);
}

/** In full, for the title (tooltip) of a shortened time. */
export function fullTime(locale: string, value: unknown): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(String(value)),
  );
}

/** The ISO string for `<time dateTime>`. */
export function isoTime(value: unknown): string {
  return new Date(String(value)).toISOString();
}
