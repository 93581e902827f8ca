import { AppException, ErrorKind } from '../../common/errors/app.exception.js';

export enum ModerationErrorCode {
  TARGET_NOT_FOUND = 'TARGET_NOT_FOUND',
  OWN_CONTENT = 'OWN_CONTENT',
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  NOTE_REQUIRED = 'NOTE_REQUIRED',
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
  CASE_RESOLVED = 'CASE_RESOLVED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  UNTIL_NOT_FUTURE = 'UNTIL_NOT_FUTURE',
  UNTIL_NOT_ALLOWED = 'UNTIL_NOT_ALLOWED',
  NOT_A_BULK_ACTION = 'NOT_A_BULK_ACTION',
  CASE_REPEATED = 'CASE_REPEATED',
  NO_OWNER = 'NO_OWNER',
  OWN_ACCOUNT = 'OWN_ACCOUNT',
}

const KIND: Record<ModerationErrorCode, ErrorKind> = {
  [ModerationErrorCode.TARGET_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ModerationErrorCode.OWN_CONTENT]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.ALREADY_REPORTED]: ErrorKind.CONFLICT,
  [ModerationErrorCode.NOTE_REQUIRED]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.CASE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ModerationErrorCode.CASE_RESOLVED]: ErrorKind.CONFLICT,
  [ModerationErrorCode.REASON_REQUIRED]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.UNTIL_NOT_FUTURE]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.UNTIL_NOT_ALLOWED]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.NOT_A_BULK_ACTION]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.CASE_REPEATED]: ErrorKind.BAD_USER_INPUT,
  [ModerationErrorCode.NO_OWNER]: ErrorKind.CONFLICT,
  [ModerationErrorCode.OWN_ACCOUNT]: ErrorKind.FORBIDDEN,
};

export class ModerationException extends AppException {
  constructor(code: ModerationErrorCode, message: string, field?: string) {
    super(KIND[code], code, message, field);
  }
}
