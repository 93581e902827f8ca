import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../ui/ExternalLink';
import type { City } from '../hooks/useCity';

export type PitchSection = City['pitch'][number];
type PitchFact = PitchSection['facts'][number];

/** One reason to choose the city: a title, a summary and the figures that back it. */
export function PitchCard({ section }: { section: PitchSection }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card component="article" aria-labelledby={titleId} withBorder padding="lg" radius="lg">
      <Stack gap="sm">
        <Title id={titleId} order={3} fz="h3">
          {section.title}
        </Title>
        <Text>{section.summary}</Text>
        {section.facts.length > 0 && (
          <Stack
            component="ul"
            gap="md"
            mt="xs"
            p={0}
            aria-label={t('pitch.factsLabel', { title: section.title })}
            style={{ listStyle: 'none' }}
          >
            {section.facts.map((fact) => (
              <PitchFactItem key={`${fact.label}-${fact.value}`} fact={fact} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function PitchFactItem({ fact }: { fact: PitchFact }) {
  const { t } = useTranslation();
  return (
    <Stack component="li" gap={2}>
      <Text fz={32} fw={800} lh={1.15} c="grow.8">
        {fact.value}
      </Text>
      <Text fw={600}>{fact.label}</Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('pitch.sourceLabel')}{' '}
        <ExternalLink href={fact.source.url}>{fact.source.name}</ExternalLink>
      </Text>
    </Stack>
  );
}
