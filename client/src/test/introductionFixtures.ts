import type { MockLink } from '@apollo/client/testing';
import type { DocumentNode } from 'graphql';
import {
  IntroducerRecordDocument,
  IntroductionRequestsDocument,
  IntroductionsDocument,
  type IntroductionFieldsFragment,
  type IntroductionRequestFieldsFragment,
  type IntroductionRequestRole,
  type IntroductionRole,
} from '../generated/graphql';

type Person = NonNullable<IntroductionFieldsFragment['introducer']>;

export function introPerson(id: string, handle: string, displayName: string): Person {
  return { __typename: 'Member', id, handle, displayName };
}

export const anaPerson = introPerson('member-1', 'ana-lopez', 'Ana López');
export const boPerson = introPerson('member-2', 'bo-chen', 'Bo Chen');
export const cyPerson = introPerson('member-3', 'cy-diaz', 'Cy Díaz');
export const carlaPerson = introPerson('member-6', 'carla-ruiz', 'Carla Ruiz');

/** An introduction made on 3 March 2026. */
export function introduction(
  id: string,
  extra: Partial<IntroductionFieldsFragment> = {},
): IntroductionFieldsFragment {
  return {
    __typename: 'Introduction',
    id,
    note: '',
    status: 'PROPOSED',
    viewerRole: 'PARTICIPANT',
    viewerAnswer: null,
    createdAt: '2026-03-03T15:00:00.000Z',
    completedAt: null,
    expiresAt: '2026-03-17T15:00:00.000Z',
    introducer: carlaPerson,
    memberA: anaPerson,
    memberB: boPerson,
    outcomes: [],
    ...extra,
  };
}

export function introductionRequest(
  id: string,
  extra: Partial<IntroductionRequestFieldsFragment> = {},
): IntroductionRequestFieldsFragment {
  return {
    __typename: 'IntroductionRequest',
    id,
    reason: '',
    status: 'PENDING',
    answerNote: '',
    createdAt: '2026-03-03T15:00:00.000Z',
    introductionId: null,
    requester: anaPerson,
    introducer: carlaPerson,
    target: boPerson,
    ...extra,
  };
}

const pageInfo = { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false };

export function introductionsMock(
  role: IntroductionRole,
  nodes: IntroductionFieldsFragment[],
): MockLink.MockedResponse {
  return {
    request: { query: IntroductionsDocument, variables: { role, first: 50 } },
    result: { data: { introductions: { __typename: 'IntroductionConnection', nodes, pageInfo } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function introductionRequestsMock(
  role: IntroductionRequestRole,
  nodes: IntroductionRequestFieldsFragment[],
): MockLink.MockedResponse {
  return {
    request: { query: IntroductionRequestsDocument, variables: { role, first: 50 } },
    result: {
      data: {
        introductionRequests: { __typename: 'IntroductionRequestConnection', nodes, pageInfo },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function introducerRecordMock(
  record: { made: number; completed: number; waiting: number; notNow: number; expired: number },
  outcomes: { kind: string; count: number }[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: IntroducerRecordDocument },
    result: {
      data: {
        introducerRecord: {
          __typename: 'IntroducerRecord',
          ...record,
          outcomes: outcomes.map((outcome) => ({ __typename: 'OutcomeCount', ...outcome })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function inputMock(
  query: DocumentNode,
  input: Record<string, unknown>,
  data: Record<string, unknown>,
): MockLink.MockedResponse {
  return { request: { query, variables: { input } }, result: { data } };
}
