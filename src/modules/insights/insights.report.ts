import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import {
  BUSINESS_STAGES,
  NEED_OFFER_CATEGORIES,
} from '../../common/taxonomy/need-offer-categories.js';
import {
  CATEGORY_LABELS,
  inLocale,
  NOT_STATED,
  ORGANIZATION_TYPE_LABELS,
  OUTCOME_LABELS,
  STAGE_LABELS,
  type Localized,
} from '../../common/taxonomy/labels.js';
import { OUTCOME_KINDS, type OutcomeKind } from '../../common/taxonomy/outcomes.js';
import type { City } from '../city/city.model.js';
import type { AggregateRow, InsightsScope } from './insights.repository.js';
import { EcosystemInsights, InsightFigure, InsightPoint, InsightSeries } from './insights.model.js';
import {
  FIGURE_TEXTS,
  FUNNEL_STEPS,
  NOT_STATED_LABELS,
  SERIES_TEXTS,
  type FigureKey,
  type InsightText,
  type SeriesKey,
} from './insights.texts.js';

/** A bucket of a composition: its stable key and its name in the report's language. */
interface Bucket {
  key: string;
  label: string;
}

/** The outcome kinds charted month by month of their own, with their series. */
const OUTCOMES_BY_MONTH: readonly [OutcomeKind, SeriesKey][] = [
  ['HIRE', 'outcomes_hires_by_month'],
  ['FUNDING', 'outcomes_funding_by_month'],
  ['SPACE', 'outcomes_space_by_month'],
  ['RELOCATION', 'outcomes_relocations_by_month'],
];

const ORGANIZATION_TYPES = Object.keys(ORGANIZATION_TYPE_LABELS);

/** YYYY-MM of an instant, in UTC (as the statements bucket months). */
export const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

/** Every month from `first` to `last` (YYYY-MM, both included); none when `first` is later. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Turns the repository's aggregates into the report: the buckets every chart shows (zeros
 * included, in the taxonomy's order), months filled in, running totals, and the texts in the
 * city's language. No counting happens here: every number comes from the database.
 */
export class InsightsReport {
  private readonly values = new Map<string, Map<string | null, number | null>>();
  private readonly language: 'en' | 'es';

  constructor(
    rows: readonly AggregateRow[],
    private readonly scope: InsightsScope,
    private readonly city: City,
    private readonly now: Date,
  ) {
    for (const row of rows) {
      let series = this.values.get(row.series);
      if (!series) this.values.set(row.series, (series = new Map<string | null, number | null>()));
      series.set(row.key, row.value);
    }
    this.language = city.locale === 'es' ? 'es' : 'en';
  }

  build(): EcosystemInsights {
    const months = this.months();
    const membersNew = this.monthly('members_new', months);
    const organizationsNew = this.monthly('organizations_new', months);
    const outcomes = this.monthly('outcomes_by_month', months);
    const membersNewTotal = this.sumOf('members_new');
    const organizationsNewTotal = this.sumOf('organizations_new');
    const needs = this.single('member_needs') ?? 0;
    const unmet = this.single('unmet_needs') ?? 0;

    const figures: Record<FigureKey, number | null> = {
      members_total: (this.single('members_before') ?? 0) + membersNewTotal,
      members_new: membersNewTotal,
      organizations_total: (this.single('organizations_before') ?? 0) + organizationsNewTotal,
      organizations_new: organizationsNewTotal,
      members_connected_share: this.single('members_connected_share'),
      members_cross_sector_share: this.single('members_cross_sector_share'),
      median_days_to_first_connection: this.single('median_days_to_first_connection'),
      median_days_to_complete_introduction: this.single('median_days_to_complete_introduction'),
      member_needs: needs,
      unmet_needs: unmet,
      unmet_needs_share: needs > 0 ? Math.round((1000 * unmet) / needs) / 10 : null,
      outcomes_total: this.sumOf('outcomes_by_month'),
    };

    const sectors = this.sectorBuckets();
    const neighborhoods = this.neighborhoodBuckets();
    const stages = this.buckets(BUSINESS_STAGES, STAGE_LABELS, NOT_STATED_LABELS.stage);
    const categories = this.buckets(NEED_OFFER_CATEGORIES, CATEGORY_LABELS);
    const types = this.buckets(ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS);
    const outcomeKinds = this.buckets(
      OUTCOME_KINDS.filter((kind) => kind !== 'NONE'),
      OUTCOME_LABELS,
    );
    const funnel = this.buckets(Object.keys(FUNNEL_STEPS), FUNNEL_STEPS);

    const series: Record<SeriesKey, InsightPoint[]> = {
      members_new_by_month: membersNew,
      members_total_by_month: runningTotal(membersNew, this.single('members_before') ?? 0),
      organizations_new_by_month: organizationsNew,
      organizations_total_by_month: runningTotal(
        organizationsNew,
        this.single('organizations_before') ?? 0,
      ),
      members_by_sector: this.composition('members_by_sector', sectors),
      members_by_neighborhood: this.composition('members_by_neighborhood', neighborhoods),
      members_by_stage: this.composition('members_by_stage', stages),
      organizations_by_sector: this.composition('organizations_by_sector', sectors),
      organizations_by_neighborhood: this.composition(
        'organizations_by_neighborhood',
        neighborhoods,
      ),
      organizations_by_type: this.composition('organizations_by_type', types),
      needs_by_category: this.composition('needs_by_category', categories),
      offers_by_category: this.composition('offers_by_category', categories),
      unmet_needs_by_sector: this.composition('unmet_needs_by_sector', sectors),
      unmet_needs_by_neighborhood: this.composition('unmet_needs_by_neighborhood', neighborhoods),
      unmet_needs_by_category: this.composition('unmet_needs_by_category', categories),
      introductions_funnel: this.composition('introductions_funnel', funnel),
      outcomes_by_month: outcomes,
      outcomes_by_kind: this.composition('outcomes_by_kind', outcomeKinds),
      outcomes_hires_by_month: [],
      outcomes_funding_by_month: [],
      outcomes_space_by_month: [],
      outcomes_relocations_by_month: [],
    };
    for (const [kind, key] of OUTCOMES_BY_MONTH) {
      series[key] = this.monthlyOfKind(kind, months);
    }

    return Object.assign(new EcosystemInsights(), {
      generatedAt: this.now,
      figures: (Object.keys(FIGURE_TEXTS) as FigureKey[]).map((key) =>
        Object.assign(new InsightFigure(), {
          key,
          ...this.text(FIGURE_TEXTS[key]),
          value: figures[key],
        }),
      ),
      series: (Object.keys(SERIES_TEXTS) as SeriesKey[]).map((key) =>
        Object.assign(new InsightSeries(), {
          key,
          ...this.text(SERIES_TEXTS[key]),
          points: series[key],
        }),
      ),
    });
  }

  private text(text: InsightText) {
    const { title, definition } = text[this.language];
    return { title, definition, unit: text.unit };
  }

  private single(series: string): number | null {
    return this.values.get(series)?.get(null) ?? null;
  }

  private sumOf(series: string): number {
    let sum = 0;
    for (const value of this.values.get(series)?.values() ?? []) sum += value ?? 0;
    return sum;
  }

  /**
   * The months of the period: from its start (or the first month anything was created) to its
   * end (or this month).
   */
  private months(): string[] {
    const seen = [...this.values.entries()]
      .filter(([series]) =>
        ['members_new', 'organizations_new', 'outcomes_by_month'].includes(series),
      )
      .flatMap(([, values]) => [...values.keys()])
      .filter((key): key is string => key !== null);
    const earliest = this.values.get('earliest_month')?.keys().next().value;
    if (typeof earliest === 'string') seen.push(earliest);
    const first = this.scope.from ? monthOf(this.scope.from) : seen.sort()[0];
    if (!first) return [];
    return monthsBetween(first, monthOf(this.scope.to ?? this.now));
  }

  private monthly(series: string, months: readonly string[]): InsightPoint[] {
    const values = this.values.get(series);
    return months.map((month) => point(month, month, values?.get(month) ?? 0));
  }

  private monthlyOfKind(kind: OutcomeKind, months: readonly string[]): InsightPoint[] {
    const values = this.values.get('outcomes_by_kind_and_month');
    return months.map((month) => point(month, month, values?.get(`${kind} ${month}`) ?? 0));
  }

  /** Every bucket, zeros included; keys the city no longer lists come after, as they are. */
  private composition(series: string, buckets: readonly Bucket[]): InsightPoint[] {
    const values = this.values.get(series) ?? new Map<string | null, number | null>();
    const known = new Set(buckets.map((bucket) => bucket.key));
    const others = [...values.keys()]
      .filter((key): key is string => key !== null && !known.has(key))
      .sort();
    return [
      ...buckets.map((bucket) => point(bucket.key, bucket.label, values.get(bucket.key) ?? 0)),
      ...others.map((key) => point(key, key, values.get(key) ?? 0)),
    ];
  }

  private buckets(
    keys: readonly string[],
    labels: Readonly<Record<string, Localized>>,
    notStated?: Localized,
  ): Bucket[] {
    const buckets = keys.map((key) => ({ key, label: inLocale(labels[key], this.language) }));
    if (notStated) buckets.push({ key: NOT_STATED, label: inLocale(notStated, this.language) });
    return buckets;
  }

  /** NAICS order, with the sector names in the city's language. */
  private sectorBuckets(): Bucket[] {
    const names = new Map(this.city.sectors.map((sector) => [sector.code, sector.name]));
    return [
      ...NAICS_SECTORS.map(({ code }) => ({ key: code, label: names.get(code) ?? code })),
      { key: NOT_STATED, label: inLocale(NOT_STATED_LABELS.sector, this.language) },
    ];
  }

  /** The city profile's order. */
  private neighborhoodBuckets(): Bucket[] {
    return [
      ...this.city.neighborhoods.map(({ slug, name }) => ({ key: slug, label: name })),
      { key: NOT_STATED, label: inLocale(NOT_STATED_LABELS.neighborhood, this.language) },
    ];
  }
}

function point(key: string, label: string, value: number | null): InsightPoint {
  return Object.assign(new InsightPoint(), { key, label, value: value ?? 0 });
}

/** Members (or organizations) at the end of each month: those before, then each month's new. */
function runningTotal(added: readonly InsightPoint[], before: number): InsightPoint[] {
  let total = before;
  return added.map((month) => point(month.key, month.label, (total += month.value)));
}
