import { useQuery } from '@apollo/client/react';
import {
  AuditActionsDocument,
  AuditLogDocument,
  type AuditLogQuery,
} from '../../../generated/graphql';
import { usePagedList, type PagedList } from '../../staff/hooks/usePagedList';
import { toAuditLogFilter, type AuditFilterValues } from '../filters';

export type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

/** How many entries the log reads at a time. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, filtered. */
export function useAuditLog(values: AuditFilterValues): PagedList<AuditEntry> {
  const filter = toAuditLogFilter(values);
  return usePagedList(AuditLogDocument, 'auditLog', {
    ...(filter ? { filter } : {}),
    first: AUDIT_PAGE_SIZE,
  });
}

/** The action names the log holds, for the filter; empty until read. */
export function useAuditActions(): string[] {
  const { data } = useQuery(AuditActionsDocument, { fetchPolicy: 'cache-and-network' });
  return data?.auditActions ?? [];
}
