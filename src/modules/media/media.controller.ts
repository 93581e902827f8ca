import { Controller, Get, Logger, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { IMMUTABLE_CACHE_CONTROL, type ImageKind } from './image-kinds.js';
import { ImageStore } from './image-store.js';
import { imageNotFound } from './media.exception.js';

/** Uploaded images, read from whichever storage is configured; anyone may fetch them. */
@Controller('media')
@Allow(Access.PUBLIC)
export class MediaController {
  private readonly logger = new Logger(MediaController.name);

  constructor(private readonly images: ImageStore) {}

  @Get('photos/:key')
  photo(
    @Param('key') key: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.serve('photos', key, response);
  }

  @Get('logos/:key')
  logo(
    @Param('key') key: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.serve('logos', key, response);
  }

  private async serve(kind: ImageKind, key: string, response: Response): Promise<StreamableFile> {
    const image = await this.images.open(kind, key);
    if (!image) throw imageNotFound();
    // Set here rather than by decorator, which would send them with the 404 as well.
    response.setHeader('Cache-Control', IMMUTABLE_CACHE_CONTROL);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(image.stream, {
      type: 'image/webp',
      length: image.length,
    }).setErrorHandler((error, reply) => {
      // Cut off rather than answered: no cache may keep an error under an immutable URL.
      this.logger.error(`Reading ${kind}/${key} failed: ${error.message}`);
      if (reply.destroy) reply.destroy();
      else reply.end();
    });
  }
}
