import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import {
  ModerateCaseDocument,
  ModerateCasesDocument,
  ModerationCaseDocument,
  ModerationQueueCountsDocument,
  ModerationQueueDocument,
  MyReportsDocument,
  ReportContentDocument,
  type ModerateCaseInput,
  type ModerateCasesInput,
  type ModerationCaseFieldsFragment,
  type ModerationCaseSummaryFieldsFragment,
  type ModerationPersonFieldsFragment,
  type ModerationQueueFilter,
  type ReportContentInput,
  type ReportFieldsFragment,
  type ViewerFieldsFragment,
} from '../generated/graphql';
import { viewer } from './sessionFixtures';

/** Dee Park, city staff. */
export const staffViewer: ViewerFieldsFragment = {
  ...viewer,
  id: 'member-9',
  handle: 'dee-park',
  displayName: 'Dee Park',
  email: 'dee@city.example',
  roles: ['MEMBER', 'STAFF'],
};

function pageInfo(endCursor: string | null, hasNextPage: boolean) {
  return { __typename: 'PageInfo' as const, endCursor, hasNextPage };
}

// ------------------------------------------------------------------------------------ reports

export function report(
  id: string,
  extra: Partial<ReportFieldsFragment> = {},
): ReportFieldsFragment {
  return {
    __typename: 'Report',
    id,
    targetType: 'MEMBER',
    targetId: 'member-2',
    targetLabel: 'Bo Chen',
    reason: 'SPAM',
    note: '',
    status: 'OPEN',
    createdAt: '2026-03-03T15:00:00.000Z',
    resolvedAt: null,
    ...extra,
  };
}

/** `reportContent` answered with the report, or refused with `errors`. */
export function reportContentMock(
  input: ReportContentInput,
  result: ReportFieldsFragment | GraphQLError[],
): MockLink.MockedResponse {
  return {
    request: { query: ReportContentDocument, variables: { input } },
    result: Array.isArray(result) ? { errors: result } : { data: { reportContent: result } },
  };
}

export function myReportsMock(
  nodes: ReportFieldsFragment[],
  options: { after?: string; endCursor?: string | null; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  const { after, endCursor = null, hasNextPage = false } = options;
  return {
    request: {
      query: MyReportsDocument,
      variables: after ? { first: 20, after } : { first: 20 },
    },
    result: {
      data: {
        myReports: {
          __typename: 'ReportConnection',
          nodes,
          pageInfo: pageInfo(endCursor, hasNextPage),
        },
      },
    },
  };
}

// ------------------------------------------------------------------------------------ cases

export function moderationPerson(
  id: string,
  handle: string,
  displayName: string,
  extra: Partial<ModerationPersonFieldsFragment> = {},
): ModerationPersonFieldsFragment {
  return {
    __typename: 'ModerationPerson',
    id,
    displayName,
    handle,
    email: `${handle}@example.com`,
    joinedAt: '2026-03-01T15:00:00.000Z',
    emailVerified: false,
    hidden: false,
    suspendedUntil: null,
    suspendedIndefinitely: false,
    restricted: false,
    ...extra,
  };
}

export const spammer = moderationPerson('member-7', 'cheap-loans', 'Cheap Loans Now');
export const reporterAna = moderationPerson('member-1', 'ana-lopez', 'Ana López', {
  emailVerified: true,
});
export const reporterBo = moderationPerson('member-2', 'bo-chen', 'Bo Chen', {
  emailVerified: true,
});

/** A member profile reported as spam by Ana and Bo, and hidden automatically. */
export function moderationCase(
  id: string,
  extra: Partial<ModerationCaseFieldsFragment> = {},
): ModerationCaseFieldsFragment {
  return {
    __typename: 'ModerationCase',
    id,
    targetType: 'MEMBER',
    targetId: 'member-7',
    status: 'OPEN',
    source: 'REPORTS',
    autoHidden: true,
    hidden: true,
    reasons: ['SPAM', 'FRAUD'],
    reportCount: 2,
    openedAt: '2026-03-03T15:00:00.000Z',
    lastReportedAt: '2026-03-04T15:00:00.000Z',
    resolvedAt: null,
    resolution: null,
    content: {
      __typename: 'ModeratedContent',
      title: 'Cheap Loans Now',
      body: 'Fast cash, no questions asked. Visit loans.example',
      path: '/m/cheap-loans',
      createdAt: '2026-03-01T15:00:00.000Z',
      exists: true,
    },
    owner: spammer,
    ownerHistory: [
      {
        __typename: 'ModerationHistoryEntry',
        id: 'audit-1',
        occurredAt: '2026-03-02T15:00:00.000Z',
        action: 'moderation.warn',
        reason: 'Advertising in messages',
        actorName: 'Dee Park',
      },
    ],
    ownerReportCount: 4,
    reports: [
      {
        __typename: 'ModerationCaseReport',
        id: 'report-1',
        reporter: reporterAna,
        reason: 'SPAM',
        note: '',
        createdAt: '2026-03-03T15:00:00.000Z',
        reporterResolvedCount: 4,
        reporterUpheldCount: 3,
      },
      {
        __typename: 'ModerationCaseReport',
        id: 'report-2',
        reporter: reporterBo,
        reason: 'FRAUD',
        note: 'Asked me for my bank details.',
        createdAt: '2026-03-04T15:00:00.000Z',
        reporterResolvedCount: 0,
        reporterUpheldCount: 0,
      },
    ],
    ...extra,
  };
}

/** The same case as a row of the queue shows it. */
export function caseSummary(
  id: string,
  extra: Partial<ModerationCaseFieldsFragment> = {},
): ModerationCaseSummaryFieldsFragment {
  const full = moderationCase(id, extra);
  return {
    __typename: 'ModerationCase',
    id,
    targetType: full.targetType,
    targetId: full.targetId,
    status: full.status,
    source: full.source,
    autoHidden: full.autoHidden,
    hidden: full.hidden,
    reasons: full.reasons,
    reportCount: full.reportCount,
    openedAt: full.openedAt,
    lastReportedAt: full.lastReportedAt,
    resolvedAt: full.resolvedAt,
    resolution: full.resolution,
    content: {
      __typename: 'ModeratedContent',
      title: full.content.title,
      exists: full.content.exists,
    },
    owner: full.owner && {
      __typename: 'ModerationPerson',
      id: full.owner.id,
      displayName: full.owner.displayName,
      handle: full.owner.handle,
    },
  };
}

export function queueMock(
  filter: ModerationQueueFilter,
  nodes: ModerationCaseSummaryFieldsFragment[],
  options: {
    after?: string;
    endCursor?: string | null;
    hasNextPage?: boolean;
    totalCount?: number;
  } = {},
): MockLink.MockedResponse {
  const { after, endCursor = null, hasNextPage = false, totalCount = nodes.length } = options;
  return {
    request: {
      query: ModerationQueueDocument,
      variables: after ? { filter, first: 20, after } : { filter, first: 20 },
    },
    result: {
      data: {
        moderationQueue: {
          __typename: 'ModerationCaseConnection',
          nodes,
          pageInfo: pageInfo(endCursor, hasNextPage),
          totalCount,
        },
      },
    },
  };
}

export function queueCountsMock(open: number, autoHidden: number): MockLink.MockedResponse {
  return {
    request: { query: ModerationQueueCountsDocument },
    result: {
      data: {
        moderationQueueCounts: { __typename: 'ModerationQueueCounts', open, autoHidden },
      },
    },
  };
}

export function caseMock(
  id: string,
  found: ModerationCaseFieldsFragment | null | GraphQLError[],
): MockLink.MockedResponse {
  return {
    request: { query: ModerationCaseDocument, variables: { id } },
    result: Array.isArray(found) ? { errors: found } : { data: { moderationCase: found } },
  };
}

export function moderateCaseMock(
  input: ModerateCaseInput,
  result: ModerationCaseFieldsFragment | GraphQLError[],
): MockLink.MockedResponse {
  return {
    request: { query: ModerateCaseDocument, variables: { input } },
    result: Array.isArray(result) ? { errors: result } : { data: { moderateCase: result } },
  };
}

export function moderateCasesMock(
  input: ModerateCasesInput,
  result: ModerationCaseSummaryFieldsFragment[] | GraphQLError[],
): MockLink.MockedResponse {
  const refused = result.some((item) => item instanceof GraphQLError);
  return {
    request: { query: ModerateCasesDocument, variables: { input } },
    result: refused
      ? { errors: result as GraphQLError[] }
      : {
          data: {
            moderateCases: { __typename: 'ModerateCasesPayload', cases: result },
          },
        },
  };
}
