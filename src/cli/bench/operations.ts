/**
 * The operations `npm run bench` measures: the GraphQL documents the client's pages send for what
 * users hit most, and how the baseline builds each response (by hand from the rows, or by
 * replaying the statements and sending the body the API gave for those arguments).
 */

// The client's network fragments (NetworkMemberFields, ViewerConnectionFields), inlined.
const VIEWER_CONNECTION =
  'degree mutualConnectionCount viewerConnection { state requestId canRequest blocked }';
const MEMBER = 'id handle displayName headline photoUrl';
const ORGANIZATION = 'id slug name type verified';
const OPPORTUNITY = 'id kind title deadline';

export const DOCUMENTS = {
  // The landing page: client/src/modules/city/graphql/City.graphql.
  city: `query City($locale: String) {
    city(locale: $locale) {
      name slug tagline locale defaultLocale
      languages { code name }
      neighborhoods { slug name }
      sectors { code name featured }
      pitch { key title summary facts { label value source { name url } } }
    } }`,
  // A connection's profile page: who they are, where they work, and 20 of their connections.
  profile: `query Profile($handle: String!, $memberId: ID!, $first: Int!) {
    member(handle: $handle) {
      id handle displayName headline bio photoUrl isConnector languages sectors stage
      location { neighborhood city country }
      needs { id category text }
      offers { id category text }
      ${VIEWER_CONNECTION}
      organizations { role organization { id slug name verified logoUrl } }
    }
    connections(memberId: $memberId, first: $first) {
      nodes { id handle displayName headline photoUrl isConnector mutualConnectionCount }
      pageInfo { hasNextPage endCursor }
    } }`,
  search: `query Search($query: String!, $filter: SearchFilter, $first: Int!) {
    search(query: $query, filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        score
        snippet { text highlighted }
        target {
          __typename
          ... on Member { ${MEMBER} }
          ... on Organization { ${ORGANIZATION} }
          ... on Opportunity { ${OPPORTUNITY} }
        }
      }
      facets {
        types { value count } kinds { value count } sectors { value count }
        neighborhoods { value count } stages { value count } organizationTypes { value count }
        verified inMyNetwork
      }
    } }`,
  recommendations: `query ForYou($first: Int!) {
    recommendations(first: $first) {
      score
      reasons { code text category offerText sector stage neighborhood language count deadline }
      connectors { ${MEMBER} }
      target {
        __typename
        ... on Member { ${MEMBER} }
        ... on Organization { ${ORGANIZATION} }
        ... on Opportunity { ${OPPORTUNITY} }
      }
    } }`,
  // client/src/modules/connections/graphql/PeopleYouMayKnow.graphql.
  peopleYouMayKnow: `query PeopleYouMayKnow($first: Int!) {
    peopleYouMayKnow(first: $first) {
      mutualConnectionCount
      member { id handle displayName headline photoUrl isConnector ${VIEWER_CONNECTION} }
      reasons { code text count category sector neighborhood }
    } }`,
  // client/src/modules/connections/graphql/IntroductionPath.graphql.
  introductionPath: `query IntroductionPath($memberId: ID!) {
    introductionPath(memberId: $memberId) { degree members { id handle displayName isConnector } } }`,
} as const;

export type OperationName = keyof typeof DOCUMENTS;
export const OPERATION_NAMES = Object.keys(DOCUMENTS) as OperationName[];

/** The latency targets (p95, milliseconds), and the throughput target of the profile. */
export const P95_TARGETS: Partial<Record<OperationName, number>> = {
  search: 30,
  recommendations: 50,
  peopleYouMayKnow: 50,
  introductionPath: 100,
};
export const PROFILE_RATIO_TARGET = 0.35;

/**
 * How the baseline answers: `mapped` builds the JSON from the rows by hand; `replayed` runs the
 * same statements and sends the body the API gave for those arguments, because building it
 * would mean writing the search ranking or the recommendation scoring a second time.
 */
export const BASELINE_KIND: Record<OperationName, 'mapped' | 'replayed'> = {
  city: 'mapped',
  profile: 'mapped',
  search: 'replayed',
  recommendations: 'replayed',
  peopleYouMayKnow: 'mapped',
  introductionPath: 'mapped',
};

/** What people type in the search box: words, phrases, a place, a typo, a short prefix. */
export const SEARCH_QUERIES = [
  'funding',
  'small business loan',
  'kitchen space',
  'software engineer',
  'mentorship',
  'restaurant',
  'dorchester',
  'grant',
  'mentorshp',
  'bak',
];

/** One request: an operation, its variables, and who sends it (-1: signed out). */
export interface Call {
  readonly operation: OperationName;
  readonly variables: Record<string, unknown>;
  readonly viewer: number;
}

/** The HTTP body of a call: the same bytes go to the API and to the baseline. */
export function bodyOf(call: Call): string {
  return JSON.stringify({ query: DOCUMENTS[call.operation], variables: call.variables });
}
