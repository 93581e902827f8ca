import { Button, Flex, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeKind } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { fits, NoteField } from '../../introductions/components/NoteField';
import { OUTCOME_KINDS } from '../../introductions/components/ReceivedIntroductions';
import { OUTCOME_NOTE_MAX_LENGTH } from '../../introductions/limits';
import { Dialog } from '../../ui/Dialog';
import { opportunityErrorMessage } from '../errors';
import { useRecordInterestOutcome } from '../hooks/useOpportunityActions';

interface OutcomeDialogProps {
  opened: boolean;
  interest: { id: string; outcome: { kind: OutcomeKind; note: string } | null };
  /** Who expressed the interest, as the dialog names them. */
  name: string;
  onClose: () => void;
}

/**
 * The poster records what came of someone's interest, with the outcome kinds (and their words)
 * that introductions use; a new record replaces the previous one.
 */
export function OutcomeDialog({ opened, interest, name, onClose }: OutcomeDialogProps) {
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const { recordOutcome, loading } = useRecordInterestOutcome();
  const [kind, setKind] = useState<OutcomeKind>(interest.outcome?.kind ?? 'MET');
  const [note, setNote] = useState(interest.outcome?.note ?? '');
  const [formError, setFormError] = useState<string>();

  function close() {
    setFormError(undefined);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    if (!fits(note, OUTCOME_NOTE_MAX_LENGTH)) {
      focusFirstInvalid();
      return;
    }
    try {
      await recordOutcome(interest.id, kind, note);
    } catch (error) {
      setFormError(opportunityErrorMessage(t, error));
      focusFirstInvalid();
      return;
    }
    onClose();
  }

  return (
    <Dialog opened={opened} onClose={close} title={t('opportunityPage.outcomeTitle', { name })}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('opportunityPage.outcomeIntro')}</Text>
          {formError && <FormAlert>{formError}</FormAlert>}
          <NativeSelect
            label={t('introductions.outcomeKind')}
            value={kind}
            data-autofocus
            data={OUTCOME_KINDS.map((value) => ({
              value,
              label: t(`introductions.outcomeKinds.${value}`),
            }))}
            onChange={(event) =>
              setKind(OUTCOME_KINDS.find((value) => value === event.currentTarget.value) ?? 'MET')
            }
          />
          <NoteField
            label={t('introductions.outcomeNote')}
            value={note}
            max={OUTCOME_NOTE_MAX_LENGTH}
            onChange={setNote}
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
              {t('introductions.recordSubmit')}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Dialog>
  );
}
