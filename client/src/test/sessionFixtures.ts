import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import {
  RefreshSessionDocument,
  type SessionFieldsFragment,
  type ViewerFieldsFragment,
} from '../generated/graphql';

export const viewer: ViewerFieldsFragment = {
  __typename: 'Viewer',
  id: 'member-1',
  handle: 'ana-lopez',
  displayName: 'Ana López',
  email: 'ana@example.com',
  emailVerified: true,
  roles: ['MEMBER'],
  locale: 'en',
};

/** An AuthPayload for `member`, valid for an hour. */
export function authPayload(member: ViewerFieldsFragment = viewer): SessionFieldsFragment {
  return {
    __typename: 'AuthPayload',
    accessToken: `token-for-${member.id}`,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    viewer: member,
  };
}

/** A GraphQL error as the server shapes it: code, reason, field and an English message. */
export function serverError(
  message: string,
  extensions: { code: string; reason?: string; field?: string },
): GraphQLError {
  return new GraphQLError(message, { extensions });
}

/** `refreshSession` answered with a session for `member`, or UNAUTHENTICATED when null. */
export function refreshMock(
  member: ViewerFieldsFragment | null,
  options: { delay?: number } = {},
): MockLink.MockedResponse {
  return {
    request: { query: RefreshSessionDocument },
    delay: options.delay,
    result: member
      ? { data: { refreshSession: authPayload(member) } }
      : {
          errors: [
            serverError('No valid session', { code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' }),
          ],
        },
  };
}
