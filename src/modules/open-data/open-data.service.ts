import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import {
  inLocale,
  NOT_STATED,
  NOT_STATED_LABEL,
  OPPORTUNITY_KIND_LABELS,
  ORGANIZATION_TYPE_LABELS,
  STAGE_LABELS,
} from '../../common/taxonomy/labels.js';
import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import { BUSINESS_STAGES } from '../../common/taxonomy/need-offer-categories.js';
import { OPPORTUNITY_KINDS } from '../../common/taxonomy/opportunity-kinds.js';
import { CityService } from '../city/city.service.js';
import { escapeFormula, toCsv } from './csv.js';
import {
  DATASETS,
  OPPORTUNITY_FIELDS,
  ORGANIZATION_FIELDS,
  STATS_TABLES,
  type DatasetDoc,
  type FieldDoc,
  type StatsTableKey,
} from './open-data.fields.js';
import {
  OpenDataRepository,
  type OpportunityRow,
  type OrganizationRow,
} from './open-data.repository.js';
import { suppressSmallCells, type CountCell, type PublishedTable } from './suppression.js';

/** No published cell counts fewer people than this. */
export const SUPPRESSION_THRESHOLD = 5;

export type OpenValue = string | number | boolean | string[] | null;
/** One record of a dataset: exactly its documented fields, in their order. */
export type OpenRecord = Record<string, OpenValue>;

export interface OpenDataset {
  generatedAt: string;
  count: number;
  records: OpenRecord[];
}

export interface StatsTable extends PublishedTable {
  key: StatsTableKey;
  title: string;
  unit: string;
}

export interface StatsDocument {
  generatedAt: string;
  suppressionThreshold: number;
  tables: StatsTable[];
}

export type DatasetName = 'organizations' | 'opportunities';

const FIELDS: Record<DatasetName, readonly FieldDoc[]> = {
  organizations: ORGANIZATION_FIELDS,
  opportunities: OPPORTUNITY_FIELDS,
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The city's open data: public fields of verified organizations and published opportunities,
 * and counts in which no cell shows fewer than five people. Members never appear by name.
 */
@Injectable()
export class OpenDataService {
  private readonly baseUrl: string;

  constructor(
    private readonly repository: OpenDataRepository,
    private readonly city: CityService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.baseUrl = config.publicUrl ?? '';
  }

  async dataset(name: DatasetName): Promise<OpenDataset> {
    const generatedAt = new Date().toISOString();
    const records =
      name === 'organizations'
        ? (await this.repository.organizations()).map((row) => this.organization(row))
        : (await this.repository.opportunities()).map((row) => this.opportunity(row));
    return { generatedAt, count: records.length, records };
  }

  /** The same records as CSV: one column per documented field, in the same order. */
  csv(name: DatasetName, dataset: OpenDataset): string {
    const fields = FIELDS[name];
    return toCsv(
      fields.map((f) => f.name),
      dataset.records.map((record) => fields.map((f) => csvField(record[f.name]))),
    );
  }

  async stats(): Promise<StatsDocument> {
    const generatedAt = new Date().toISOString();
    const rows = await this.repository.stats();
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(`${row.table} ${row.key}`, row.value);
    const city = this.city.city();
    const label = (text: Parameters<typeof inLocale>[0]) => inLocale(text, city.locale);
    const sectorNames = new Map(city.sectors.map((sector) => [sector.code, sector.name]));
    const notStated = { key: NOT_STATED, label: label(NOT_STATED_LABEL) };
    const buckets: Record<StatsTableKey, { key: string; label: string }[]> = {
      members_by_sector: [
        ...NAICS_SECTORS.map(({ code }) => ({ key: code, label: sectorNames.get(code) ?? code })),
        notStated,
      ],
      members_by_neighborhood: [
        ...city.neighborhoods.map(({ slug, name }) => ({ key: slug, label: name })),
        notStated,
      ],
      members_by_stage: [
        ...BUSINESS_STAGES.map((stage) => ({ key: stage, label: label(STAGE_LABELS[stage]) })),
        notStated,
      ],
      organizations_by_type: Object.entries(ORGANIZATION_TYPE_LABELS).map(([key, text]) => ({
        key,
        label: label(text),
      })),
      opportunities_by_kind: OPPORTUNITY_KINDS.map((kind) => ({
        key: kind,
        label: label(OPPORTUNITY_KIND_LABELS[kind]),
      })),
    };
    const tables = (Object.keys(STATS_TABLES) as StatsTableKey[]).map((key): StatsTable => {
      const known = new Set(buckets[key].map((bucket) => bucket.key));
      // Keys the city profile no longer lists (a renamed neighborhood) keep their own cell.
      const others = rows
        .filter((row) => row.table === key && !known.has(row.key))
        .map((row) => ({ key: row.key, label: row.key }));
      const cells: CountCell[] = [...buckets[key], ...others].map((bucket) => ({
        ...bucket,
        value: counts.get(`${key} ${bucket.key}`) ?? 0,
      }));
      const table = STATS_TABLES[key];
      return {
        key,
        title: label(table.title),
        unit: table.unit,
        ...(table.suppressed
          ? suppressSmallCells(cells, SUPPRESSION_THRESHOLD)
          : unsuppressed(cells)),
      };
    });
    return { generatedAt, suppressionThreshold: SUPPRESSION_THRESHOLD, tables };
  }

  fields(): { datasets: readonly DatasetDoc[] } {
    return { datasets: DATASETS };
  }

  private organization(row: OrganizationRow): OpenRecord {
    return {
      slug: row.slug,
      name: row.name,
      type: row.type,
      sectors: row.sectors,
      neighborhood: row.neighborhood,
      website: row.website || null,
      description: row.description,
      foundedYear: row.founded_year,
      sizeBand: row.size_band,
      verifiedOn: day(row.verified_at),
      url: `${this.baseUrl}/o/${row.slug}`,
    };
  }

  private opportunity(row: OpportunityRow): OpenRecord {
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      subkind: row.subkind,
      description: row.description,
      eligibility: row.eligibility,
      categories: row.categories,
      sectors: row.sectors,
      stages: row.stages,
      neighborhoods: row.neighborhoods,
      citywide: row.citywide,
      remote: row.remote,
      amountMin: row.amount_min,
      amountMax: row.amount_max,
      sizeSqFt: row.size_sq_ft,
      deadline: row.deadline ? row.deadline.toISOString() : null,
      externalUrl: row.external_url || null,
      publishedOn: day(row.published_at),
      organization: row.organization_slug,
      organizationName: row.organization_name,
      url: `${this.baseUrl}/opportunities/${row.id}`,
    };
  }
}

/**
 * A value as a CSV field: null empty, a list joined by ";", booleans and numbers as written, and
 * text that a spreadsheet would run as a formula escaped.
 */
function csvField(value: OpenValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return escapeFormula(value.join(';'));
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return escapeFormula(value);
}

function unsuppressed(cells: readonly CountCell[]): PublishedTable {
  return {
    total: { value: cells.reduce((sum, cell) => sum + cell.value, 0), suppressed: false },
    cells: cells.map((cell) => ({ ...cell, suppressed: false })),
  };
}
