import { AppException, ErrorKind, type ErrorDetails } from '../../common/errors/app.exception.js';

/** ACCOUNT_SUSPENDED is common/auth's (the guard throws it): see accountSuspended(). */
export enum StandingErrorCode {
  ACCOUNT_RESTRICTED = 'ACCOUNT_RESTRICTED',
  DAILY_LIMIT_REACHED = 'DAILY_LIMIT_REACHED',
  TOO_MANY_LINKS = 'TOO_MANY_LINKS',
  SPAM_SUSPECTED = 'SPAM_SUSPECTED',
  FORM_FILLED_TOO_FAST = 'FORM_FILLED_TOO_FAST',
  FORM_TOKEN_INVALID = 'FORM_TOKEN_INVALID',
  FORM_TOKEN_EXPIRED = 'FORM_TOKEN_EXPIRED',
}

const KIND: Record<StandingErrorCode, ErrorKind> = {
  [StandingErrorCode.ACCOUNT_RESTRICTED]: ErrorKind.FORBIDDEN,
  [StandingErrorCode.DAILY_LIMIT_REACHED]: ErrorKind.FORBIDDEN,
  [StandingErrorCode.TOO_MANY_LINKS]: ErrorKind.BAD_USER_INPUT,
  [StandingErrorCode.SPAM_SUSPECTED]: ErrorKind.FORBIDDEN,
  [StandingErrorCode.FORM_FILLED_TOO_FAST]: ErrorKind.BAD_USER_INPUT,
  [StandingErrorCode.FORM_TOKEN_INVALID]: ErrorKind.BAD_USER_INPUT,
  [StandingErrorCode.FORM_TOKEN_EXPIRED]: ErrorKind.BAD_USER_INPUT,
};

export class StandingException extends AppException {
  constructor(code: StandingErrorCode, message: string, field?: string, details?: ErrorDetails) {
    super(KIND[code], code, message, field, details);
  }
}
