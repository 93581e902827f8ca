import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { useCity } from '../../city/hooks/useCity';
import type { SearchHit } from '../hooks/useSearch';
import { targetName, targetPath, targetSummary } from '../targets';
import { Snippet } from './Snippet';
import { TargetBadges } from './TargetBadges';
import { TargetPicture } from './TargetPicture';

const TYPE = {
  Member: 'MEMBER',
  Organization: 'ORGANIZATION',
  Opportunity: 'OPPORTUNITY',
} as const;

interface SearchResultRowProps {
  hit: SearchHit;
  /** The first of a page "Load more" just brought: its link takes the focus. */
  focus?: boolean;
}

/** One result: what kind of thing it is, its name, the line about it, and the words that matched. */
export function SearchResultRow({ hit, focus = false }: SearchResultRowProps) {
  const { t, i18n } = useTranslation();
  const { city } = useCity();
  const { target } = hit;
  const titleId = `result-${target.__typename}-${target.id}`;
  const summary = targetSummary(t, currentLanguage(i18n), city, target);
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focus) linkRef.current?.focus();
  }, [focus]);

  return (
    <Box
      component="li"
      py="md"
      style={{ listStyle: 'none', borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group
        component="article"
        aria-labelledby={titleId}
        gap="sm"
        wrap="nowrap"
        align="flex-start"
      >
        <TargetPicture target={target} size={44} />
        <Stack gap={4} miw={0}>
          <Text size="xs" c="dimmed" fw={600}>
            {t(`search.typeOne.${TYPE[target.__typename]}`)}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Title id={titleId} order={3} fz="h5" style={{ overflowWrap: 'anywhere' }}>
              <Anchor ref={linkRef} component={Link} to={targetPath(target)} inherit>
                {targetName(target)}
              </Anchor>
            </Title>
            <TargetBadges target={target} />
          </Group>
          {summary && (
            <Text size="sm" c="dimmed">
              {summary}
            </Text>
          )}
          <Snippet segments={hit.snippet} />
        </Stack>
      </Group>
    </Box>
  );
}
