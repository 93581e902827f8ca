import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { IMAGE_STORAGE, type ImageStorage } from './image-storage.js';
import { ImageStore } from './image-store.js';
import { LocalImageStorage } from './local-image-storage.js';
import { MediaController } from './media.controller.js';
import { S3ImageStorage } from './s3-image-storage.js';

/** Uploaded images: stored on local disk, or in S3-compatible storage when configured. */
@Module({
  controllers: [MediaController],
  providers: [
    {
      provide: IMAGE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ImageStorage =>
        config.s3 ? new S3ImageStorage(config.s3) : new LocalImageStorage(config.uploadsDir),
    },
    ImageStore,
  ],
  exports: [ImageStore],
})
export class MediaModule {}
