import { Controller, Delete, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ImageUploadInterceptor, uploadedImage } from '../media/image-upload.interceptor.js';
import { MembersService } from './members.service.js';

/** Upload is plain multipart HTTP (field `photo`), with the same bearer token as GraphQL. */
@Controller('api/profile/photo')
@Allow(Access.SIGNED_IN)
export class PhotoController {
  constructor(private readonly members: MembersService) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(ImageUploadInterceptor('photos'))
  async upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<{ photoUrl: string }> {
    return { photoUrl: await this.members.setPhoto(viewer, uploadedImage('photos', file)) };
  }

  @Delete()
  @HttpCode(200)
  async remove(@CurrentViewer() viewer: Viewer): Promise<{ photoUrl: null }> {
    await this.members.removePhoto(viewer);
    return { photoUrl: null };
  }
}
