import type { Readable } from 'node:stream';
import type { ImageKind } from './image-kinds.js';

export interface StoredImage {
  readonly stream: Readable;
  /** Bytes, when the backend tells. */
  readonly length: number | undefined;
}

/**
 * Where re-encoded images are kept: local disk or an S3-compatible bucket. Callers hand over keys
 * that match IMAGE_KEY_PATTERN only.
 */
export interface ImageStorage {
  put(kind: ImageKind, key: string, image: Buffer): Promise<void>;
  /** Null when there is no such image. */
  open(kind: ImageKind, key: string): Promise<StoredImage | null>;
  /** Deleting an image that is not there is not an error. */
  delete(kind: ImageKind, key: string): Promise<void>;
}

export const IMAGE_STORAGE = Symbol('IMAGE_STORAGE');
