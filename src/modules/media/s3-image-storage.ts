import { Readable } from 'node:stream';
import type { OnApplicationShutdown } from '@nestjs/common';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Config } from '../../config/app-config.js';
import { IMMUTABLE_CACHE_CONTROL, type ImageKind } from './image-kinds.js';
import type { ImageStorage, StoredImage } from './image-storage.js';

/** Images as objects `<kind>/<key>` in a bucket of AWS S3 or of an S3-compatible server. */
export class S3ImageStorage implements ImageStorage, OnApplicationShutdown {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // Several S3-compatible servers refuse the CRC checksums the SDK adds by default (since
      // 3.729): send them only where S3 requires one.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  async put(kind: ImageKind, key: string, image: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: `${kind}/${key}`,
        Body: image,
        ContentType: 'image/webp',
        CacheControl: IMMUTABLE_CACHE_CONTROL,
      }),
    );
  }

  async open(kind: ImageKind, key: string): Promise<StoredImage | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: `${kind}/${key}` }),
      );
      if (!(object.Body instanceof Readable)) {
        throw new Error(`S3 answered ${kind}/${key} without a readable body`);
      }
      return { stream: object.Body, length: object.ContentLength };
    } catch (error) {
      // Only a missing key: a missing bucket or refused credentials must not look like a 404.
      if (error instanceof S3ServiceException && error.name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(kind: ImageKind, key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: `${kind}/${key}` }));
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
