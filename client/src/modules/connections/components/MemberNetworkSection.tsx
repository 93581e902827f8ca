import { Anchor, Badge, Box, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { AskIntroductionButton } from '../../introductions/components/AskIntroductionButton';
import type { ConnectionActionsMember } from './ConnectionActions';
import { useIntroductionPath, useMutualConnections } from '../hooks/useMemberNetwork';

/**
 * On a member's profile, for a signed-in viewer who is not that member: the connections they
 * share (the first few by name) and, two or three hops away, the chain of people between them.
 */
export function MemberNetworkSection({ member }: { member: ConnectionActionsMember }) {
  const { t, i18n } = useTranslation();
  const connection = member.viewerConnection;
  const shown = connection !== null && connection.state !== 'SELF' && !connection.blocked;
  const mutualCount = member.mutualConnectionCount ?? 0;
  const hops = member.degree;
  const far = hops === 2 || hops === 3;
  const { mutualConnections } = useMutualConnections(member.id, !shown || mutualCount === 0);
  const { path } = useIntroductionPath(member.id, !shown || !far);

  if (!shown || (mutualCount === 0 && !far)) return null;
  const locale = currentLanguage(i18n);

  let mutualSentence: ReactNode = null;
  if (mutualCount > 0) {
    const names = mutualConnections ?? [];
    const rest = mutualCount - names.length;
    const items: ReactNode[] = names.map((mutual) => (
      <Anchor
        key={mutual.id}
        component={Link}
        to={`/m/${mutual.handle}`}
        inherit
        underline="always"
      >
        {mutual.displayName}
      </Anchor>
    ));
    if (names.length > 0 && rest > 0) items.push(t('memberNetwork.mutualMore', { count: rest }));
    mutualSentence = (
      <Text>
        {t('network.mutualCount', { count: mutualCount })}
        {items.length > 0 && (
          <>
            {': '}
            {joinAsList(locale, items)}
          </>
        )}
      </Text>
    );
  }

  const members = path?.members ?? [];
  return (
    <Stack component="section" aria-labelledby="profile-network" gap="sm">
      <Title id="profile-network" order={2} fz="h3">
        {t('memberNetwork.heading')}
      </Title>
      {far && members.length > 2 && (
        <Stack gap={6}>
          <Text id="profile-network-path">
            {t('memberNetwork.pathIntro', { name: member.displayName })}
          </Text>
          <Box
            component="ol"
            aria-labelledby="profile-network-path"
            p={0}
            m={0}
            style={{
              listStyle: 'none',
              display: 'flex',
              flexWrap: 'wrap',
              gap: 'var(--mantine-spacing-xs)',
              alignItems: 'center',
            }}
          >
            {members.map((step, index) => {
              const first = index === 0;
              const last = index === members.length - 1;
              return (
                <Box
                  component="li"
                  key={step.id}
                  style={{ display: 'flex', alignItems: 'center', gap: 6 }}
                >
                  {!first && <span aria-hidden="true">→</span>}
                  {first && <Text fw={600}>{t('memberNetwork.you')}</Text>}
                  {last && <Text fw={600}>{step.displayName}</Text>}
                  {!first && !last && (
                    <>
                      <Anchor component={Link} to={`/m/${step.handle}`} fw={600}>
                        {step.displayName}
                      </Anchor>
                      {step.isConnector && (
                        <Badge color="grow.8" tt="none" size="sm">
                          {t('common.connector')}
                        </Badge>
                      )}
                    </>
                  )}
                </Box>
              );
            })}
          </Box>
        </Stack>
      )}
      {path?.degree === 2 && members.length === 3 && members[1] && (
        <AskIntroductionButton introducer={members[1]} target={member} />
      )}
      {mutualSentence}
    </Stack>
  );
}

/** Items joined the way the language lists things ("A, B and C"; "A, B y C"). */
function joinAsList(locale: string, items: readonly ReactNode[]): ReactNode {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(
    items.map((_, index) => String(index)),
  );
  return parts.map((part, position) => (
    <Fragment key={position}>
      {part.type === 'element' ? items[Number(part.value)] : part.value}
    </Fragment>
  ));
}
