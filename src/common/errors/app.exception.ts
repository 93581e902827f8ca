/** The error codes clients see in `extensions.code`. */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const HTTP_STATUS_OF_KIND: Record<ErrorKind, number> = {
  [ErrorKind.BAD_USER_INPUT]: 400,
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.CONFLICT]: 409,
  [ErrorKind.TOO_MANY_REQUESTS]: 429,
  [ErrorKind.INTERNAL_SERVER_ERROR]: 500,
};

/** Facts a client may act on beside the message, such as a limit; they become extensions. */
export type ErrorDetails = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Base of every module's exception: `kind` is what clients branch on, `reason` the module's own
 * precise code, `field` the input at fault, `details` any further facts (`extensions.limit`).
 * Messages are written for the person reading them.
 */
export class AppException extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly field?: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The status of an HTTP route's answer: the kind's own, unless a subclass knows better. */
  get httpStatus(): number {
    return HTTP_STATUS_OF_KIND[this.kind];
  }
}

/** Invalid input that no module owns, such as a failed DTO validation. */
export class InvalidInputException extends AppException {
  constructor(field: string, message: string) {
    super(ErrorKind.BAD_USER_INPUT, 'INVALID_INPUT', message, field);
  }
}
