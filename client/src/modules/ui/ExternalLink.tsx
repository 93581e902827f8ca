import { Anchor, VisuallyHidden, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ExternalLinkProps extends AnchorProps {
  href: string;
  children?: ReactNode;
}

/** A link to another site, in a new tab, without giving that site a handle on this window. */
export function ExternalLink({ href, children, ...props }: ExternalLinkProps) {
  const { t } = useTranslation();
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" {...props}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <VisuallyHidden> {t('pitch.opensInNewTab')}</VisuallyHidden>
    </Anchor>
  );
}
