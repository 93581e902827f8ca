import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormAlertProps extends Pick<AlertProps, 'color' | 'title'> {
  children: ReactNode;
}

/** A problem with the form as a whole, announced as it appears and focusable after submit. */
export function FormAlert({ children, color = 'red', title }: FormAlertProps) {
  return (
    <Alert color={color} variant="light" role="alert" tabIndex={-1} data-form-alert title={title}>
      {children}
    </Alert>
  );
}
