/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}': typeof types.DeleteMyAccountDocument;
  'mutation ExportMyData {\n  exportMyData\n}': typeof types.ExportMyDataDocument;
  'mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}': typeof types.ChangeEmailDocument;
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}': typeof types.ChangePasswordDocument;
  'mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}': typeof types.RefreshSessionDocument;
  'mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}': typeof types.RequestPasswordResetDocument;
  'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}': typeof types.ResetPasswordDocument;
  'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}': typeof types.SessionFieldsFragmentDoc;
  'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}': typeof types.SignInDocument;
  'mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}': typeof types.SignOutDocument;
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}': typeof types.SignUpDocument;
  'mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}': typeof types.VerifyEmailDocument;
  'query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}': typeof types.ViewerDocument;
  'fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}': typeof types.ViewerFieldsFragmentDoc;
  'query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}': typeof types.CityDocument;
  'query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}': typeof types.MemberDocument;
  'fragment MemberProfileFields on Member {\n  id\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n}': typeof types.MemberProfileFieldsFragmentDoc;
  'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}': typeof types.UpdateProfileDocument;
  'mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}': typeof types.AcceptOrganizationInvitationDocument;
  'mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.CancelOrganizationInvitationDocument;
  'mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.CreateOrganizationDocument;
  'mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}': typeof types.DeclineOrganizationInvitationDocument;
  'mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}': typeof types.InviteToOrganizationDocument;
  'mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}': typeof types.LeaveOrganizationDocument;
  'query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}': typeof types.OrganizationDocument;
  'fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}': typeof types.OrganizationFieldsFragmentDoc;
  'query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}': typeof types.OrganizationInvitationsDocument;
  'fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}': typeof types.OrganizationSummaryFieldsFragmentDoc;
  'query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.OrganizationsDocument;
  'mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.RemoveOrganizationMemberDocument;
  'mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.RequestOrganizationVerificationDocument;
  'mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.TransferOrganizationOwnershipDocument;
  'mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}': typeof types.UpdateOrganizationDocument;
};
const documents: Documents = {
  'mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}':
    types.DeleteMyAccountDocument,
  'mutation ExportMyData {\n  exportMyData\n}': types.ExportMyDataDocument,
  'mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}':
    types.ChangeEmailDocument,
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}':
    types.ChangePasswordDocument,
  'mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}':
    types.RefreshSessionDocument,
  'mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}':
    types.RequestPasswordResetDocument,
  'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}':
    types.ResetPasswordDocument,
  'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}':
    types.SessionFieldsFragmentDoc,
  'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}':
    types.SignInDocument,
  'mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}': types.SignOutDocument,
  'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}':
    types.SignUpDocument,
  'mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}':
    types.VerifyEmailDocument,
  'query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}': types.ViewerDocument,
  'fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}':
    types.ViewerFieldsFragmentDoc,
  'query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}':
    types.CityDocument,
  'query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}':
    types.MemberDocument,
  'fragment MemberProfileFields on Member {\n  id\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n}':
    types.MemberProfileFieldsFragmentDoc,
  'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}':
    types.UpdateProfileDocument,
  'mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}':
    types.AcceptOrganizationInvitationDocument,
  'mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.CancelOrganizationInvitationDocument,
  'mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.CreateOrganizationDocument,
  'mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}':
    types.DeclineOrganizationInvitationDocument,
  'mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}':
    types.InviteToOrganizationDocument,
  'mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}':
    types.LeaveOrganizationDocument,
  'query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}':
    types.OrganizationDocument,
  'fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}':
    types.OrganizationFieldsFragmentDoc,
  'query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}':
    types.OrganizationInvitationsDocument,
  'fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}':
    types.OrganizationSummaryFieldsFragmentDoc,
  'query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.OrganizationsDocument,
  'mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.RemoveOrganizationMemberDocument,
  'mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.RequestOrganizationVerificationDocument,
  'mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.TransferOrganizationOwnershipDocument,
  'mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}':
    types.UpdateOrganizationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}',
): (typeof documents)['mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ExportMyData {\n  exportMyData\n}',
): (typeof documents)['mutation ExportMyData {\n  exportMyData\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}',
): (typeof documents)['mutation ChangeEmail($input: ChangeEmailInput!) {\n  changeEmail(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}',
): (typeof documents)['mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation RefreshSession {\n  refreshSession {\n    ...SessionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}',
): (typeof documents)['mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}',
): (typeof documents)['mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}',
): (typeof documents)['fragment SessionFields on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  viewer {\n    ...ViewerFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}',
): (typeof documents)['mutation SignOut($input: SignOutInput) {\n  signOut(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}',
): (typeof documents)['mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}',
): (typeof documents)['mutation VerifyEmail($input: VerifyEmailInput!) {\n  verifyEmail(input: $input) {\n    email\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}',
): (typeof documents)['query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}',
): (typeof documents)['fragment ViewerFields on Viewer {\n  id\n  handle\n  displayName\n  email\n  emailVerified\n  roles\n  locale\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query City($locale: String) {\n  city(locale: $locale) {\n    name\n    slug\n    tagline\n    locale\n    defaultLocale\n    languages {\n      code\n      name\n    }\n    neighborhoods {\n      slug\n      name\n    }\n    sectors {\n      code\n      name\n      featured\n    }\n    pitch {\n      key\n      title\n      summary\n      facts {\n        label\n        value\n        source {\n          name\n          url\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}',
): (typeof documents)['query Member($handle: String!) {\n  member(handle: $handle) {\n    ...MemberProfileFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MemberProfileFields on Member {\n  id\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n}',
): (typeof documents)['fragment MemberProfileFields on Member {\n  id\n  handle\n  displayName\n  photoUrl\n  headline\n  bio\n  isViewer\n  isConnector\n  isStaff\n  indexable\n  consideringLocating\n  languages\n  sectors\n  stage\n  email\n  phone\n  links {\n    label\n    url\n  }\n  location {\n    neighborhood\n    city\n    country\n  }\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  organizations {\n    role\n    organization {\n      id\n      slug\n      name\n      verified\n      logoUrl\n    }\n  }\n  visibility {\n    email\n    phone\n    links\n    location\n  }\n  privacy {\n    connectionRequests\n    messages\n    searchEngineIndexing\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}',
): (typeof documents)['mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...MemberProfileFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}',
): (typeof documents)['mutation AcceptOrganizationInvitation($input: InvitationIdInput!) {\n  acceptOrganizationInvitation(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation CancelOrganizationInvitation($input: InvitationIdInput!) {\n  cancelOrganizationInvitation(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}',
): (typeof documents)['mutation DeclineOrganizationInvitation($input: InvitationIdInput!) {\n  declineOrganizationInvitation(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}',
): (typeof documents)['mutation InviteToOrganization($input: InviteToOrganizationInput!) {\n  inviteToOrganization(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}',
): (typeof documents)['mutation LeaveOrganization($input: OrganizationIdInput!) {\n  leaveOrganization(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['query Organization($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}',
): (typeof documents)['fragment OrganizationFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  sizeBand\n  neighborhood\n  address\n  website\n  description\n  foundedYear\n  verified\n  logoUrl\n  verificationPending\n  viewerRole\n  needs {\n    id\n    category\n    text\n  }\n  offers {\n    id\n    category\n    text\n  }\n  members {\n    role\n    member {\n      id\n      handle\n      displayName\n      headline\n      isConnector\n    }\n  }\n  pendingInvitations {\n    id\n    role\n    invitedAt\n    email\n    member {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}',
): (typeof documents)['query OrganizationInvitations {\n  organizationInvitations {\n    id\n    role\n    invitedAt\n    invitedBy {\n      id\n      handle\n      displayName\n    }\n    organization {\n      id\n      slug\n      name\n      type\n      verified\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}',
): (typeof documents)['fragment OrganizationSummaryFields on Organization {\n  id\n  slug\n  name\n  type\n  sectors\n  neighborhood\n  verified\n  logoUrl\n  description\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Organizations($filter: OrganizationFilter, $first: Int!, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    nodes {\n      ...OrganizationSummaryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation RemoveOrganizationMember($input: OrganizationMemberInput!) {\n  removeOrganizationMember(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation RequestOrganizationVerification($input: OrganizationIdInput!) {\n  requestOrganizationVerification(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation TransferOrganizationOwnership($input: OrganizationMemberInput!) {\n  transferOrganizationOwnership(input: $input) {\n    ...OrganizationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}',
): (typeof documents)['mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationFields\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
