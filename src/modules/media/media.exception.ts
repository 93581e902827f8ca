import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { IMAGE_MAX_BYTES, UPLOAD_FIELD, type ImageKind } from './image-kinds.js';

const reasonOf = (kind: ImageKind, what: string) => `${UPLOAD_FIELD[kind].toUpperCase()}_${what}`;

/** An upload over the limit: answered 413, refused before it is read in full. */
export class ImageTooLargeException extends AppException {
  constructor(kind: ImageKind) {
    const field = UPLOAD_FIELD[kind];
    super(
      ErrorKind.BAD_USER_INPUT,
      reasonOf(kind, 'TOO_LARGE'),
      `${field} must be at most ${IMAGE_MAX_BYTES / 1024 / 1024} MB`,
      field,
    );
  }

  override get httpStatus(): number {
    return 413;
  }
}

export function notAnImage(kind: ImageKind): AppException {
  const field = UPLOAD_FIELD[kind];
  return new AppException(
    ErrorKind.BAD_USER_INPUT,
    reasonOf(kind, 'NOT_AN_IMAGE'),
    `${field} must be a PNG, JPEG or WebP image`,
    field,
  );
}

export function imageMissing(kind: ImageKind): AppException {
  const field = UPLOAD_FIELD[kind];
  return new AppException(
    ErrorKind.BAD_USER_INPUT,
    reasonOf(kind, 'MISSING'),
    `${field} is required: send one file in the multipart field "${field}"`,
    field,
  );
}

/** A multipart body that multer refused: another field, more than one file, a text field… */
export function malformedUpload(kind: ImageKind): AppException {
  const field = UPLOAD_FIELD[kind];
  return new AppException(
    ErrorKind.BAD_USER_INPUT,
    reasonOf(kind, 'UPLOAD_MALFORMED'),
    `Send one file in the multipart field "${field}" and nothing else`,
    field,
  );
}

export function imageNotFound(): AppException {
  return new AppException(ErrorKind.NOT_FOUND, 'IMAGE_NOT_FOUND', 'No such image', 'key');
}
