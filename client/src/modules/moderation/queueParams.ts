import type {
  ModerationCaseSource,
  ModerationCaseStatus,
  ModerationQueueFilter,
  ReportReason,
  ReportTargetType,
} from '../../generated/graphql';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  OLDER_THAN_HOURS,
  REPORT_REASONS,
  REPORT_TARGET_TYPES,
} from './options';

/** The queue's filters as the URL holds them, so that a view can be shared and reloaded. */
export interface QueueState {
  status: ModerationCaseStatus;
  targetTypes: ReportTargetType[];
  reasons: ReportReason[];
  olderThanHours: number | null;
  autoHidden: boolean;
  source: ModerationCaseSource | null;
}

/** Enum values are lower-case in the URL; anything unknown is dropped, never sent to the server. */
function enumValues<T extends string>(params: URLSearchParams, name: string, known: readonly T[]) {
  const values = params.getAll(name).map((value) => value.toUpperCase());
  return known.filter((value) => values.includes(value));
}

export function queueStateFromParams(params: URLSearchParams): QueueState {
  const older = Number(params.get('older'));
  return {
    status: enumValues(params, 'status', CASE_STATUSES)[0] ?? 'OPEN',
    targetTypes: enumValues(params, 'kind', REPORT_TARGET_TYPES),
    reasons: enumValues(params, 'reason', REPORT_REASONS),
    olderThanHours: OLDER_THAN_HOURS.includes(older) ? older : null,
    autoHidden: params.get('autoHidden') === '1',
    source: enumValues(params, 'source', CASE_SOURCES)[0] ?? null,
  };
}

export function queueParams(state: QueueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.status !== 'OPEN') params.set('status', state.status.toLowerCase());
  for (const kind of state.targetTypes) params.append('kind', kind.toLowerCase());
  for (const reason of state.reasons) params.append('reason', reason.toLowerCase());
  if (state.olderThanHours !== null) params.set('older', String(state.olderThanHours));
  if (state.autoHidden) params.set('autoHidden', '1');
  if (state.source) params.set('source', state.source.toLowerCase());
  return params;
}

/** The filter the server takes: only what narrows the queue (OPEN is its default). */
export function queueFilter(state: QueueState): ModerationQueueFilter {
  const filter: ModerationQueueFilter = { status: state.status };
  if (state.targetTypes.length > 0) filter.targetTypes = state.targetTypes;
  if (state.reasons.length > 0) filter.reasons = state.reasons;
  if (state.olderThanHours !== null) filter.olderThanHours = state.olderThanHours;
  if (state.autoHidden) filter.autoHidden = true;
  if (state.source) filter.source = state.source;
  return filter;
}

/** Whether any filter narrows the queue beyond its status. */
export function isFiltered(state: QueueState): boolean {
  return (
    state.targetTypes.length > 0 ||
    state.reasons.length > 0 ||
    state.olderThanHours !== null ||
    state.autoHidden ||
    state.source !== null
  );
}
