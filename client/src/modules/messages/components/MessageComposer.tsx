import { Button, Flex, Stack, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { FormAlert } from '../../auth/components/FormAlert';
import { MESSAGE_MAX_LENGTH, messageLength, messageProblems } from '../errors';

/** From this many characters left, the field says how many remain. */
const COUNT_FROM = 500;

interface MessageComposerProps {
  label: string;
  /** Sends the message; rejects with the server's refusal, which the composer shows. */
  onSend: (body: string) => Promise<void>;
  /** Why nothing can be sent here; the field is disabled and says so. */
  disabledReason?: string;
  /** Focus the field when shown (in a dialog). */
  autoFocus?: boolean;
  /** Beside "Send" (a dialog's "Cancel"). */
  secondaryAction?: ReactNode;
}

/**
 * A message field: Enter sends, Shift+Enter starts a new line. It counts down near the limit,
 * keeps what was written when the server refuses it, and keeps the focus for the next message.
 */
export function MessageComposer({
  label,
  onSend,
  disabledReason,
  autoFocus = false,
  secondaryAction,
}: MessageComposerProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const [bodyError, setBodyError] = useState<string>();
  const [formError, setFormError] = useState<string>();

  const length = messageLength(body);
  const left = MESSAGE_MAX_LENGTH - length;
  const max = MESSAGE_MAX_LENGTH.toLocaleString(locale);
  const error =
    left < 0
      ? t('composer.tooLong', { count: -left, max, formatted: (-left).toLocaleString(locale) })
      : bodyError;
  const disabled = disabledReason !== undefined;

  let description: string = disabledReason ?? t('composer.hint');
  if (!disabled && left >= 0 && left <= COUNT_FROM) {
    description = `${description} ${t('composer.left', { count: left, formatted: left.toLocaleString(locale) })}`;
  }

  async function send() {
    if (disabled || sending || left < 0) return;
    if (length === 0) {
      setBodyError(t('composer.empty'));
      return;
    }
    setSending(true);
    setBodyError(undefined);
    setFormError(undefined);
    try {
      await onSend(body);
      setBody('');
      fieldRef.current?.focus();
    } catch (caught) {
      const problems = messageProblems(t, caught, locale);
      setBodyError(problems.body);
      setFormError(problems.form);
    } finally {
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter while an input method composes a word (Japanese, Chinese…) confirms the word instead.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    // An empty field ignores Enter; the button says why it cannot send.
    if (length > 0) void send();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {formError && <FormAlert>{formError}</FormAlert>}
        <Textarea
          ref={fieldRef}
          label={label}
          description={description}
          autosize
          minRows={2}
          maxRows={10}
          value={body}
          error={error}
          disabled={disabled}
          data-autofocus={autoFocus || undefined}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setBodyError(undefined);
          }}
          onKeyDown={onKeyDown}
        />
        {!disabled && (
          <Flex
            direction={{ base: 'column', xs: 'row' }}
            justify="flex-end"
            gap="sm"
            align={{ base: 'stretch', xs: 'center' }}
          >
            {secondaryAction}
            <Button type="submit" loading={sending}>
              {t('composer.send')}
            </Button>
          </Flex>
        )}
      </Stack>
    </form>
  );
}
