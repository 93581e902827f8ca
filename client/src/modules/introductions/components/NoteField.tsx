import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { noteLength } from '../../connections/errors';

interface NoteFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  /** Shown in place of the "too long" message (a required note left blank, a server refusal). */
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/** A note counted as the member types, as the server counts it. */
export function NoteField({
  label,
  value,
  onChange,
  max,
  error,
  required,
  autoFocus,
}: NoteFieldProps) {
  const { t } = useTranslation();
  const left = max - noteLength(value);
  return (
    <Textarea
      label={label}
      description={t('introductions.noteLeft', { count: Math.max(left, 0), max })}
      autosize
      minRows={3}
      maxRows={8}
      required={required}
      data-autofocus={autoFocus || undefined}
      value={value}
      error={left < 0 ? t('introductions.noteTooLong', { count: -left, max }) : error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** Whether a note fits. */
export function fits(value: string, max: number): boolean {
  return noteLength(value) <= max;
}
