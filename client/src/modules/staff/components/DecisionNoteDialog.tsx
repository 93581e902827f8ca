import { Button, Flex, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { noteLength } from '../../connections/errors';
import { NoteField } from '../../introductions/components/NoteField';
import { Dialog } from '../../ui/Dialog';
import { staffProblems } from '../errors';
import { STAFF_NOTE_MAX_LENGTH } from '../limits';

interface DecisionNoteDialogProps {
  opened: boolean;
  title: string;
  /** Who reads the note, and what happens. */
  intro: string;
  noteLabel: string;
  /** Said when the note is left blank. */
  requiredMessage: string;
  submitLabel: string;
  loading: boolean;
  onSubmit: (note: string) => Promise<void>;
  onClose: () => void;
}

/**
 * A staff decision that needs a reason (reject, refuse, decline): the note is required and
 * counted as it is typed; a refusal from the server is shown in the dialog, which stays open.
 */
export function DecisionNoteDialog({
  opened,
  title,
  intro,
  noteLabel,
  requiredMessage,
  submitLabel,
  loading,
  onSubmit,
  onClose,
}: DecisionNoteDialogProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [formError, setFormError] = useState<string>();

  function close() {
    setNote('');
    setNoteError(undefined);
    setFormError(undefined);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const length = noteLength(note);
    if (length === 0 || length > STAFF_NOTE_MAX_LENGTH) {
      setNoteError(length === 0 ? requiredMessage : undefined);
      focusFirstInvalid();
      return;
    }
    try {
      await onSubmit(note.trim());
    } catch (error) {
      const problems = staffProblems(t, error, (field) => field === 'note');
      setNoteError(problems.fields.note);
      setFormError(problems.form);
      focusFirstInvalid();
      return;
    }
    setNote('');
    setNoteError(undefined);
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
            max={STAFF_NOTE_MAX_LENGTH}
            required
            error={noteError}
            autoFocus
            onChange={(value) => {
              setNote(value);
              setNoteError(undefined);
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
