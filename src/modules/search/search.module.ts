import { Module } from '@nestjs/common';
import { CityModule } from '../city/city.module.js';
import { MembersModule } from '../members/members.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** search(query, filter): one table kept in step by triggers, read with one statement. */
@Module({
  imports: [CityModule, MembersModule, OrganizationsModule],
  providers: [SearchRepository, SearchService, SearchResolver],
})
export class SearchModule {}
