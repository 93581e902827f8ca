import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../generated/graphql';

const COLOR: Record<ReportStatus, string> = {
  OPEN: 'orange.9',
  DISMISSED: 'gray.7',
  UPHELD: 'grow.8',
};

/** Where a report stands, in words a reporter understands. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLOR[status]} tt="none" size="lg" style={{ flexShrink: 0 }}>
      {t(`reportStatuses.${status}`)}
    </Badge>
  );
}
