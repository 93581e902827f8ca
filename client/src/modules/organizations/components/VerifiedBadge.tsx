import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Verified" with a check, named in full for assistive technology. */
export function VerifiedBadge({ size = 'md' }: Pick<BadgeProps, 'size'>) {
  const { t } = useTranslation();
  return (
    <Badge
      color="grow.8"
      tt="none"
      size={size}
      title={t('common.verifiedTitle')}
      leftSection={<span aria-hidden="true">✓</span>}
    >
      {t('common.verified')}
    </Badge>
  );
}
