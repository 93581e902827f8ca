import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a failed submit, moves focus to the first invalid field (its label, error and hint are
 * then read out), or to the form's alert when no single field is at fault.
 */
export function useFocusFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [attempt]);
  const focusFirstInvalid = useCallback(() => setAttempt((count) => count + 1), []);
  return { formRef, focusFirstInvalid };
}
