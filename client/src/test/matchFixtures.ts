import type { MockLink } from '@apollo/client/testing';
import type { GraphQLError } from 'graphql';
import { searchOpportunity } from './searchFixtures';
import {
  DismissMatchDocument,
  RecommendationsDocument,
  UndismissMatchDocument,
  type MatchDismissReason,
  type MatchFieldsFragment,
  type MatchKind,
  type MatchMemberFieldsFragment,
  type MatchOrganizationFieldsFragment,
  type MatchReasonCode,
} from '../generated/graphql';

type Match = MatchFieldsFragment;
type Reason = Match['reasons'][number];
type Connector = Match['connectors'][number];

/** A member as a match card shows them; the handle comes from the name ("Dee Díaz" → dee-diaz). */
export function matchMember(
  id: string,
  displayName: string,
  extra: Partial<MatchMemberFieldsFragment> = {},
): MatchMemberFieldsFragment {
  return {
    __typename: 'Member',
    id,
    handle: handleOf(displayName),
    displayName,
    headline: '',
    photoUrl: null,
    isConnector: false,
    degree: null,
    ...extra,
  };
}

export function matchOrganization(
  name: string,
  extra: Partial<MatchOrganizationFieldsFragment> = {},
): MatchOrganizationFieldsFragment {
  const slug = handleOf(name);
  return {
    __typename: 'Organization',
    id: `org-${slug}`,
    slug,
    name,
    type: 'SMALL_BUSINESS',
    logoUrl: null,
    verified: false,
    neighborhood: null,
    ...extra,
  };
}

/** An opportunity as a match card shows it: the same fields as a search result. */
export const matchOpportunity = searchOpportunity;

export function connector(id: string, displayName: string): Connector {
  return { __typename: 'Member', id, handle: handleOf(displayName), displayName, photoUrl: null };
}

/** A reason; `code` may be one this client does not know yet, as a newer server could send. */
export function matchReason(
  code: MatchReasonCode | 'SPOKE_AT_SAME_EVENT',
  text: string,
  details: Partial<Omit<Reason, 'code' | 'text'>> = {},
): Reason {
  return {
    __typename: 'MatchReason',
    code: code as MatchReasonCode,
    text,
    category: null,
    offerText: null,
    sector: null,
    stage: null,
    neighborhood: null,
    language: null,
    count: null,
    deadline: null,
    ...details,
  };
}

export function match(
  target: Match['target'],
  reasons: Reason[],
  connectors: Connector[] = [],
  score = 0.8,
): Match {
  return { __typename: 'Match', score, target, reasons, connectors };
}

function handleOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------- The matches of Ana López, who needs funding and offers mentorship ----------

export const bo = connector('member-2', 'Bo Chen');
export const carla = connector('member-6', 'Carla Ruiz');

export const harborLender = {
  id: 'org-harbor-lender',
  slug: 'harbor-lender',
  name: 'Harbor Lender',
};

/** A lender's loan programme, closing soon. */
export const loanMatch = match(
  matchOpportunity('opp-1', 'Small-business loans up to $50k', {
    kind: 'FUNDING',
    subkind: 'LOAN',
    deadline: '2026-04-15T12:00:00.000Z',
    organization: { __typename: 'Organization', ...harborLender, logoUrl: null, verified: true },
  }),
  [
    matchReason('NEED_MATCHES_OFFER', 'You need funding; they offer Small-business loans', {
      category: 'FUNDING',
      offerText: 'Small-business loans up to $50k',
    }),
    matchReason('DEADLINE_SOON', 'Closes on April 15', { deadline: '2026-04-15T12:00:00.000Z' }),
    matchReason('STAGE_FIT', 'For businesses at your stage', { stage: 'EARLY_REVENUE' }),
  ],
  [],
  0.93,
);

/** A mentor two hops away, whom Bo Chen and Carla Ruiz could introduce. */
export const deeMatch = match(
  matchMember('member-4', 'Dee Díaz', { headline: 'Bakery owner', degree: 2 }),
  [
    matchReason('OFFER_MATCHES_NEED', 'They need mentorship; you offer it', {
      category: 'MENTORSHIP',
    }),
    matchReason('SAME_SECTOR', 'Also in Health Care and Social Assistance', { sector: '62' }),
    matchReason('SAME_NEIGHBORHOOD', 'Also in Roxbury', { neighborhood: 'roxbury' }),
    matchReason('MUTUAL_CONNECTIONS', '2 mutual connections', { count: 2 }),
    matchReason('CONNECTOR_CAN_INTRODUCE', 'A connector can introduce you'),
    matchReason('SHARED_LANGUAGE', 'You both speak Spanish', { language: 'es' }),
    // A reason this client does not know yet: the server's own words.
    matchReason('SPOKE_AT_SAME_EVENT', 'You both spoke at Startup Week'),
  ],
  [bo, carla],
  0.88,
);

/** An incubator in Ana's neighborhood that offers space. */
export const incubatorMatch = match(
  matchOrganization('Roxbury Innovation Center', {
    type: 'INCUBATOR_ACCELERATOR',
    verified: true,
    neighborhood: 'roxbury',
  }),
  [
    matchReason('NEED_MATCHES_OFFER', 'They offer space', { category: 'SPACE' }),
    matchReason('SAME_NEIGHBORHOOD', 'In your neighborhood', { neighborhood: 'roxbury' }),
  ],
  [],
  0.71,
);

export const allMatches = [loanMatch, deeMatch, incubatorMatch];

/** `recommendations` for one tab of "For you" (every kind when `kind` is null). */
export function recommendationsMock(
  kind: MatchKind | null,
  matches: Match[],
  options: { maxUsageCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: RecommendationsDocument,
      variables: { kinds: kind ? [kind] : null, first: 20 },
    },
    result: { data: { recommendations: matches } },
    maxUsageCount: options.maxUsageCount ?? Number.POSITIVE_INFINITY,
  };
}

/** `dismissMatch` for a target, with or without a reason; refused with `error` when given. */
export function dismissMatchMock(
  targetId: string,
  reason: MatchDismissReason | null,
  error?: GraphQLError,
): MockLink.MockedResponse {
  return {
    request: {
      query: DismissMatchDocument,
      variables: { input: { targetId, ...(reason ? { reason } : {}) } },
    },
    result: error ? { errors: [error] } : { data: { dismissMatch: true } },
  };
}

export function undismissMatchMock(targetId: string): MockLink.MockedResponse {
  return {
    request: { query: UndismissMatchDocument, variables: { input: { targetId } } },
    result: { data: { undismissMatch: true } },
  };
}
