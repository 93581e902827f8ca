import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { MemberProfileFieldsFragment } from '../../../generated/graphql';
import { longDate } from '../../opportunities/format';
import { isSuspended } from '../format';

type Standing = NonNullable<MemberProfileFieldsFragment['moderation']>;

/** What moderation means for the member's own profile and account, told only to them. */
export function OwnStandingNotice({ standing }: { standing: Standing | null }) {
  const { t, i18n } = useTranslation();
  if (!standing) return null;
  const lines: string[] = [];
  if (standing.hidden) lines.push(t('moderationNotice.profileHidden'));
  if (standing.suspendedIndefinitely) lines.push(t('moderationNotice.suspendedIndefinitely'));
  else if (isSuspended(standing)) {
    lines.push(
      t('moderationNotice.suspendedUntil', {
        date: longDate(currentLanguage(i18n), standing.suspendedUntil),
      }),
    );
  }
  if (standing.restricted) lines.push(t('moderationNotice.restricted'));
  if (lines.length === 0) return null;
  return (
    <Alert color="orange" variant="light" role="note" title={t('moderationNotice.title')}>
      {lines.length === 1 ? (
        lines[0]
      ) : (
        <List spacing={4}>
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** On a hidden organization's or opportunity's page, which only its people and staff can see. */
export function HiddenNotice({ kind }: { kind: 'ORGANIZATION' | 'OPPORTUNITY' }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="note" title={t('moderationNotice.title')}>
      {t(`moderationNotice.hidden.${kind}`)}
    </Alert>
  );
}
