import { Button, Flex, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../auth/components/FormAlert';
import { useFocusFirstInvalid } from '../../auth/hooks/useFocusFirstInvalid';
import { useSession } from '../../auth/hooks/useSession';
import { connectionErrorMessage, noteLength } from '../../connections/errors';
import { useConnections } from '../../connections/hooks/useConnections';
import { Dialog } from '../../ui/Dialog';
import { useProposeIntroduction } from '../hooks/useIntroductions';
import { INTRODUCTION_NOTE_MAX_LENGTH } from '../limits';
import { NoteField } from './NoteField';

interface IntroduceButtonProps {
  member: { id: string; displayName: string; viewerConnection?: { state: string } | null };
}

/**
 * "Introduce to…" on a profile, for connectors and for the member's own connections: pick one
 * of your connections, say why they should meet; both then accept or say not now.
 */
export function IntroduceButton({ member }: IntroduceButtonProps) {
  const { viewer } = useSession();
  const isConnector = !!viewer?.roles.includes('CONNECTOR');
  const connected = member.viewerConnection?.state === 'CONNECTED';
  if (!viewer || member.viewerConnection?.state === 'SELF' || (!isConnector && !connected)) {
    return null;
  }
  return <Introduce member={member} />;
}

function Introduce({ member }: IntroduceButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [sent, setSent] = useState<string>();
  return (
    <Stack gap={6} align="flex-start">
      <Button
        variant="default"
        aria-label={t('introduce.buttonNamed', { name: member.displayName })}
        onClick={() => setOpened(true)}
      >
        {t('introduce.button')}
      </Button>
      {sent && (
        <Text role="status" fw={600}>
          {t('introduce.sent', { name: member.displayName, other: sent })}
        </Text>
      )}
      {opened && (
        <IntroduceDialog
          member={member}
          onClose={() => setOpened(false)}
          onSent={(other) => {
            setOpened(false);
            setSent(other);
          }}
        />
      )}
    </Stack>
  );
}

function IntroduceDialog({
  member,
  onClose,
  onSent,
}: {
  member: IntroduceButtonProps['member'];
  onClose: () => void;
  onSent: (otherName: string) => void;
}) {
  const { t } = useTranslation();
  const { connections } = useConnections();
  const { proposeIntroduction, loading } = useProposeIntroduction();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [other, setOther] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ other?: string; note?: string }>({});
  const [formError, setFormError] = useState<string>();
  const names = { name: member.displayName };
  const choices = (connections ?? [])
    .filter((connection) => connection.id !== member.id)
    .map((connection) => ({ value: connection.id, label: connection.displayName }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found: typeof errors = {};
    if (!other) found.other = t('introduce.connectionRequired', names);
    const length = noteLength(note);
    if (length === 0) found.note = t('introduce.noteRequired');
    setErrors(found);
    if (Object.keys(found).length > 0 || length > INTRODUCTION_NOTE_MAX_LENGTH || !other) {
      focusFirstInvalid();
      return;
    }
    try {
      await proposeIntroduction(member.id, other, note);
    } catch (error) {
      setFormError(connectionErrorMessage(t, error));
      focusFirstInvalid();
      return;
    }
    onSent(choices.find((choice) => choice.value === other)?.label ?? '');
  }

  return (
    <Dialog opened onClose={onClose} title={t('introduce.title', names)}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('introduce.intro')}</Text>
          {formError && <FormAlert>{formError}</FormAlert>}
          {connections && choices.length === 0 ? (
            <Text>{t('introduce.noConnections', names)}</Text>
          ) : (
            <Select
              label={t('introduce.connection')}
              placeholder={t('introduce.connectionPlaceholder')}
              data={choices}
              value={other}
              required
              searchable
              error={errors.other}
              onChange={(value) => {
                setOther(value);
                setErrors((current) => ({ ...current, other: undefined }));
              }}
              comboboxProps={{ withinPortal: false }}
            />
          )}
          <NoteField
            label={t('introduce.note')}
            value={note}
            max={INTRODUCTION_NOTE_MAX_LENGTH}
            required
            error={errors.note}
            onChange={(value) => {
              setNote(value);
              setErrors((current) => ({ ...current, note: undefined }));
            }}
          />
          <Flex
            direction={{ base: 'column', xs: 'row' }}
            justify="flex-end"
            gap="sm"
            align={{ base: 'stretch', xs: 'center' }}
          >
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('introduce.send')}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Dialog>
  );
}
