import { Button, Flex, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationActionKind } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { noteLength } from '../../connections/errors';
import { deadlineFromDateInput } from '../../opportunities/format';
import { Dialog } from '../../ui/Dialog';
import { moderationProblems } from '../errors';
import { tomorrowInputValue } from '../format';
import { NOTE_MAX_LENGTH, REASON_REQUIRED } from '../options';

/** What a staff action carries besides itself. */
export interface ActionValues {
  reason?: string;
  /** SUSPEND only: the end of the suspension (ISO), or none for indefinitely. */
  until?: string;
}

/** The actions whose reason the member reads (in the warning, the suspension, the restriction). */
const TOLD_TO_MEMBER: ReadonlySet<ModerationActionKind> = new Set(['WARN', 'SUSPEND', 'RESTRICT']);

interface ModerationActionDialogProps {
  /** The action to confirm; the dialog is open while set. */
  action: ModerationActionKind | undefined;
  title: string;
  /** What the action will do, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  loading: boolean;
  onClose: () => void;
  /** Takes the action; throws the server's refusal, which the dialog shows. */
  onConfirm: (values: ActionValues) => Promise<void>;
}

/**
 * The confirm step of every staff action: what it will do, a reason (required where the server
 * requires one), for a suspension until when, and the server's refusal on the field at fault.
 */
export function ModerationActionDialog({
  action,
  title,
  children,
  confirmLabel,
  loading,
  onClose,
  onConfirm,
}: ModerationActionDialogProps) {
  const { t } = useTranslation();
  // Kept while the dialog closes, so that its fields do not change during the transition.
  const [shown, setShown] = useState(action);
  if (action && action !== shown) setShown(action);
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<'until' | 'indefinitely'>('until');
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; until?: string; form?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [attempt]);

  const required = shown !== undefined && REASON_REQUIRED.has(shown);
  const suspending = shown === 'SUSPEND';
  const left = NOTE_MAX_LENGTH - noteLength(reason);

  function reset() {
    setReason('');
    setDuration('until');
    setUntil('');
    setErrors({});
  }

  function close() {
    reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (required && noteLength(reason) === 0) found.reason = t('moderation.dialog.reasonRequired');
    else if (left < 0) {
      found.reason = t('moderation.dialog.reasonTooLong', { count: -left, max: NOTE_MAX_LENGTH });
    }
    let end: string | undefined;
    if (suspending && duration === 'until') {
      end = deadlineFromDateInput(until) ?? undefined;
      if (!end) found.until = t('moderation.dialog.untilRequired');
      else if (new Date(end).getTime() <= Date.now())
        found.until = t('moderation.dialog.untilPast');
    }
    if (found.reason || found.until) {
      setErrors(found);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    try {
      await onConfirm({
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(end ? { until: end } : {}),
      });
    } catch (error) {
      const problems = moderationProblems(t, error);
      // A refused date with no date field on show (an indefinite suspension) goes above the form.
      if (problems.until && !(suspending && duration === 'until')) {
        problems.form ??= problems.until;
        problems.until = undefined;
      }
      setErrors(problems);
      setAttempt((count) => count + 1);
      return;
    }
    reset();
  }

  return (
    <Dialog opened={action !== undefined} onClose={close} title={title}>
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{children}</Text>
          {errors.form && <FormAlert>{errors.form}</FormAlert>}
          <Textarea
            label={required ? t('moderation.dialog.reason') : t('moderation.dialog.reasonOptional')}
            description={
              <>
                {shown && TOLD_TO_MEMBER.has(shown)
                  ? t('moderation.dialog.reasonToldToMember')
                  : t('moderation.dialog.reasonForRecord')}{' '}
                {t('moderation.dialog.reasonLeft', {
                  count: Math.max(left, 0),
                  max: NOTE_MAX_LENGTH,
                })}
              </>
            }
            withAsterisk={required}
            required={required}
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            value={reason}
            error={errors.reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setErrors(({ reason: _reason, ...rest }) => rest);
            }}
          />
          {suspending && (
            <Radio.Group
              label={t('moderation.dialog.duration')}
              value={duration}
              onChange={(value) => setDuration(value === 'indefinitely' ? 'indefinitely' : 'until')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="until" label={t('moderation.dialog.untilDate')} />
                {duration === 'until' && (
                  <TextInput
                    ml={{ base: 0, xs: 30 }}
                    label={t('moderation.dialog.until')}
                    description={t('moderation.dialog.untilHint')}
                    type="date"
                    min={tomorrowInputValue()}
                    withAsterisk
                    required
                    value={until}
                    error={errors.until}
                    onChange={(event) => {
                      setUntil(event.currentTarget.value);
                      setErrors(({ until: _until, ...rest }) => rest);
                    }}
                  />
                )}
                <Radio value="indefinitely" label={t('moderation.dialog.indefinitely')} />
              </Stack>
            </Radio.Group>
          )}
          <Flex
            direction={{ base: 'column', xs: 'row' }}
            justify="flex-end"
            gap="sm"
            align={{ base: 'stretch', xs: 'center' }}
          >
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={shown === 'DELETE_CONTENT' || shown === 'SUSPEND' ? 'red.8' : undefined}
              loading={loading}
            >
              {confirmLabel}
            </Button>
          </Flex>
        </Stack>
      </form>
    </Dialog>
  );
}
