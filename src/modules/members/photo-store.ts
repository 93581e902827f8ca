import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import sharp from 'sharp';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';

export const PHOTO_ROUTE = '/media/photos';
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const FORMATS = new Set(['png', 'jpeg', 'webp']);
const SIDE = 512;

/**
 * Profile photos: checked by their content (not their name), re-encoded to a 512×512 WebP (which
 * drops metadata such as GPS position), and kept on local disk under content-addressed names.
 */
@Injectable()
export class PhotoStore {
  readonly directory: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = path.join(config.uploadsDir, 'photos');
  }

  /** Returns the stored file's key; refuses anything that is not a PNG, JPEG or WebP image. */
  async save(memberId: string, upload: Buffer): Promise<string> {
    const refuse = () =>
      new AppException(
        ErrorKind.BAD_USER_INPUT,
        'PHOTO_NOT_AN_IMAGE',
        'photo must be a PNG, JPEG or WebP image',
        'photo',
      );
    let image: Buffer;
    try {
      const source = sharp(upload, { limitInputPixels: 40_000_000, failOn: 'error' });
      const { format } = await source.metadata();
      if (!format || !FORMATS.has(format)) throw refuse();
      image = await source
        .rotate()
        .resize(SIDE, SIDE, { fit: 'cover' })
        .webp({ quality: 82 })
        .toBuffer();
    } catch (error) {
      if (error instanceof AppException) throw error;
      throw refuse();
    }
    const key = `${memberId}-${createHash('sha256').update(image).digest('hex').slice(0, 16)}.webp`;
    await fs.mkdir(this.directory, { recursive: true });
    const temporary = path.join(this.directory, `.${key}.${process.pid}.tmp`);
    await fs.writeFile(temporary, image);
    await fs.rename(temporary, path.join(this.directory, key));
    return key;
  }

  async remove(key: string | null): Promise<void> {
    if (key) await fs.rm(path.join(this.directory, path.basename(key)), { force: true });
  }
}
