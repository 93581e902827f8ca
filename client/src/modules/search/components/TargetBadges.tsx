import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpportunityKind } from '../../../generated/graphql';
import { DegreeBadge } from '../../connections/components/DegreeBadge';
import { VerifiedBadge } from '../../organizations/components/VerifiedBadge';

type BadgedTarget =
  | { __typename: 'Member'; isConnector: boolean; degree: number | null }
  | { __typename: 'Organization'; verified: boolean }
  | { __typename: 'Opportunity'; kind: OpportunityKind };

/** Beside a target's name: connector and degree; verified; the kind of opportunity. */
export function TargetBadges({ target }: { target: BadgedTarget }) {
  const { t } = useTranslation();
  switch (target.__typename) {
    case 'Member':
      return (
        <>
          {target.isConnector && (
            <Badge color="grow.8" tt="none" size="sm">
              {t('common.connector')}
            </Badge>
          )}
          <DegreeBadge degree={target.degree} size="sm" />
        </>
      );
    case 'Organization':
      return target.verified ? <VerifiedBadge size="sm" /> : null;
    case 'Opportunity':
      return (
        // Light badges take dark text: the theme's light green on green fails contrast.
        <Badge variant="light" color="grow" c="dark.8" tt="none" size="sm">
          {t(`search.opportunityKinds.${target.kind}`)}
        </Badge>
      );
  }
}
