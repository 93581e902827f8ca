import { Controller, Delete, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { MembersService } from './members.service.js';
import { PHOTO_MAX_BYTES } from './photo-store.js';

/** Upload is plain multipart HTTP (field `photo`), with the same bearer token as GraphQL. */
@Controller('api/profile/photo')
@Allow(Access.SIGNED_IN)
export class PhotoController {
  constructor(private readonly members: MembersService) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(
    FileInterceptor('photo', { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 0 } }),
  )
  async upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<{ photoUrl: string }> {
    if (!file) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'PHOTO_MISSING',
        'photo is required',
        'photo',
      );
    }
    return { photoUrl: await this.members.setPhoto(viewer, file.buffer) };
  }

  @Delete()
  @HttpCode(200)
  async remove(@CurrentViewer() viewer: Viewer): Promise<{ photoUrl: null }> {
    await this.members.removePhoto(viewer);
    return { photoUrl: null };
  }
}
