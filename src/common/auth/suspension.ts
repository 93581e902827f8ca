import { AppException, ErrorKind } from '../errors/app.exception.js';

/** What decides whether a member is suspended now; a suspension with no end lasts until lifted. */
export interface Suspension {
  suspendedAt: Date | null;
  suspendedUntil: Date | null;
  suspensionReason?: string | null;
}

export function isSuspendedNow(member: Suspension, now = new Date()): boolean {
  return !!member.suspendedAt && (!member.suspendedUntil || member.suspendedUntil > now);
}

/**
 * The refusal a suspended member meets everywhere (sign-in, refresh, every signed-in call): it
 * says until when, and why when staff gave a reason. `extensions.suspendedUntil` is null for an
 * indefinite suspension.
 */
export function accountSuspended(until: Date | null, reason?: string | null): AppException {
  const when = until
    ? `until ${until.toISOString().slice(0, 16).replace('T', ' ')} UTC`
    : 'indefinitely';
  const why = reason?.trim() ? ` Reason: ${reason.trim()}` : '';
  return new AppException(
    ErrorKind.FORBIDDEN,
    'ACCOUNT_SUSPENDED',
    `Your account is suspended ${when}.${why}`,
    undefined,
    { suspendedUntil: until ? until.toISOString() : null },
  );
}
