import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchDismissReason } from '../../../generated/graphql';

/** The reasons offered, in the order the menu lists them. */
const DISMISS_REASONS: readonly MatchDismissReason[] = [
  'NOT_RELEVANT',
  'ALREADY_KNOW',
  'NOT_NOW',
  'OTHER',
];

/**
 * "Dismiss", with why as the first choice (optional: the last item gives none). The server
 * takes the reason as a signal for later matches.
 */
export function DismissMatchMenu({
  name,
  onDismiss,
}: {
  name: string;
  onDismiss: (reason: MatchDismissReason | null) => void;
}) {
  const { t } = useTranslation();
  return (
    // Without the initial-focus placeholder (an empty focusable element axe refuses in a menu),
    // the first reason takes the focus when the menu opens.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          size="sm"
          variant="default"
          aria-label={t('matches.dismissNamed', { name })}
          rightSection={<span aria-hidden="true">▾</span>}
        >
          {t('matches.dismiss')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('matches.dismissWhy')}</Menu.Label>
        {DISMISS_REASONS.map((reason) => (
          <Menu.Item key={reason} onClick={() => onDismiss(reason)}>
            {t(`matches.dismissReasons.${reason}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => onDismiss(null)}>{t('matches.dismissWithoutReason')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
