import type {
  ModerationActionKind,
  ModerationCaseSource,
  ModerationCaseStatus,
  ReportReason,
  ReportTargetType,
} from '../../generated/graphql';

/** The reasons a member may give, in the order the report dialog lists them. */
export const REPORT_REASONS: readonly ReportReason[] = [
  'SPAM',
  'HARASSMENT',
  'FRAUD',
  'INAPPROPRIATE',
  'OTHER',
];

export const REPORT_TARGET_TYPES: readonly ReportTargetType[] = [
  'MEMBER',
  'ORGANIZATION',
  'OPPORTUNITY',
  'MESSAGE',
];

export const CASE_STATUSES: readonly ModerationCaseStatus[] = ['OPEN', 'RESOLVED'];

export const CASE_SOURCES: readonly ModerationCaseSource[] = ['REPORTS', 'SPAM_DEFENSE'];

/** "Opened at least … ago" choices of the queue, in hours (whole days: the labels say days). */
export const OLDER_THAN_HOURS: readonly number[] = [24, 72, 168];

/** The longest note a report, or reason a staff action, may carry (as the server counts it). */
export const NOTE_MAX_LENGTH = 1000;

/** How many cases, or reports, a page of a list loads. */
export const PAGE_SIZE = 20;

/** The actions the server requires a reason for. */
export const REASON_REQUIRED: ReadonlySet<ModerationActionKind> = new Set([
  'WARN',
  'SUSPEND',
  'RESTRICT',
  'HIDE',
  'DELETE_CONTENT',
]);

/** The actions that may be taken on many cases at once, in the order the toolbar shows them. */
export const BULK_ACTIONS = ['DISMISS', 'HIDE', 'DELETE_CONTENT', 'SUSPEND'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return values.some((known) => known === value);
}
