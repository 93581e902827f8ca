import type { MockLink } from '@apollo/client/testing';
import {
  AuditActionsDocument,
  AuditLogDocument,
  ConnectorApplicationsDocument,
  ConnectorOverviewDocument,
  EcosystemInsightsDocument,
  MyConnectorApplicationDocument,
  OpportunitiesInReviewDocument,
  OrganizationsPendingVerificationDocument,
  StaffConsoleCountsDocument,
  type AuditLogFilter,
  type AuditLogQuery,
  type ConnectorApplicationFieldsFragment,
  type ConnectorApplicationStatus,
  type ConnectorApplicationsQuery,
  type ConnectorOverviewQuery,
  type EcosystemInsightsQuery,
  type InsightsFilter,
  type ReviewOpportunityFieldsFragment,
  type ReviewOrganizationFieldsFragment,
  type StaffConsoleCountsQuery,
  type ViewerFieldsFragment,
} from '../generated/graphql';
import { viewer } from './sessionFixtures';

export const staffViewer: ViewerFieldsFragment = {
  ...viewer,
  id: 'member-7',
  handle: 'sam-staff',
  displayName: 'Sam Ortiz',
  email: 'sam@city.example',
  roles: ['MEMBER', 'STAFF'],
};

export const adminViewer: ViewerFieldsFragment = {
  ...staffViewer,
  id: 'member-8',
  handle: 'ada-admin',
  displayName: 'Ada Admin',
  email: 'ada@city.example',
  roles: ['MEMBER', 'STAFF', 'ADMIN'],
};

type Counts = Omit<StaffConsoleCountsQuery['moderationQueueCounts'], '__typename'>;

export const someCounts: Counts = {
  open: 4,
  autoHidden: 1,
  opportunitiesInReview: 2,
  organizationsPendingVerification: 1,
  connectorApplications: 3,
};

/** What waits for staff; answered once unless `times` says otherwise (decisions refetch it). */
export function countsMock(counts: Counts = someCounts, times = 1): MockLink.MockedResponse {
  return {
    request: { query: StaffConsoleCountsDocument },
    result: { data: { moderationQueueCounts: { __typename: 'ModerationQueueCounts', ...counts } } },
    maxUsageCount: times,
  };
}

function pageInfo(
  hasNextPage: boolean,
  endCursor: string | null = hasNextPage ? 'cursor-1' : null,
) {
  return { __typename: 'PageInfo' as const, hasNextPage, endCursor };
}

// ---- reviews ----

export function opportunityInReview(
  id: string,
  extra: Partial<ReviewOpportunityFieldsFragment> = {},
): ReviewOpportunityFieldsFragment {
  return {
    __typename: 'Opportunity',
    id,
    title: 'Shared kitchen hours',
    kind: 'SPACE',
    subkind: 'KITCHEN',
    status: 'IN_REVIEW',
    createdAt: '2026-03-01T15:00:00.000Z',
    updatedAt: '2026-03-02T15:00:00.000Z',
    reviewNote: null,
    poster: { __typename: 'Member', id: 'member-2', handle: 'bo-chen', displayName: 'Bo Chen' },
    organization: {
      __typename: 'Organization',
      id: 'org-1',
      slug: 'harbor-kitchen',
      name: 'Harbor Kitchen Co.',
      verified: true,
    },
    ...extra,
  };
}

export function opportunitiesInReviewMock(
  nodes: ReviewOpportunityFieldsFragment[],
  options: { after?: string; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: OpportunitiesInReviewDocument,
      variables: { first: 20, ...(options.after ? { after: options.after } : {}) },
    },
    result: {
      data: {
        opportunitiesInReview: {
          __typename: 'OpportunityConnection',
          nodes,
          pageInfo: pageInfo(
            options.hasNextPage ?? false,
            options.hasNextPage ? `after-${nodes.at(-1)?.id}` : null,
          ),
        },
      },
    },
  };
}

export function organizationToVerify(
  id: string,
  extra: Partial<ReviewOrganizationFieldsFragment> = {},
): ReviewOrganizationFieldsFragment {
  return {
    __typename: 'Organization',
    id,
    slug: 'roxbury-bakery',
    name: 'Roxbury Bakery',
    type: 'SMALL_BUSINESS',
    sectors: ['44-45'],
    neighborhood: 'roxbury',
    website: 'https://bakery.example',
    verified: false,
    verificationPending: true,
    members: [
      {
        __typename: 'OrganizationMembership',
        role: 'OWNER',
        member: {
          __typename: 'OrganizationMemberSummary',
          id: 'member-3',
          handle: 'cy-diaz',
          displayName: 'Cy Díaz',
        },
      },
    ],
    ...extra,
  };
}

export function pendingVerificationMock(
  nodes: ReviewOrganizationFieldsFragment[],
): MockLink.MockedResponse {
  return {
    request: { query: OrganizationsPendingVerificationDocument, variables: { first: 20 } },
    result: {
      data: {
        organizationsPendingVerification: {
          __typename: 'OrganizationConnection',
          nodes,
          pageInfo: pageInfo(false),
        },
      },
    },
  };
}

// ---- connector programme ----

export const motivation =
  'I have run the Roxbury merchants association for ten years and know most owners by name.';

export function connectorApplication(
  id: string,
  extra: Partial<ConnectorApplicationFieldsFragment> = {},
): ConnectorApplicationFieldsFragment {
  return {
    __typename: 'ConnectorApplication',
    id,
    motivation,
    sectors: ['44-45', '62'],
    communities: ['Roxbury merchants', 'Cape Verdean families'],
    languages: ['en', 'pt'],
    status: 'PENDING',
    decisionNote: null,
    createdAt: '2026-03-04T15:00:00.000Z',
    decidedAt: null,
    ...extra,
  };
}

export function myApplicationMock(
  application: ConnectorApplicationFieldsFragment | null,
): MockLink.MockedResponse {
  return {
    request: { query: MyConnectorApplicationDocument },
    result: { data: { myConnectorApplication: application } },
  };
}

type StaffApplication = ConnectorApplicationsQuery['connectorApplications']['nodes'][number];

export function staffApplication(
  id: string,
  applicant: { id: string; handle: string; displayName: string; headline?: string },
  extra: Partial<ConnectorApplicationFieldsFragment> = {},
): StaffApplication {
  return {
    ...connectorApplication(id, extra),
    applicant: { __typename: 'Member', headline: '', ...applicant },
  };
}

export function applicationsMock(
  status: ConnectorApplicationStatus,
  nodes: StaffApplication[],
): MockLink.MockedResponse {
  return {
    request: { query: ConnectorApplicationsDocument, variables: { status, first: 20 } },
    result: {
      data: {
        connectorApplications: {
          __typename: 'ConnectorApplicationConnection',
          nodes,
          pageInfo: pageInfo(false),
        },
      },
    },
  };
}

type Overview = ConnectorOverviewQuery['connectorOverview']['nodes'][number];

export function connectorWithRecord(
  member: { id: string; handle: string; displayName: string },
  record: { made: number; completed: number; waiting: number; notNow: number; expired: number },
  outcomes: Overview['record']['outcomes'][number]['kind'][] = [],
): Overview {
  const counted = new Map<string, number>();
  for (const kind of outcomes) counted.set(kind, (counted.get(kind) ?? 0) + 1);
  return {
    __typename: 'ConnectorOverview',
    approvedAt: '2026-01-10T15:00:00.000Z',
    member: { __typename: 'Member', headline: '', ...member },
    record: {
      __typename: 'IntroducerRecord',
      ...record,
      outcomes: [...counted].map(([kind, count]) => ({
        __typename: 'OutcomeCount' as const,
        kind: kind as Overview['record']['outcomes'][number]['kind'],
        count,
      })),
    },
  };
}

export function overviewMock(nodes: Overview[], times = 1): MockLink.MockedResponse {
  return {
    request: { query: ConnectorOverviewDocument, variables: { first: 20 } },
    result: {
      data: {
        connectorOverview: {
          __typename: 'ConnectorOverviewConnection',
          nodes,
          pageInfo: pageInfo(false),
        },
      },
    },
    maxUsageCount: times,
  };
}

// ---- audit log ----

type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

export function auditEntry(id: string, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    __typename: 'AuditEntry',
    id,
    occurredAt: '2026-03-05T14:30:00.000Z',
    action: 'MEMBER_SUSPENDED',
    targetType: 'MEMBER',
    targetId: 'member-9',
    reason: 'Spam wave',
    before: '{"suspendedAt":null}',
    after: '{"suspendedAt":"2026-03-05T14:30:00.000Z","suspendedUntil":null}',
    actorName: 'Sam Ortiz',
    actor: { __typename: 'Member', id: 'member-7', handle: 'sam-staff', displayName: 'Sam Ortiz' },
    ...extra,
  };
}

export function auditLogMock(
  nodes: AuditEntry[],
  options: { filter?: AuditLogFilter; after?: string; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: AuditLogDocument,
      variables: {
        ...(options.filter ? { filter: options.filter } : {}),
        first: 50,
        ...(options.after ? { after: options.after } : {}),
      },
    },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEntryConnection',
          nodes,
          pageInfo: pageInfo(
            options.hasNextPage ?? false,
            options.hasNextPage ? 'audit-page-2' : null,
          ),
        },
      },
    },
  };
}

export function auditActionsMock(actions: string[]): MockLink.MockedResponse {
  return {
    request: { query: AuditActionsDocument },
    result: { data: { auditActions: actions } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

// ---- insights ----

type Insights = EcosystemInsightsQuery['ecosystemInsights'];

export const insights: Insights = {
  __typename: 'EcosystemInsights',
  generatedAt: '2026-03-09T12:00:00.000Z',
  figures: [
    {
      __typename: 'InsightFigure',
      key: 'members_total',
      title: 'Members',
      definition: 'Members with a confirmed email, not suspended.',
      unit: 'count',
      value: 1234,
    },
    {
      __typename: 'InsightFigure',
      key: 'connected_share',
      title: 'Connected members',
      definition: 'Share of members with at least one connection.',
      unit: 'percent',
      value: 42.5,
    },
    {
      __typename: 'InsightFigure',
      key: 'median_days_to_first_connection',
      title: 'Time to a first connection',
      definition: 'Median days from sign-up to a first accepted connection.',
      unit: 'days',
      value: 6,
    },
    {
      __typename: 'InsightFigure',
      key: 'median_introduction_days',
      title: 'Introduction time',
      definition: 'Median days from an introduction to both answers.',
      unit: 'days',
      value: null,
    },
  ],
  series: [
    {
      __typename: 'InsightSeries',
      key: 'members_by_month',
      title: 'New members by month',
      definition: 'Members who joined each month.',
      unit: 'count',
      points: [
        { __typename: 'InsightPoint', label: '2026-01', value: 40 },
        { __typename: 'InsightPoint', label: '2026-02', value: 55 },
        { __typename: 'InsightPoint', label: '2026-03', value: 61 },
      ],
    },
    {
      __typename: 'InsightSeries',
      key: 'unmet_needs_by_sector',
      title: 'Unmet needs by sector',
      definition: 'Needs with no published offer or opportunity, by sector.',
      unit: 'count',
      points: [
        { __typename: 'InsightPoint', label: 'Food, "fresh" & local', value: 12 },
        { __typename: 'InsightPoint', label: '=HYPERLINK("x")', value: 3 },
      ],
    },
  ],
};

export function insightsMock(
  answer: Insights,
  options: { filter?: InsightsFilter; locale?: string } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: EcosystemInsightsDocument,
      variables: {
        locale: options.locale ?? 'en',
        ...(options.filter ? { filter: options.filter } : {}),
      },
    },
    result: { data: { ecosystemInsights: answer } },
  };
}

// ---- open data ----

/**
 * `/open-data/fields.json` as the client expects it (the server's shape is the client's
 * assumption, documented in `modules/open-data/catalog.ts`): datasets with a `path` without
 * extension, the `formats` it comes in (each file is `path.format`), a description, and every
 * field with its type and meaning, all in the locale asked for with `?locale=`.
 */
export const openDataCatalog = {
  datasets: [
    {
      name: 'Organizations',
      path: '/open-data/organizations',
      formats: ['csv', 'json'],
      description: 'Verified organizations, public fields only.',
      fields: [
        { name: 'slug', type: 'string', description: 'The address of its page: /o/{slug}.' },
        { name: 'name', type: 'string', description: 'Its name.' },
        { name: 'sectors', type: 'string[]', description: 'NAICS 2-digit sector codes.' },
      ],
    },
    {
      name: 'Statistics',
      path: '/open-data/stats',
      formats: ['json'],
      description: 'Aggregates; cells of fewer than 5 people are suppressed.',
      fields: [
        { name: 'membersByNeighborhood', type: 'object', description: 'Counts by neighborhood.' },
      ],
    },
  ],
};

export const openDataCatalogEs = {
  datasets: [
    {
      ...openDataCatalog.datasets[0]!,
      name: 'Organizaciones',
      description: 'Organizaciones verificadas, solo campos públicos.',
    },
  ],
};
