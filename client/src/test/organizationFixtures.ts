import type { MockLink } from '@apollo/client/testing';
import {
  OrganizationDocument,
  OrganizationInvitationsDocument,
  OrganizationsDocument,
  type OrganizationFieldsFragment,
  type OrganizationFilter,
  type OrganizationInvitationsQuery,
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
    logoUrl: null,
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

export const anaAsOwner: OrganizationFieldsFragment['members'][number] = {
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
};

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
  logoUrl: null,
  verificationPending: false,
  hidden: false,
  viewerRole: null,
  needs: [{ __typename: 'Statement', id: 'on-1', category: 'FUNDING', text: 'A second oven' }],
  offers: [{ __typename: 'Statement', id: 'oo-1', category: 'SPACE', text: 'Kitchen hours' }],
  members: [anaAsOwner],
  pendingInvitations: null,
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

type Invitation = OrganizationInvitationsQuery['organizationInvitations'][number];

/** An invitation from `name` (a small business), sent on 3 March 2026. */
export function invitation(
  id: string,
  name: string,
  extra: Partial<Invitation['organization']> & {
    role?: Invitation['role'];
    invitedBy?: Invitation['invitedBy'];
  } = {},
): Invitation {
  const { role = 'MEMBER', invitedBy = null, ...organization } = extra;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    __typename: 'OrganizationInvitation',
    id,
    role,
    invitedAt: '2026-03-03T15:00:00.000Z',
    invitedBy,
    organization: {
      __typename: 'Organization',
      id: `org-${slug}`,
      slug,
      name,
      type: 'SMALL_BUSINESS',
      verified: false,
      ...organization,
    },
  };
}

/** `organizationInvitations` answered with `invitations`. */
export function invitationsMock(invitations: Invitation[]): MockLink.MockedResponse {
  return {
    request: { query: OrganizationInvitationsDocument },
    result: { data: { organizationInvitations: invitations } },
  };
}

/**
 * The header asks for the member's invitations on every page; `renderApp` puts this last, so
 * that a test's own answers come first and any later asking finds none waiting.
 */
export const noInvitationsMock: MockLink.MockedResponse = {
  ...invitationsMock([]),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function membership(
  role: OrganizationFieldsFragment['members'][number]['role'],
  id: string,
  handle: string,
  displayName: string,
): OrganizationFieldsFragment['members'][number] {
  return {
    __typename: 'OrganizationMembership',
    role,
    member: {
      __typename: 'OrganizationMemberSummary',
      id,
      handle,
      displayName,
      headline: '',
      isConnector: false,
    },
  };
}

export const boAsAdmin = membership('ADMIN', 'member-2', 'bo-chen', 'Bo Chen');
export const cyAsMember = membership('MEMBER', 'member-3', 'cy-diaz', 'Cy Diaz');

type PendingInvitation = NonNullable<OrganizationFieldsFragment['pendingInvitations']>[number];

export function memberSummary(id: string, handle: string, displayName: string) {
  return { __typename: 'MemberSummary' as const, id, handle, displayName };
}

/** Dee Díaz, invited by handle by Ana López; and an address Bo Chen typed, for an admin. */
export const deeInvited: PendingInvitation = {
  __typename: 'PendingOrganizationInvitation',
  id: 'inv-dee',
  role: 'MEMBER',
  invitedAt: '2026-03-03T15:00:00.000Z',
  email: null,
  member: memberSummary('member-4', 'dee-diaz', 'Dee Díaz'),
  invitedBy: memberSummary('member-1', 'ana-lopez', 'Ana López'),
};

export const evaInvited: PendingInvitation = {
  __typename: 'PendingOrganizationInvitation',
  id: 'inv-eva',
  role: 'ADMIN',
  invitedAt: '2026-03-05T15:00:00.000Z',
  email: 'eva@example.com',
  member: null,
  invitedBy: memberSummary('member-2', 'bo-chen', 'Bo Chen'),
};

/** Harbor Kitchen with a team: Ana López owns it, Bo Chen is an admin, Cy Diaz a member. */
export const harborKitchenTeam: OrganizationFieldsFragment = {
  ...harborKitchen,
  members: [...harborKitchen.members, boAsAdmin, cyAsMember],
};
