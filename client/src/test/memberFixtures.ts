import type { MockLink } from '@apollo/client/testing';
import {
  MemberDocument,
  type MemberProfileFieldsFragment,
  type MemberQuery,
  type MemberQueryVariables,
} from '../generated/graphql';

/** Ana's profile as she sees it herself: every field, with her visibility and privacy. */
export const anaProfile: MemberProfileFieldsFragment = {
  __typename: 'Member',
  id: 'member-1',
  degree: null,
  mutualConnectionCount: null,
  viewerConnection: {
    __typename: 'ViewerConnection',
    state: 'SELF',
    requestId: null,
    canRequest: false,
    blocked: false,
  },
  handle: 'ana-lopez',
  displayName: 'Ana López',
  photoUrl: '/media/photos/member-1-0123456789abcdef.webp',
  headline: 'Founder of Harbor Kitchen',
  bio: 'I run a food business in Roxbury.',
  isViewer: true,
  isConnector: false,
  isStaff: false,
  indexable: true,
  consideringLocating: false,
  languages: ['en', 'es'],
  sectors: ['62'],
  stage: 'GROWTH',
  email: 'ana@example.com',
  phone: '+1 617 555 0100',
  links: [{ __typename: 'ProfileLink', label: 'Website', url: 'https://harbor.example' }],
  location: { __typename: 'MemberLocation', neighborhood: 'roxbury', city: null, country: null },
  needs: [{ __typename: 'Statement', id: 'need-1', category: 'FUNDING', text: 'A small loan' }],
  offers: [
    { __typename: 'Statement', id: 'offer-1', category: 'MENTORSHIP', text: 'Food safety tips' },
  ],
  organizations: [
    {
      __typename: 'MemberAffiliation',
      role: 'OWNER',
      organization: {
        __typename: 'Organization',
        id: 'org-1',
        slug: 'harbor-kitchen',
        name: 'Harbor Kitchen Co.',
        verified: true,
        logoUrl: null,
      },
    },
  ],
  visibility: {
    __typename: 'ProfileVisibilitySettings',
    email: 'MEMBERS',
    phone: 'PRIVATE',
    links: 'PUBLIC',
    location: 'PUBLIC',
  },
  privacy: {
    __typename: 'PrivacySettingsModel',
    connectionRequests: 'ANYONE',
    messages: 'SECOND_DEGREE',
    searchEngineIndexing: true,
  },
  moderation: {
    __typename: 'ModerationStanding',
    hidden: false,
    suspendedUntil: null,
    suspendedIndefinitely: false,
    restricted: false,
  },
};

/** Bo's profile as an anonymous visitor sees it: hidden fields are null, no settings. */
export const boAsVisitor: MemberProfileFieldsFragment = {
  __typename: 'Member',
  id: 'member-2',
  degree: null,
  mutualConnectionCount: null,
  viewerConnection: null,
  handle: 'bo-chen',
  displayName: 'Bo Chen',
  photoUrl: null,
  headline: 'Connector for manufacturing',
  bio: '',
  isViewer: false,
  isConnector: true,
  isStaff: false,
  indexable: false,
  consideringLocating: false,
  languages: [],
  sectors: ['54'],
  stage: null,
  email: null,
  phone: null,
  links: null,
  location: null,
  needs: [
    {
      __typename: 'Statement',
      id: 'need-2',
      category: 'SUPPLIERS_MANUFACTURING',
      text: 'Machine shops for prototypes',
    },
  ],
  offers: [
    {
      __typename: 'Statement',
      id: 'offer-2',
      category: 'PERMITS_LICENSING',
      text: 'Help with zoning permits',
    },
  ],
  organizations: [],
  visibility: null,
  privacy: null,
  moderation: null,
};

export type MemberMock = MockLink.MockedResponse<MemberQuery, MemberQueryVariables>;

export function memberMock(handle: string, member: MemberProfileFieldsFragment | null): MemberMock {
  return {
    request: { query: MemberDocument, variables: { handle } },
    result: { data: { member } },
  };
}

/**
 * Bo's profile as Ana (signed in) sees it: a second-degree member with 5 connections in common,
 * who accepts her requests; `connection` and `degree` say where she stands with him instead.
 */
export function boAsMember(
  connection: Partial<NonNullable<MemberProfileFieldsFragment['viewerConnection']>> = {},
  degree: number | null = 2,
): MemberProfileFieldsFragment {
  return {
    ...boAsVisitor,
    degree,
    mutualConnectionCount: 5,
    viewerConnection: {
      __typename: 'ViewerConnection',
      state: 'NONE',
      requestId: null,
      canRequest: true,
      blocked: false,
      ...connection,
    },
  };
}
