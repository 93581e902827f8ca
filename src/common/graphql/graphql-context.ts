import type { Request, Response } from 'express';

/** The GraphQL context, made per request. Loaders join it as modules need them. */
export interface GraphQLContext {
  req: Request;
  res: Response;
}
