import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppException, ErrorKind } from '../../common/errors/app.exception.js';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import { NAICS_SECTORS } from '../../common/taxonomy/naics-sectors.js';
import { BUSINESS_STAGES } from '../../common/taxonomy/need-offer-categories.js';
import { CityService } from '../city/city.service.js';
import { MembersService } from '../members/members.service.js';
import { DEFAULT_VISIBILITY } from '../members/profile.types.js';
import { toOpportunity } from '../opportunities/opportunity.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { SearchFilter } from './dto/search.args.js';
import type { SearchResultType } from './search-document.entity.js';
import type {
  FacetCount,
  SearchFacets,
  SearchHit,
  SearchResults,
  SearchTargetValue,
} from './search.model.js';
import { buildTsquery, openingOf, segmentsOf, tokenize } from './search-query.js';
import {
  SearchRepository,
  type DocumentFilter,
  type FacetRow,
  type HitRow,
} from './search.repository.js';
import { PeriodicJob } from '../../common/scheduling/periodic-job.js';

/** What the caller asked for beyond the page: counting reads more matches, so only on request. */
export interface SearchWants {
  totalCount: boolean;
  facets: boolean;
}

const LEXICON_SWEEP_MS = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Search across members, organizations and opportunities. A query of any length or characters
 * is searched, never refused: its words are extracted in code and matched through lexemes the
 * database produced (see search-query.ts). With no searchable words but some filter, results are
 * browsed newest first; with neither, there are none.
 */
@Injectable()
export class SearchService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SearchService.name);
  private readonly sweep = new PeriodicJob(
    'Lexicon sweep',
    LEXICON_SWEEP_MS,
    () => this.repository.pruneLexicon(),
    this.logger,
  );

  constructor(
    private readonly repository: SearchRepository,
    private readonly members: MembersService,
    private readonly organizations: OrganizationsService,
    private readonly city: CityService,
  ) {}

  onModuleInit(): void {
    this.sweep.start();
  }

  onModuleDestroy(): void {
    this.sweep.stop();
  }

  async search(
    viewer: Viewer | undefined,
    query: string,
    input: SearchFilter | undefined,
    first: number,
    after: string | undefined,
    wants: SearchWants,
  ): Promise<SearchResults> {
    const filter = this.documentFilter(input, viewer);
    const cursor = after === undefined ? null : parseCursor(after);
    const tokens = tokenize(query);
    const tsquery = tokens.length > 0 ? buildTsquery(await this.repository.analyze(tokens)) : null;
    if (tsquery === null && !filters(filter)) {
      return {
        nodes: [],
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount: 0,
        totalCountIsLowerBound: false,
        facets: this.facets([], false, viewer),
      };
    }
    const { hits, total, facets } = await this.repository.search({
      tsquery,
      viewerId: viewer?.id ?? null,
      filter,
      defaultLocationVisibility: DEFAULT_VISIBILITY.location,
      after: cursor,
      limit: first + 1,
      totalCount: wants.totalCount,
      facets: wants.facets,
    });
    const page = hits.slice(0, first);
    const last = page.at(-1);
    const nodes = await this.hydrate(page, tsquery, viewer);
    return {
      nodes,
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: last ? cursorOf(last) : null,
      },
      totalCount: total?.count ?? 0,
      totalCountIsLowerBound: total?.lowerBound ?? false,
      facets: this.facets(facets?.rows ?? [], facets?.lowerBound ?? false, viewer),
    };
  }

  /** The filter as the repository applies it; empty lists do not filter. */
  private documentFilter(input: SearchFilter | undefined, viewer: Viewer | undefined) {
    const unknown = input?.neighborhoods?.find((slug) => !this.city.hasNeighborhood(slug));
    if (unknown !== undefined) {
      throw new AppException(
        ErrorKind.BAD_USER_INPUT,
        'UNKNOWN_NEIGHBORHOOD',
        'filter.neighborhoods must be neighborhoods of the city',
        'filter.neighborhoods',
      );
    }
    if (input?.inMyNetwork && !viewer) {
      throw new AppException(
        ErrorKind.UNAUTHENTICATED,
        'SIGN_IN_REQUIRED',
        'Sign in to search within your network (filter.inMyNetwork)',
        'filter.inMyNetwork',
      );
    }
    const list = <T extends string>(values: T[] | undefined) =>
      values && values.length > 0 ? [...new Set(values)] : undefined;
    const filter: DocumentFilter = {
      types: list(input?.types),
      kinds: list(input?.kinds),
      sectors: list(input?.sectors),
      neighborhoods: list(input?.neighborhoods),
      stages: list(input?.stages),
      organizationTypes: list(input?.organizationTypes),
      verifiedOnly: input?.verifiedOnly === true,
      inMyNetwork: input?.inMyNetwork === true,
    };
    return filter;
  }

  /** Each hit as its GraphQL object, as the viewer may see it, with its snippet. */
  private async hydrate(
    page: HitRow[],
    tsquery: string | null,
    viewer: Viewer | undefined,
  ): Promise<SearchHit[]> {
    const idsOf = (type: SearchResultType) =>
      page.filter((hit) => hit.type === type).map((hit) => hit.id);
    const [members, organizations, opportunities, snippets] = await Promise.all([
      this.members.profiles(idsOf('MEMBER'), viewer),
      this.organizations.organizationsByIds(idsOf('ORGANIZATION'), viewer),
      this.repository.publishedOpportunities(idsOf('OPPORTUNITY')),
      this.repository.snippets(
        page.map((hit) => hit.id),
        tsquery,
      ),
    ]);
    const targets = new Map<string, SearchTargetValue>([
      ...members.map((member) => [member.id, member] as const),
      ...organizations.map((organization) => [organization.id, organization] as const),
      ...opportunities.map((row) => [row.id, toOpportunity(row)] as const),
    ]);
    // A hit gone since the page was read (deleted, blocked, unpublished) is left out.
    return page.flatMap((hit) => {
      const target = targets.get(hit.id);
      if (!target) return [];
      const marked = snippets.get(hit.id) ?? '';
      return [
        {
          target,
          score: hit.score,
          snippet: tsquery === null ? plain(openingOf(marked)) : segmentsOf(marked),
        },
      ];
    });
  }

  /**
   * Facet counts from the grouped rows: each facet counts the matches that pass every other
   * filter. Opportunities open to any sector or stage, and citywide ones, count under every
   * value, as a filter on any of them finds them.
   */
  private facets(rows: FacetRow[], lowerBounds: boolean, viewer: Viewer | undefined): SearchFacets {
    const scalars = rows.filter((row) => row.facet === 'scalars');
    const tally = (
      groups: FacetRow[],
      values: (row: FacetRow) => readonly (string | null)[],
    ): FacetCount[] => {
      const counts = new Map<string, number>();
      for (const row of groups) {
        for (const value of new Set(values(row))) {
          if (value !== null) counts.set(value, (counts.get(value) ?? 0) + row.n);
        }
      }
      return [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    };
    const list = (facet: FacetRow['facet']) =>
      rows.filter((row) => row.facet === facet && row.pass);
    const results = scalars.filter((row) => row.p_all);
    const sum = (groups: FacetRow[]) => groups.reduce((total, row) => total + row.n, 0);
    const allSectors = NAICS_SECTORS.map((sector) => sector.code);
    const allNeighborhoods = this.city.city().neighborhoods.map((n) => n.slug);
    return {
      types: tally(
        scalars.filter((row) => row.p_type),
        (row) => [row.type],
      ),
      kinds: tally(
        scalars.filter((row) => row.p_kind),
        (row) => [row.kind],
      ),
      sectors: tally(list('sectors'), (row) => (row.any_sector ? allSectors : (row.sectors ?? []))),
      neighborhoods: tally(list('neighborhoods'), (row) =>
        row.citywide ? allNeighborhoods : (row.neighborhoods ?? []),
      ),
      stages: tally(list('stages'), (row) =>
        row.any_stage ? BUSINESS_STAGES : (row.stages ?? []),
      ),
      organizationTypes: tally(
        scalars.filter((row) => row.p_organization_type),
        (row) => [row.organization_type],
      ),
      // Yes-or-no filters narrowed the matches: these count the results.
      verified: sum(results.filter((row) => row.verified)),
      inMyNetwork: viewer ? sum(results.filter((row) => row.in_net)) : null,
      countsAreLowerBounds: lowerBounds,
    };
  }
}

function filters(filter: DocumentFilter): boolean {
  return (
    filter.verifiedOnly ||
    filter.inMyNetwork ||
    [
      filter.types,
      filter.kinds,
      filter.sectors,
      filter.neighborhoods,
      filter.stages,
      filter.organizationTypes,
    ].some((values) => values !== undefined)
  );
}

const plain = (text: string) => (text ? [{ text, highlighted: false }] : []);

/** Keyset cursor: the exact score, the browsing date and the id of the last hit. */
function cursorOf(hit: HitRow): string {
  return encodeCursor(`${hit.scoreKey}|${new Date(hit.sortAt).toISOString()}`, hit.id);
}

function parseCursor(after: string): { scoreKey: string; sortAt: string; id: string } {
  const [key, id] = decodeCursor(after);
  const [scoreKey, sortAt] = key.split('|');
  if (
    UUID.test(id) &&
    scoreKey !== undefined &&
    sortAt !== undefined &&
    Number.isFinite(Number(scoreKey)) &&
    !Number.isNaN(Date.parse(sortAt))
  ) {
    return { scoreKey, sortAt, id };
  }
  throw new AppException(
    ErrorKind.BAD_USER_INPUT,
    'BAD_CURSOR',
    'after is not a valid cursor',
    'after',
  );
}
