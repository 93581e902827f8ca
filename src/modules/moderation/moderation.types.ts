/** Why a member reports something. */
export const REPORT_REASONS = ['SPAM', 'HARASSMENT', 'FRAUD', 'INAPPROPRIATE', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** What can be reported (and moderated). */
export const REPORT_TARGET_TYPES = ['MEMBER', 'ORGANIZATION', 'OPPORTUNITY', 'MESSAGE'] as const;
export type ReportTargetType = (typeof REPORT_TARGET_TYPES)[number];

/** OPEN: waiting for staff; DISMISSED: staff took no action; UPHELD: staff acted on it. */
export const REPORT_STATUSES = ['OPEN', 'DISMISSED', 'UPHELD'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const CASE_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** REPORTS: members reported it; SPAM_DEFENSE: the spam defenses flagged a burst. */
export const CASE_SOURCES = ['REPORTS', 'SPAM_DEFENSE'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const MODERATION_ACTIONS = [
  'DISMISS',
  'HIDE',
  'UNHIDE',
  'WARN',
  'SUSPEND',
  'UNSUSPEND',
  'RESTRICT',
  'UNRESTRICT',
  'DELETE_CONTENT',
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Actions staff must give a reason for (shown to the member for WARN, SUSPEND and RESTRICT). */
export const REASON_REQUIRED: ReadonlySet<ModerationAction> = new Set([
  'WARN',
  'SUSPEND',
  'RESTRICT',
  'HIDE',
  'DELETE_CONTENT',
]);

/** Undoing a decision: allowed on a case that is already resolved (it stays as decided). */
export const UNDO_ACTIONS: ReadonlySet<ModerationAction> = new Set([
  'UNHIDE',
  'UNSUSPEND',
  'UNRESTRICT',
]);

/** What bulk moderation may do, for spam waves. */
export const BULK_ACTIONS = ['DISMISS', 'HIDE', 'DELETE_CONTENT', 'SUSPEND'] as const;

/** Actions on the owner (a member) rather than on the content itself. */
export const OWNER_ACTIONS: ReadonlySet<ModerationAction> = new Set([
  'WARN',
  'SUSPEND',
  'UNSUSPEND',
  'RESTRICT',
  'UNRESTRICT',
]);

export const MAX_NOTE = 1000;
export const MAX_REASON = 1000;
export const MAX_BULK = 100;

/**
 * The content as it was when last reported or flagged, so that staff can still read what was
 * deleted. `createdAt` is an ISO date.
 */
export interface ContentSnapshot {
  title: string;
  body: string;
  path: string | null;
  createdAt: string | null;
}

/** What the spam defenses noticed, kept on the case. */
export interface SpamFlag {
  note: string;
  at: string;
}

/** The audit log's name for each kind of target (the tables' names, as elsewhere in the log). */
export const AUDIT_TARGET_TYPE: Record<ReportTargetType, string> = {
  MEMBER: 'member',
  ORGANIZATION: 'organization',
  OPPORTUNITY: 'opportunity',
  MESSAGE: 'message',
};

/** The audit log's action for each moderation action: moderation.dismiss, moderation.delete_content… */
export const auditAction = (action: ModerationAction) => `moderation.${action.toLowerCase()}`;
