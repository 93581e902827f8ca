import { AppException, ErrorKind } from '../../common/errors/app.exception.js';

export enum CityErrorCode {
  LOCALE_NOT_SUPPORTED = 'CITY_LOCALE_NOT_SUPPORTED',
}

const KIND: Record<CityErrorCode, ErrorKind> = {
  [CityErrorCode.LOCALE_NOT_SUPPORTED]: ErrorKind.BAD_USER_INPUT,
};

export class CityException extends AppException {
  constructor(code: CityErrorCode, message: string, field?: string) {
    super(KIND[code], code, message, field);
  }
}
