import type { Viewer } from '../auth/session';

/** City staff may use the console; admins too (they manage roles and read the audit log). */
export function canUseStaffConsole(viewer: Viewer | null): boolean {
  return !!viewer && (viewer.roles.includes('STAFF') || viewer.roles.includes('ADMIN'));
}

/** Only admins read the audit log. */
export function isAdmin(viewer: Viewer | null): boolean {
  return !!viewer && viewer.roles.includes('ADMIN');
}
