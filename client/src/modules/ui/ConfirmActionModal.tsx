import { Button, Flex, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../auth/components/FormAlert';
import { Dialog } from './Dialog';

interface ConfirmActionModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What the button that changes nothing says; "Cancel" unless that would be ambiguous. */
  dismissLabel?: string;
  /** Red for what cannot be undone from here (removing, leaving, blocking). */
  destructive?: boolean;
  loading: boolean;
  /** Why the server refused; the dialog stays open to show it. */
  error: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * "Are you sure?" before a change that is hard to undo (removing, leaving, blocking). Focus starts
 * on the button that changes nothing, so that Enter never confirms by accident, and returns to the
 * button that opened it.
 */
export function ConfirmActionModal({
  opened,
  title,
  children,
  confirmLabel,
  dismissLabel,
  destructive = false,
  loading,
  error,
  onConfirm,
  onClose,
}: ConfirmActionModalProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} title={title} onClose={onClose}>
      <Stack gap="md">
        {children}
        {error && <FormAlert>{error}</FormAlert>}
        <Flex
          direction={{ base: 'column', xs: 'row' }}
          justify="flex-end"
          gap="sm"
          align={{ base: 'stretch', xs: 'center' }}
        >
          <Button variant="default" onClick={onClose} data-autofocus>
            {dismissLabel ?? t('common.cancel')}
          </Button>
          <Button color={destructive ? 'red.8' : undefined} loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Flex>
      </Stack>
    </Dialog>
  );
}
