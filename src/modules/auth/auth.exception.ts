import { AppException, ErrorKind } from '../../common/errors/app.exception.js';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SESSION_INVALID = 'SESSION_INVALID',
  LINK_INVALID = 'LINK_INVALID',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
}

const KIND: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.INVALID_CREDENTIALS]: ErrorKind.UNAUTHENTICATED,
  [AuthErrorCode.ACCOUNT_LOCKED]: ErrorKind.TOO_MANY_REQUESTS,
  [AuthErrorCode.SESSION_INVALID]: ErrorKind.UNAUTHENTICATED,
  [AuthErrorCode.LINK_INVALID]: ErrorKind.BAD_USER_INPUT,
  [AuthErrorCode.WRONG_PASSWORD]: ErrorKind.BAD_USER_INPUT,
};

export class AuthException extends AppException {
  constructor(code: AuthErrorCode, message: string, field?: string) {
    super(KIND[code], code, message, field);
  }
}
