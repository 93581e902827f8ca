import type { GraphQLFormattedError } from 'graphql';
import { ErrorKind } from './app.exception.js';

/** Codes Apollo itself gives to requests that never reached a resolver. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const KNOWN_CODES = new Set<string>([...Object.values(ErrorKind), ...APOLLO_REQUEST_CODES]);

/**
 * The last gate before an error leaves the server: known codes pass with their message and
 * field; anything else becomes a plain internal error. Stack traces never pass.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (!code || !KNOWN_CODES.has(code) || code === String(ErrorKind.INTERNAL_SERVER_ERROR)) {
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorKind.INTERNAL_SERVER_ERROR },
    };
  }
  return { ...formatted, extensions };
}
