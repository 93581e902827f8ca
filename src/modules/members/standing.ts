import type { Viewer } from '../../common/auth/viewer.js';
import type { MemberEntity } from './member.entity.js';

type Standing = Pick<MemberEntity, 'hiddenAt' | 'suspendedAt' | 'suspendedUntil' | 'restrictedAt'>;

/**
 * Suspended at this moment: suspended, indefinitely (no end) or until a time still to come. A
 * suspension that ran out needs no write to end; the members sweep then puts the member back
 * in search and matchmaking.
 */
export function isSuspended(member: Omit<Standing, 'hiddenAt' | 'restrictedAt'>, now = Date.now()) {
  return (
    member.suspendedAt !== null &&
    (member.suspendedUntil === null || member.suspendedUntil.getTime() > now)
  );
}

/** Hidden or suspended now: invisible to everyone but the member and city staff. */
export function isWithheld(member: Omit<Standing, 'restrictedAt'>, now = Date.now()): boolean {
  return member.hiddenAt !== null || isSuspended(member, now);
}

/** City staff see what moderation withholds from everyone else. */
export function isStaff(viewer: Pick<Viewer, 'roles'> | undefined): boolean {
  return !!viewer?.roles.includes('STAFF');
}

/** The member's moderation standing, as they and staff see it. */
export function standingOf(member: Standing, now = Date.now()) {
  const suspended = isSuspended(member, now);
  return {
    hidden: member.hiddenAt !== null,
    suspendedUntil: suspended ? member.suspendedUntil : null,
    suspendedIndefinitely: suspended && member.suspendedUntil === null,
    restricted: member.restrictedAt !== null,
  };
}
