import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { OpenDataService, type DatasetName, type StatsDocument } from './open-data.service.js';
import type { DatasetDoc } from './open-data.fields.js';

/** Shared caches may keep the data a few minutes; the documentation changes with releases. */
const DATA_CACHE = 'public, max-age=300';
const DOCUMENTATION_CACHE = 'public, max-age=3600';

/**
 * The city's open data, for anyone: verified organizations and published opportunities (CSV and
 * JSON), statistics with small cells suppressed, and the documentation of every field.
 */
@Controller('open-data')
@Allow(Access.PUBLIC)
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('organizations.json')
  organizationsJson(@Res({ passthrough: true }) response: Response) {
    return this.json('organizations', response);
  }

  @Get('organizations.csv')
  organizationsCsv(@Res({ passthrough: true }) response: Response): Promise<string> {
    return this.csv('organizations', response);
  }

  @Get('opportunities.json')
  opportunitiesJson(@Res({ passthrough: true }) response: Response) {
    return this.json('opportunities', response);
  }

  @Get('opportunities.csv')
  opportunitiesCsv(@Res({ passthrough: true }) response: Response): Promise<string> {
    return this.csv('opportunities', response);
  }

  @Get('stats.json')
  async stats(@Res({ passthrough: true }) response: Response): Promise<StatsDocument> {
    const stats = await this.openData.stats();
    setHeaders(response, 'application/json; charset=utf-8', DATA_CACHE);
    return stats;
  }

  @Get('fields.json')
  fields(@Res({ passthrough: true }) response: Response): { datasets: readonly DatasetDoc[] } {
    setHeaders(response, 'application/json; charset=utf-8', DOCUMENTATION_CACHE);
    return this.openData.fields();
  }

  private async json(name: DatasetName, response: Response) {
    const { generatedAt, count, records } = await this.openData.dataset(name);
    setHeaders(response, 'application/json; charset=utf-8', DATA_CACHE);
    return { generatedAt, count, fields: '/open-data/fields.json', [name]: records };
  }

  private async csv(name: DatasetName, response: Response): Promise<string> {
    const csv = this.openData.csv(name, await this.openData.dataset(name));
    setHeaders(response, 'text/csv; charset=utf-8', DATA_CACHE);
    response.setHeader('Content-Disposition', `inline; filename="${name}.csv"`);
    return csv;
  }
}

/** Set once the answer is ready, so that no cache keeps an error under the data's address. */
function setHeaders(response: Response, contentType: string, cacheControl: string): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Access-Control-Allow-Origin', '*');
}
