import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { IMAGE_MAX_BYTES, UPLOAD_FIELD, type ImageKind } from './image-kinds.js';
import { ImageTooLargeException, imageMissing, malformedUpload } from './media.exception.js';

/**
 * Reads one image of this kind from a multipart body into memory (nothing touches the disk),
 * refusing more than IMAGE_MAX_BYTES as soon as it is exceeded; errors name the field.
 */
export function ImageUploadInterceptor(kind: ImageKind): Type<NestInterceptor> {
  const Multer = FileInterceptor(UPLOAD_FIELD[kind], {
    limits: { fileSize: IMAGE_MAX_BYTES, files: 1, fields: 0 },
  });

  class ImageUpload implements NestInterceptor {
    private readonly multer = new Multer();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.multer.intercept(context, next);
      } catch (error) {
        throw refusal(kind, error);
      }
    }
  }
  return mixin(ImageUpload);
}

/** The uploaded image's bytes, or a coded error naming the field when none was sent. */
export function uploadedImage(kind: ImageKind, file: Express.Multer.File | undefined): Buffer {
  if (!file) throw imageMissing(kind);
  return file.buffer;
}

/** multer's refusals come as HttpExceptions: 413 over the limit, 400 for a body not as asked. */
function refusal(kind: ImageKind, error: unknown): unknown {
  if (!(error instanceof HttpException)) return error;
  if (error.getStatus() === 413) return new ImageTooLargeException(kind);
  if (error.getStatus() === 400) return malformedUpload(kind);
  return error;
}
