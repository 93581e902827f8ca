import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputException } from './app.exception.js';

/** Finds the first failing property, however deeply nested, and its path from the input root. */
function firstFailure(
  errors: ValidationError[],
  parent = '',
): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** class-validator on every argument and input; the error names the field at fault. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const failure = firstFailure(errors) ?? { field: 'input', message: 'input is invalid' };
      return new InvalidInputException(failure.field, failure.message);
    },
  });
}
