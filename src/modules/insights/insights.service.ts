import { Injectable } from '@nestjs/common';
import { NAICS_SECTOR_CODES } from '../../common/taxonomy/naics-sectors.js';
import { CityService } from '../city/city.service.js';
import type { InsightsFilter } from './dto/insights.args.js';
import { InsightsErrorCode, InsightsException } from './insights.exception.js';
import type { EcosystemInsights } from './insights.model.js';
import { InsightsReport } from './insights.report.js';
import { InsightsRepository, type InsightsScope } from './insights.repository.js';

/**
 * The ecosystem insights city staff read: what the network's own data says about where the
 * city's economy needs help. Only counts, never a member's name.
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly repository: InsightsRepository,
    private readonly city: CityService,
  ) {}

  async ecosystem(
    filter: InsightsFilter | undefined,
    locale: string | undefined,
  ): Promise<EcosystemInsights> {
    // The city in the requested language; an unknown language is refused naming `locale`.
    const city = this.city.city(locale);
    const scope = this.scopeOf(filter);
    const generatedAt = new Date();
    const rows = await this.repository.aggregates(scope);
    return new InsightsReport(rows, scope, city, generatedAt).build();
  }

  private scopeOf(filter: InsightsFilter | undefined): InsightsScope {
    const scope: InsightsScope = {
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      sector: filter?.sector ?? null,
      neighborhood: filter?.neighborhood ?? null,
    };
    if (scope.from && scope.to && scope.from.getTime() > scope.to.getTime()) {
      throw new InsightsException(
        InsightsErrorCode.RANGE_REVERSED,
        'filter.from must not be later than filter.to',
        'filter.from',
      );
    }
    if (scope.sector !== null && !NAICS_SECTOR_CODES.has(scope.sector)) {
      throw new InsightsException(
        InsightsErrorCode.UNKNOWN_SECTOR,
        'filter.sector must be a NAICS 2-digit sector code, such as 54 or 31-33',
        'filter.sector',
      );
    }
    if (scope.neighborhood !== null && !this.city.hasNeighborhood(scope.neighborhood)) {
      throw new InsightsException(
        InsightsErrorCode.UNKNOWN_NEIGHBORHOOD,
        'filter.neighborhood must be a neighborhood of the city',
        'filter.neighborhood',
      );
    }
    return scope;
  }
}
