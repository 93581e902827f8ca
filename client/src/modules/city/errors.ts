import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type CityErrorKind = 'network' | 'server';

/** Whether the server answered with an error (GraphQL errors, a bad status) or never answered. */
export function cityErrorKind(error: ErrorLike): CityErrorKind {
  return CombinedGraphQLErrors.is(error) || ServerError.is(error) || ServerParseError.is(error)
    ? 'server'
    : 'network';
}
