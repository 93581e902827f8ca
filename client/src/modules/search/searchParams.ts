import type {
  BusinessStage,
  OpportunityKind,
  OrganizationType,
  SearchFilter,
  SearchResultType,
} from '../../generated/graphql';
import { ORGANIZATION_TYPES } from '../organizations/options';

export const RESULT_TYPES: readonly SearchResultType[] = ['MEMBER', 'ORGANIZATION', 'OPPORTUNITY'];

export const OPPORTUNITY_KINDS: readonly OpportunityKind[] = [
  'FUNDING',
  'SPACE',
  'JOB',
  'MENTORSHIP',
  'PROCUREMENT',
  'EVENT',
  'PARTNERSHIP',
  'CITY_SERVICE',
];

export const BUSINESS_STAGES: readonly BusinessStage[] = [
  'IDEA',
  'PRE_REVENUE',
  'EARLY_REVENUE',
  'GROWTH',
  'ESTABLISHED',
];

/** The page's state as the URL holds it, so that a view can be shared and the back button works. */
export interface SearchState {
  query: string;
  types: SearchResultType[];
  kinds: OpportunityKind[];
  sectors: string[];
  neighborhoods: string[];
  stages: BusinessStage[];
  organizationTypes: OrganizationType[];
  verifiedOnly: boolean;
  inMyNetwork: boolean;
}

/** The multi-valued filters, each under its own name in the URL (`?type=member&type=opportunity`). */
export type ListFilter =
  'types' | 'kinds' | 'sectors' | 'neighborhoods' | 'stages' | 'organizationTypes';

const PARAM: Record<ListFilter, string> = {
  types: 'type',
  kinds: 'kind',
  sectors: 'sector',
  neighborhoods: 'neighborhood',
  stages: 'stage',
  organizationTypes: 'orgType',
};

/** Enum values are lower-case in the URL; anything unknown is dropped, never sent to the server. */
function enumValues<T extends string>(params: URLSearchParams, name: string, known: readonly T[]) {
  const values = params.getAll(name).map((value) => value.toUpperCase());
  return known.filter((value) => values.includes(value));
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

export function searchStateFromParams(params: URLSearchParams): SearchState {
  return {
    query: params.get('q') ?? '',
    types: enumValues(params, PARAM.types, RESULT_TYPES),
    kinds: enumValues(params, PARAM.kinds, OPPORTUNITY_KINDS),
    sectors: unique(params.getAll(PARAM.sectors)),
    neighborhoods: unique(params.getAll(PARAM.neighborhoods)),
    stages: enumValues(params, PARAM.stages, BUSINESS_STAGES),
    organizationTypes: enumValues(params, PARAM.organizationTypes, ORGANIZATION_TYPES),
    verifiedOnly: params.get('verified') === '1',
    inMyNetwork: params.get('network') === '1',
  };
}

const ENUM_FILTERS: ReadonlySet<ListFilter> = new Set([
  'types',
  'kinds',
  'stages',
  'organizationTypes',
]);

export function paramsFromSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of Object.keys(PARAM) as ListFilter[]) {
    for (const value of state[filter]) {
      params.append(PARAM[filter], ENUM_FILTERS.has(filter) ? value.toLowerCase() : value);
    }
  }
  if (state.verifiedOnly) params.set('verified', '1');
  if (state.inMyNetwork) params.set('network', '1');
  return params;
}

/** The path of the results page for a query, with no filters. */
export function searchPath(query: string): string {
  return `/search?${paramsFromSearchState({ ...emptyFilters(), query: query.trim() }).toString()}`;
}

export function emptyFilters(): Omit<SearchState, 'query'> {
  return {
    types: [],
    kinds: [],
    sectors: [],
    neighborhoods: [],
    stages: [],
    organizationTypes: [],
    verifiedOnly: false,
    inMyNetwork: false,
  };
}

export function activeFilterCount(state: SearchState): number {
  return (
    (Object.keys(PARAM) as ListFilter[]).reduce((sum, filter) => sum + state[filter].length, 0) +
    (state.verifiedOnly ? 1 : 0) +
    (state.inMyNetwork ? 1 : 0)
  );
}

/** The filter as the API takes it: only what is set. */
export function searchFilter(state: SearchState, signedIn: boolean): SearchFilter {
  return {
    ...(state.types.length ? { types: state.types } : {}),
    ...(state.kinds.length ? { kinds: state.kinds } : {}),
    ...(state.sectors.length ? { sectors: state.sectors } : {}),
    ...(state.neighborhoods.length ? { neighborhoods: state.neighborhoods } : {}),
    ...(state.stages.length ? { stages: state.stages } : {}),
    ...(state.organizationTypes.length ? { organizationTypes: state.organizationTypes } : {}),
    ...(state.verifiedOnly ? { verifiedOnly: true } : {}),
    // "In my network" means nothing to a visitor who is not signed in.
    ...(state.inMyNetwork && signedIn ? { inMyNetwork: true } : {}),
  };
}
