import { Alert, Anchor, Button, Flex, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportReason, ReportTargetType } from '../../../generated/graphql';
import { FormAlert } from '../../auth/components/FormAlert';
import { noteLength } from '../../connections/errors';
import { Dialog } from '../../ui/Dialog';
import { reportProblems } from '../errors';
import { useReportContent } from '../hooks/useReports';
import { isOneOf, NOTE_MAX_LENGTH, REPORT_REASONS } from '../options';

export interface ReportTarget {
  type: ReportTargetType;
  id: string;
  /** What is reported, as the dialog names it: "Bo Chen", "Small-business loans", … */
  name: string;
}

interface ReportDialogProps {
  target: ReportTarget;
  opened: boolean;
  onClose: () => void;
  /** The report went through (or had gone through before): the dialog then says so. */
  sent: boolean;
  onSent: () => void;
}

/**
 * "Report …": why (a reason, and a note that OTHER needs), sent to city staff. Refusals show
 * above the form or on their field; once sent, or when the member had reported it before, the
 * dialog says so, with where to follow the report.
 */
export function ReportDialog({ target, opened, onClose, sent, onSent }: ReportDialogProps) {
  const { t } = useTranslation();
  const { reportContent, loading } = useReportContent();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; note?: string; form?: string }>({});
  const [already, setAlready] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // What takes the focus after a refused submit: the choice, or the first invalid field.
  const focusChoice = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const done = sent || already;

  const left = NOTE_MAX_LENGTH - noteLength(note);
  const noteError =
    left < 0 ? t('report.noteTooLong', { count: -left, max: NOTE_MAX_LENGTH }) : errors.note;

  // After a refused submit: the first field at fault, else the form's alert, takes the focus.
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      (focusChoice.current ? form?.querySelector<HTMLElement>('input[type="radio"]') : null) ??
      form?.querySelector<HTMLElement>('textarea[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [attempt]);

  function refuse(found: typeof errors) {
    focusChoice.current = found.reason !== undefined;
    setErrors(found);
    setAttempt((count) => count + 1);
  }

  // The outcome replaces the form, and the focus goes to it so that it is read out.
  useEffect(() => {
    if (opened && done) outcomeRef.current?.focus();
  }, [opened, done]);

  function close() {
    setErrors({});
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!reason) found.reason = t('report.reasonRequired');
    if (reason === 'OTHER' && noteLength(note) === 0) found.note = t('report.noteRequired');
    if (found.reason || found.note || left < 0 || !reason) {
      refuse(found);
      return;
    }
    setErrors({});
    try {
      await reportContent({
        targetType: target.type,
        targetId: target.id,
        reason,
        note: note.trim() || undefined,
      });
    } catch (error) {
      const problems = reportProblems(t, error);
      if (problems.alreadyReported) {
        setAlready(true);
        return;
      }
      refuse({ reason: problems.reason, note: problems.note, form: problems.form });
      return;
    }
    setReason(null);
    setNote('');
    onSent();
  }

  const title = t(`report.titles.${target.type}`, { name: target.name });
  return (
    <Dialog opened={opened} onClose={close} title={title}>
      {done ? (
        <Stack gap="md">
          <Alert
            ref={outcomeRef}
            tabIndex={-1}
            color={sent ? 'grow' : 'blue'}
            variant="light"
            role="status"
          >
            <Stack gap="xs">
              <Text>{sent ? t('report.sent') : t('report.alreadyReported')}</Text>
              <Text size="sm">{t('report.followUp')}</Text>
            </Stack>
          </Alert>
          <Flex
            direction={{ base: 'column', xs: 'row' }}
            justify="space-between"
            gap="sm"
            align={{ base: 'stretch', xs: 'center' }}
          >
            <Anchor component={Link} to="/account/reports" fw={600}>
              {t('report.myReportsLink')}
            </Anchor>
            <Button variant="default" onClick={close}>
              {t('report.done')}
            </Button>
          </Flex>
        </Stack>
      ) : (
        <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('report.intro')}</Text>
            {errors.form && <FormAlert>{errors.form}</FormAlert>}
            <Radio.Group
              label={t('report.reasonLabel')}
              withAsterisk
              value={reason}
              error={errors.reason}
              onChange={(value) => {
                if (isOneOf(REPORT_REASONS, value)) setReason(value);
                setErrors(({ reason: _reason, ...rest }) => rest);
              }}
            >
              <Stack gap="xs" mt="xs">
                {REPORT_REASONS.map((value, index) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`reportReasons.${value}`)}
                    description={t(`reportReasonHints.${value}`)}
                    data-autofocus={index === 0 || undefined}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('report.noteLabel')}
              description={t('report.noteLeft', {
                count: Math.max(left, 0),
                max: NOTE_MAX_LENGTH,
              })}
              withAsterisk={reason === 'OTHER'}
              required={reason === 'OTHER'}
              autosize
              minRows={3}
              maxRows={8}
              value={note}
              error={noteError}
              onChange={(event) => {
                setNote(event.currentTarget.value);
                setErrors(({ note: _note, ...rest }) => rest);
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
                {t('report.submit')}
              </Button>
            </Flex>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
