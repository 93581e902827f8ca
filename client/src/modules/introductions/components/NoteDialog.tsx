import { Button, Flex, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { connectionErrorMessage, noteLength } from '../../connections/errors';
import { Dialog } from '../../ui/Dialog';
import { NoteField } from './NoteField';

interface NoteDialogProps {
  opened: boolean;
  title: string;
  intro: string;
  noteLabel: string;
  max: number;
  /** A note is needed (1 character at least); the message says why when left blank. */
  requiredMessage?: string;
  submitLabel: string;
  loading: boolean;
  onSubmit: (note: string) => Promise<void>;
  onClose: () => void;
}

/**
 * A dialog with one note and one action (forward, decline, ask): the note is counted as the
 * member types, and the server's refusal is shown above it, the dialog staying open.
 */
export function NoteDialog({
  opened,
  title,
  intro,
  noteLabel,
  max,
  requiredMessage,
  submitLabel,
  loading,
  onSubmit,
  onClose,
}: NoteDialogProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [note, setNote] = useState('');
  const [blank, setBlank] = useState(false);
  const [formError, setFormError] = useState<string>();

  function close() {
    setNote('');
    setBlank(false);
    setFormError(undefined);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const length = noteLength(note);
    if (length > max || (requiredMessage && length === 0)) {
      setBlank(length === 0);
      focusFirstInvalid();
      return;
    }
    try {
      await onSubmit(note);
    } catch (error) {
      setFormError(connectionErrorMessage(t, error));
      focusFirstInvalid();
      return;
    }
    setNote('');
  }

  return (
    <Dialog opened={opened} onClose={close} title={title}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{intro}</Text>
          {formError && <FormAlert>{formError}</FormAlert>}
          <NoteField
            label={noteLabel}
            value={note}
            max={max}
            required={requiredMessage !== undefined}
            error={blank ? requiredMessage : undefined}
            autoFocus
            onChange={(value) => {
              setNote(value);
              setBlank(false);
            }}
          />
          <Flex
            direction={{ base: 'column', xs: 'row' }}
            justify="flex-end"
            gap="sm"
            align={{ base: 'stretch', xs: 'center' }}
          >
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Dialog>
  );
}
