import { GraphQLError, Kind, TokenKind, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { AppException, ErrorKind } from './app.exception.js';

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

/** Nodes on which GraphQL validation reports a value that does not fit its type. */
const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/**
 * The last gate before an error leaves the server: known codes pass with their message and
 * field; anything else becomes a plain internal error. Stack traces never pass.
 *
 * Values that do not fit their type (an unknown enum value such as `kind: NOPE`, a string for a
 * number, an unknown input field) are the client's bad input, whether written in the query or
 * sent as variables: they become BAD_USER_INPUT naming the field, like every other bad input.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const thrown = error instanceof GraphQLError ? error.originalError : undefined;
  if (thrown instanceof AppException && thrown.kind !== ErrorKind.INTERNAL_SERVER_ERROR) {
    // Thrown where no exception filter runs (field resolvers): described the same way.
    return {
      message: thrown.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        ...thrown.details,
        code: thrown.kind,
        reason: thrown.reason,
        ...(thrown.field ? { field: thrown.field } : {}),
        message: thrown.message,
      },
    };
  }
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (!code || !KNOWN_CODES.has(code) || code === String(ErrorKind.INTERNAL_SERVER_ERROR)) {
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorKind.INTERNAL_SERVER_ERROR },
    };
  }
  const field = error instanceof GraphQLError ? badValueField(code, error) : undefined;
  if (field) return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', field } };
  return { ...formatted, extensions };
}

/** The field a bad value was given for, when the error is about a value that does not fit. */
function badValueField(code: string, error: GraphQLError): string | undefined {
  if (code === 'BAD_USER_INPUT' && error.message.startsWith('Variable "$')) {
    // `Variable "$input" got invalid value "NOPE" at "input.kind"; …`: the innermost name.
    const at = /^Variable "\$(\w+)"[^;]*? at "([^"]+)"/.exec(error.message);
    const path = at?.[2] ?? /^Variable "\$(\w+)"/.exec(error.message)?.[1] ?? '';
    return (
      path
        .replace(/\[\d+\]/g, '')
        .split('.')
        .pop() || undefined
    );
  }
  const node = error.nodes?.[0];
  if (code !== 'GRAPHQL_VALIDATION_FAILED' || !node || !VALUE_KINDS.has(node.kind))
    return undefined;
  return nameBefore(node) ?? 'input';
}

/**
 * The argument or input field a value in the query is given for: the name before the nearest
 * `:` that encloses it, found by walking back through the query's tokens.
 */
function nameBefore(node: ASTNode): string | undefined {
  if (node.kind === Kind.OBJECT_FIELD) return node.name.value;
  let depth = 0;
  for (let token = node.loc?.startToken.prev; token; token = token.prev) {
    if (
      token.kind === TokenKind.BRACKET_R ||
      token.kind === TokenKind.BRACE_R ||
      token.kind === TokenKind.PAREN_R
    ) {
      depth += 1;
    } else if (
      token.kind === TokenKind.BRACKET_L ||
      token.kind === TokenKind.BRACE_L ||
      token.kind === TokenKind.PAREN_L
    ) {
      if (depth === 0 && token.kind !== TokenKind.BRACKET_L) return undefined;
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && token.kind === TokenKind.COLON) {
      return token.prev?.kind === TokenKind.NAME ? token.prev.value : undefined;
    }
  }
  return undefined;
}
