import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  OpportunityKind,
  OpportunityStatus,
  OpportunitySubkind,
} from '../../../generated/graphql';

/** Long labels wrap (in Spanish, on a phone) instead of running out of the card. */
const WRAPPING = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 4 },
  label: { whiteSpace: 'normal' },
} as const;

const STATUS_COLORS: Record<OpportunityStatus, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'orange',
  PUBLISHED: 'grow',
  CLOSED: 'red',
  EXPIRED: 'gray',
};

/** "Funding · Loan": what kind of opportunity it is. */
export function KindBadge({
  kind,
  subkind,
}: {
  kind: OpportunityKind;
  subkind: OpportunitySubkind | null;
}) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="grow" c="dark.8" tt="none" size="lg" styles={WRAPPING}>
      {subkind
        ? `${t(`opportunityKinds.${kind}`)} · ${t(`opportunitySubkinds.${subkind}`)}`
        : t(`opportunityKinds.${kind}`)}
    </Badge>
  );
}

/** Where it stands in its lifecycle: shown to its poster, and whenever it is not published. */
export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={STATUS_COLORS[status]}
      c="dark.8"
      tt="none"
      size="lg"
      styles={WRAPPING}
    >
      {t(`opportunityStatuses.${status}`)}
    </Badge>
  );
}

export function OpportunityBadges({
  kind,
  subkind,
  status,
  showStatus,
}: {
  kind: OpportunityKind;
  subkind: OpportunitySubkind | null;
  status: OpportunityStatus;
  showStatus: boolean;
}) {
  return (
    <Group gap="xs">
      <KindBadge kind={kind} subkind={subkind} />
      {showStatus && <StatusBadge status={status} />}
    </Group>
  );
}
