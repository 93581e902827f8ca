import type { Request, Response } from 'express';

/** The GraphQL context, made per request (per operation, for subscriptions). */
export interface GraphQLContext {
  req: Request;
  res?: Response;
}

/** What Apollo passes for HTTP requests, or graphql-ws for a subscription over a WebSocket. */
type ContextInput =
  | { req: Request; res: Response }
  | { connectionParams?: Readonly<Record<string, unknown>>; extra?: unknown };

/**
 * Over HTTP the context is the request itself. Over a WebSocket there is no request per
 * operation, so the context carries a request-like object with the bearer token the client sent
 * in its connection parameters: the one global guard then authenticates subscriptions exactly
 * as it does queries.
 */
export function graphQLContext(input: ContextInput): GraphQLContext {
  if ('req' in input) return { req: input.req, res: input.res };
  const authorization = input.connectionParams?.authorization;
  const headers = typeof authorization === 'string' ? { authorization } : {};
  return { req: { headers } as Request };
}
