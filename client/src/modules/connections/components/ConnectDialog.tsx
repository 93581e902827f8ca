import { Button, Flex, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { Dialog } from '../../ui/Dialog';
import { connectionProblems, NOTE_MAX_LENGTH, noteLength } from '../errors';
import { useRequestConnection } from '../hooks/useConnectionActions';

export interface ConnectTarget {
  id: string;
  displayName: string;
}

interface ConnectDialogProps {
  /** Who to ask; the dialog is open while set. */
  member: ConnectTarget | undefined;
  onClose: () => void;
  /** The request left (or, had they asked first, the two are now connected). */
  onSent: (member: ConnectTarget) => void;
}

/**
 * "Connect with …": an optional note of up to 300 characters, counted as the member types, and
 * the server's refusal (not accepting requests, a daily limit…) shown above the note.
 */
export function ConnectDialog({ member, onClose, onSent }: ConnectDialogProps) {
  const { t } = useTranslation();
  const { requestConnection, loading } = useRequestConnection();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [note, setNote] = useState('');
  const [serverNoteError, setServerNoteError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  // Kept while the dialog closes, so its title does not go blank during the transition.
  const [shown, setShown] = useState(member);
  if (member && member !== shown) setShown(member);

  const left = NOTE_MAX_LENGTH - noteLength(note);
  const noteError =
    left < 0 ? t('connect.noteTooLong', { count: -left, max: NOTE_MAX_LENGTH }) : serverNoteError;

  function close() {
    setNote('');
    setServerNoteError(undefined);
    setFormError(undefined);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!member) return;
    setFormError(undefined);
    if (left < 0) {
      focusFirstInvalid();
      return;
    }
    try {
      await requestConnection(member.id, note);
    } catch (error) {
      const problems = connectionProblems(t, error);
      setServerNoteError(problems.note);
      setFormError(problems.form);
      focusFirstInvalid();
      return;
    }
    setNote('');
    setServerNoteError(undefined);
    onSent(member);
  }

  const name = shown?.displayName ?? '';
  return (
    <Dialog opened={member !== undefined} onClose={close} title={t('connect.title', { name })}>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('connect.intro', { name })}</Text>
          {formError && <FormAlert>{formError}</FormAlert>}
          <Textarea
            label={t('connect.note')}
            description={t('connect.noteLeft', {
              count: Math.max(left, 0),
              max: NOTE_MAX_LENGTH,
            })}
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            value={note}
            error={noteError}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setServerNoteError(undefined);
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
              {t('connect.send')}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Dialog>
  );
}
