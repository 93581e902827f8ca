import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MediaModule } from '../media/media.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { MemberAffiliationsResolver } from './member-affiliations.resolver.js';
import { OrganizationLogoController } from './organization-logo.controller.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [CityModule, MediaModule, MembersModule, NotificationsModule],
  controllers: [OrganizationLogoController],
  providers: [
    OrganizationsRepository,
    OrganizationsService,
    OrganizationsResolver,
    MemberAffiliationsResolver,
  ],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
