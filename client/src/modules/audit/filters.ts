import type { AuditLogFilter } from '../../generated/graphql';
import { DAY_PATTERN, dayEnd, dayStart } from '../staff/dates';

/** The audit log's filters as the form and the address bar hold them; '' is "any". */
export interface AuditFilterValues {
  action: string;
  targetType: string;
  targetId: string;
  actorId: string;
  /** A day, `2026-03-01`, from its first moment (local time). */
  from: string;
  /** A day, `2026-03-31`, to its last moment (local time). */
  to: string;
}

export const AUDIT_FILTER_KEYS = [
  'action',
  'targetType',
  'targetId',
  'actorId',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilterValues)[];

export function auditFilterFromParams(params: URLSearchParams): AuditFilterValues {
  const value = (key: keyof AuditFilterValues) => params.get(key)?.trim() ?? '';
  const day = (key: 'from' | 'to') => (DAY_PATTERN.test(value(key)) ? value(key) : '');
  return {
    action: value('action'),
    targetType: value('targetType'),
    targetId: value('targetId'),
    actorId: value('actorId'),
    from: day('from'),
    to: day('to'),
  };
}

/** The filters that are set, for the address bar. */
export function auditFilterParams(values: AuditFilterValues): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = values[key].trim();
    if (value) params[key] = value;
  }
  return params;
}

/** The filters as `auditLog` takes them; undefined when none is set. */
export function toAuditLogFilter(values: AuditFilterValues): AuditLogFilter | undefined {
  const filter: AuditLogFilter = {
    ...(values.action ? { actions: [values.action] } : {}),
    ...(values.targetType ? { targetType: values.targetType } : {}),
    ...(values.targetId ? { targetId: values.targetId } : {}),
    ...(values.actorId ? { actorId: values.actorId } : {}),
    ...(values.from ? { from: dayStart(values.from) } : {}),
    ...(values.to ? { to: dayEnd(values.to) } : {}),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The same filters for the CSV export, `/admin/audit-log.csv?action=…&from=…`. */
export function auditCsvPath(values: AuditFilterValues): string {
  const query = new URLSearchParams();
  if (values.action) query.set('action', values.action);
  if (values.targetType) query.set('targetType', values.targetType);
  if (values.targetId) query.set('targetId', values.targetId);
  if (values.actorId) query.set('actorId', values.actorId);
  if (values.from) query.set('from', dayStart(values.from));
  if (values.to) query.set('to', dayEnd(values.to));
  const search = query.toString();
  return search ? `/admin/audit-log.csv?${search}` : '/admin/audit-log.csv';
}
