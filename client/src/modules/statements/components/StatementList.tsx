import { Badge, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedOfferCategory } from '../../../generated/graphql';

interface StatementListProps {
  kind: 'needs' | 'offers';
  statements: readonly { id: string; category: NeedOfferCategory; text: string }[];
  /** The heading level of the list's title, under the page's own headings. */
  order?: 2 | 3;
}

/** A titled list of needs or offers, each with its category. */
export function StatementList({ kind, statements, order = 2 }: StatementListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title id={titleId} order={order} fz="h3">
        {kind === 'needs' ? t('statements.needsHeading') : t('statements.offersHeading')}
      </Title>
      {statements.length === 0 ? (
        <Text c="dimmed">
          {kind === 'needs' ? t('statements.noNeeds') : t('statements.noOffers')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {statements.map((statement) => (
            <Stack component="li" key={statement.id} gap={4}>
              <Badge
                variant="light"
                color={kind === 'needs' ? 'orange.9' : 'grow.9'}
                c={kind === 'needs' ? 'orange.9' : 'grow.9'}
                tt="none"
                size="md"
                styles={{
                  root: { height: 'auto', maxWidth: '100%' },
                  label: { whiteSpace: 'normal' },
                }}
              >
                {t(`categories.${statement.category}`)}
              </Badge>
              <Text style={{ overflowWrap: 'anywhere' }}>{statement.text}</Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
