import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import sharp, { type Sharp } from 'sharp';
import { AppException } from '../../common/errors/app.exception.js';
import { IMAGE_KEY_PATTERN, imageUrl, type ImageKind } from './image-kinds.js';
import { IMAGE_STORAGE, type ImageStorage, type StoredImage } from './image-storage.js';
import { notAnImage } from './media.exception.js';

const FORMATS = new Set(['png', 'jpeg', 'webp']);
const SIDE = 512;

/** How each kind is re-encoded: photos fill a square; logos fit inside one, never cropped. */
const ENCODINGS: Record<ImageKind, (image: Sharp) => Sharp> = {
  photos: (image) => image.resize(SIDE, SIDE, { fit: 'cover' }).webp({ quality: 82 }),
  logos: (image) =>
    image
      .resize(SIDE, SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 90, alphaQuality: 100 }),
};

/**
 * Uploaded images (profile photos, organization logos): checked by their content, not their name,
 * re-encoded to WebP (which drops metadata such as a GPS position), and kept under
 * content-addressed keys in the configured storage, local disk or S3.
 */
@Injectable()
export class ImageStore {
  private readonly logger = new Logger(ImageStore.name);

  constructor(@Inject(IMAGE_STORAGE) private readonly storage: ImageStorage) {}

  /**
   * Re-encodes and stores an upload for its owner (a member's or an organization's id) and returns
   * its key. Anything but a PNG, JPEG or WebP image is refused before anything is stored.
   */
  async save(kind: ImageKind, ownerId: string, upload: Buffer): Promise<string> {
    const image = await encode(kind, upload);
    const key = `${ownerId}-${createHash('sha256').update(image).digest('hex').slice(0, 16)}.webp`;
    if (!IMAGE_KEY_PATTERN.test(key)) throw new Error(`Not an owner id: ${ownerId}`);
    await this.storage.put(kind, key, image);
    return key;
  }

  /** The stored image, or null for a key that is unknown or not a key at all. */
  open(kind: ImageKind, key: string): Promise<StoredImage | null> {
    return IMAGE_KEY_PATTERN.test(key) ? this.storage.open(kind, key) : Promise.resolve(null);
  }

  /**
   * Deletes an image that nothing points at any more. Called after the database change committed:
   * a failure leaves an orphan behind (logged), never a broken reference, so it is not thrown.
   */
  async remove(kind: ImageKind, key: string | null): Promise<void> {
    if (!key || !IMAGE_KEY_PATTERN.test(key)) return;
    try {
      await this.storage.delete(kind, key);
    } catch (error) {
      this.logger.warn(`Could not delete ${kind}/${key}: ${String(error)}`);
    }
  }

  url(kind: ImageKind, key: string): string {
    return imageUrl(kind, key);
  }
}

async function encode(kind: ImageKind, upload: Buffer): Promise<Buffer> {
  try {
    const source = sharp(upload, { limitInputPixels: 40_000_000, failOn: 'error' });
    const { format } = await source.metadata();
    if (!format || !FORMATS.has(format)) throw notAnImage(kind);
    return await ENCODINGS[kind](source.rotate()).toBuffer();
  } catch (error) {
    if (error instanceof AppException) throw error;
    throw notAnImage(kind);
  }
}
