import { AppException, ErrorKind } from '../../common/errors/app.exception.js';

export enum InsightsErrorCode {
  RANGE_REVERSED = 'INSIGHTS_RANGE_REVERSED',
  UNKNOWN_SECTOR = 'INSIGHTS_UNKNOWN_SECTOR',
  UNKNOWN_NEIGHBORHOOD = 'INSIGHTS_UNKNOWN_NEIGHBORHOOD',
}

/** A filter the insights cannot apply; always names the field at fault. */
export class InsightsException extends AppException {
  constructor(code: InsightsErrorCode, message: string, field: string) {
    super(ErrorKind.BAD_USER_INPUT, code, message, field);
  }
}
