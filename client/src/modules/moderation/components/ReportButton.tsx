import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ReportDialog, type ReportTarget } from './ReportDialog';

interface ReportButtonProps {
  target: ReportTarget;
  /** How the button looks where it sits: beside a page's actions, or small under a message. */
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}

/**
 * "Report" for signed-in members; the page leaves it out on the member's own things. Shows
 * nothing to anonymous visitors.
 */
export function ReportButton({ target, size, variant = 'subtle' }: ReportButtonProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  const [opened, setOpened] = useState(false);
  const [sent, setSent] = useState(false);
  if (status !== 'signedIn') return null;
  return (
    <>
      <Button
        variant={variant}
        color="gray.8"
        c="gray.8"
        size={size}
        onClick={() => setOpened(true)}
        aria-label={t(`report.buttonNamed.${target.type}`, { name: target.name })}
        aria-haspopup="dialog"
      >
        {t('report.button')}
      </Button>
      <ReportDialog
        target={target}
        opened={opened}
        onClose={() => setOpened(false)}
        sent={sent}
        onSent={() => setSent(true)}
      />
    </>
  );
}
