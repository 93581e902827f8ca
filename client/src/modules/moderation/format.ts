import type { TFunction } from 'i18next';
import type { ModerationActionKind, ModerationPersonFieldsFragment } from '../../generated/graphql';
import { dateInputValue, longDate } from '../opportunities/format';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A DateTime from the server (an ISO string) as milliseconds; NaN for anything else. */
export function timeOf(value: unknown): number {
  return typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
}

/** The `yyyy-mm-dd` of tomorrow, the first day a suspension may end. */
export function tomorrowInputValue(): string {
  return dateInputValue(new Date(Date.now() + DAY).toISOString());
}

/** "3 hours ago", "5 days ago": how long a case has waited, in the reader's language. */
export function age(locale: string, value: unknown, now: number = Date.now()): string {
  const elapsed = now - timeOf(value);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < HOUR) return format.format(-Math.max(0, Math.round(elapsed / 60_000)), 'minute');
  if (elapsed < DAY) return format.format(-Math.round(elapsed / HOUR), 'hour');
  return format.format(-Math.round(elapsed / DAY), 'day');
}

/** A date and time in full ("March 3, 2026, 3:00 PM"). */
export function dateTime(locale: string, value: unknown): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    timeOf(value),
  );
}

type Standing = Pick<
  ModerationPersonFieldsFragment,
  'hidden' | 'suspendedUntil' | 'suspendedIndefinitely' | 'restricted'
>;

/** Whether a person is suspended now (indefinitely, or until a time still ahead). */
export function isSuspended(person: Standing, now: number = Date.now()): boolean {
  return (
    person.suspendedIndefinitely ||
    (person.suspendedUntil !== null && timeOf(person.suspendedUntil) > now)
  );
}

/** A person's standing in words: suspended, restricted, hidden; empty in good standing. */
export function standingLabels(t: TFunction, locale: string, person: Standing): string[] {
  const labels: string[] = [];
  if (person.suspendedIndefinitely) labels.push(t('moderation.standing.suspendedIndefinitely'));
  else if (isSuspended(person)) {
    labels.push(
      t('moderation.standing.suspendedUntil', { date: longDate(locale, person.suspendedUntil) }),
    );
  }
  if (person.restricted) labels.push(t('moderation.standing.restricted'));
  if (person.hidden) labels.push(t('moderation.standing.hidden'));
  return labels;
}

const ACTION_KINDS: readonly ModerationActionKind[] = [
  'DISMISS',
  'UNHIDE',
  'HIDE',
  'WARN',
  'UNSUSPEND',
  'SUSPEND',
  'UNRESTRICT',
  'RESTRICT',
  'DELETE_CONTENT',
];

/**
 * An audit action's name in words when it is one of the moderation actions (`moderation.suspend`,
 * `MODERATION_UNHIDE`…); any other staff action keeps its recorded name.
 */
export function historyAction(t: TFunction, action: string): string {
  const normalized = action.toUpperCase().replace(/[^A-Z]+/g, '_');
  const kind = ACTION_KINDS.find(
    (candidate) => normalized === candidate || normalized.endsWith(`_${candidate}`),
  );
  return kind ? t(`moderation.actionNames.${kind}`) : action;
}
