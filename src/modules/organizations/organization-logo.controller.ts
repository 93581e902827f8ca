import {
  Controller,
  Delete,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { InvalidInputException } from '../../common/errors/app.exception.js';
import { ImageUploadInterceptor, uploadedImage } from '../media/image-upload.interceptor.js';
import { OrganizationsService } from './organizations.service.js';

const organizationId = new ParseUUIDPipe({
  exceptionFactory: () =>
    new InvalidInputException('organizationId', 'organizationId must be a UUID'),
});

/**
 * An organization's logo, for its owners and admins: multipart HTTP (field `logo`), with the same
 * bearer token as GraphQL.
 */
@Controller('api/organizations/:organizationId/logo')
@Allow(Access.SIGNED_IN)
export class OrganizationLogoController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(ImageUploadInterceptor('logos'))
  async upload(
    @Param('organizationId', organizationId) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<{ logoUrl: string }> {
    return { logoUrl: await this.organizations.setLogo(viewer, id, uploadedImage('logos', file)) };
  }

  @Delete()
  @HttpCode(200)
  async remove(
    @Param('organizationId', organizationId) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<{ logoUrl: null }> {
    await this.organizations.removeLogo(viewer, id);
    return { logoUrl: null };
  }
}
