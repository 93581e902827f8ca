import type { MockLink } from '@apollo/client/testing';
import {
  OrganizationDocument,
  OrganizationsDocument,
  type OrganizationFieldsFragment,
  type OrganizationFilter,
  type OrganizationSummaryFieldsFragment,
} from '../generated/graphql';

export function summary(
  name: string,
  extra: Partial<OrganizationSummaryFieldsFragment> = {},
): OrganizationSummaryFieldsFragment {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    __typename: 'Organization',
    id: `org-${slug}`,
    slug,
    name,
    type: 'SMALL_BUSINESS',
    sectors: ['62'],
    neighborhood: 'roxbury',
    verified: false,
    description: `${name} in Roxbury.`,
    ...extra,
  };
}

export function organizationsMock(
  variables: { filter: OrganizationFilter; first: number; after?: string },
  nodes: OrganizationSummaryFieldsFragment[],
  endCursor: string | null,
  hasNextPage: boolean,
): MockLink.MockedResponse {
  return {
    request: { query: OrganizationsDocument, variables },
    result: {
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
        },
      },
    },
  };
}

export const harborKitchen: OrganizationFieldsFragment = {
  __typename: 'Organization',
  id: 'org-1',
  slug: 'harbor-kitchen',
  name: 'Harbor Kitchen',
  type: 'SMALL_BUSINESS',
  sectors: ['62'],
  sizeBand: 'FROM_2_TO_10',
  neighborhood: 'roxbury',
  address: '1 Dudley St',
  website: 'https://harbor.example',
  description: 'A shared commercial kitchen.',
  foundedYear: 2019,
  verified: false,
  verificationPending: false,
  viewerRole: null,
  needs: [{ __typename: 'Statement', id: 'on-1', category: 'FUNDING', text: 'A second oven' }],
  offers: [{ __typename: 'Statement', id: 'oo-1', category: 'SPACE', text: 'Kitchen hours' }],
  members: [
    {
      __typename: 'OrganizationMembership',
      role: 'OWNER',
      member: {
        __typename: 'OrganizationMemberSummary',
        id: 'member-1',
        handle: 'ana-lopez',
        displayName: 'Ana López',
        headline: 'Founder of Harbor Kitchen',
        isConnector: false,
      },
    },
  ],
};

export function organizationMock(
  slug: string,
  organization: OrganizationFieldsFragment | null,
): MockLink.MockedResponse {
  return {
    request: { query: OrganizationDocument, variables: { slug } },
    result: { data: { organization } },
  };
}
