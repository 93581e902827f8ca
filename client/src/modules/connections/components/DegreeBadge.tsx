import { Badge, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DegreeBadgeProps extends Pick<BadgeProps, 'size'> {
  /** Hops from the viewer: 1, 2 or 3; nothing is shown for null (further, or signed out). */
  degree: number | null;
}

/** "2nd", read out in full ("2nd-degree connection"). */
export function DegreeBadge({ degree, size = 'lg' }: DegreeBadgeProps) {
  const { t } = useTranslation();
  if (degree !== 1 && degree !== 2 && degree !== 3) return null;
  return (
    <Badge variant="outline" color="gray.7" c="dark.7" tt="none" size={size}>
      <span aria-hidden="true">{t(`connectionDegree.short${degree}`)}</span>
      <VisuallyHidden>{t(`connectionDegree.label${degree}`)}</VisuallyHidden>
    </Badge>
  );
}
